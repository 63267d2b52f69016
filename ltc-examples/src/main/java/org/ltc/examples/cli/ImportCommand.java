package org.ltc.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ltc.model.InvalidInputException;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.conversation.ConversationFormat;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.io.CsvImportOptions;
import org.ltc.model.io.CsvNoteImport;
import org.ltc.model.io.ImportProblem;
import org.ltc.model.io.ImportReport;
import org.ltc.model.io.ImportResult;
import org.ltc.model.io.LtcJson;
import org.ltc.model.io.PolisImport;
import org.ltc.model.io.PolisImportOptions;
import org.ltc.model.privacy.DisclosurePolicy;
import org.ltc.model.privacy.Redacted;
import org.ltc.model.privacy.RedactionOptions;
import org.ltc.model.privacy.Redactor;
import org.ltc.model.provenance.RedactionSummary;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ltc import}: a CSV file of notes or a Polis export folder into a conversation-set document, with
 * personal data redacted from the notes' text first.
 */
@Command(name = "import",
        mixinStandardHelpOptions = true,
        description = {"Import notes from a CSV file or a Polis open-data export into an LTC conversation-set "
                + "document. E-mail addresses, phone numbers, street addresses, SSNs, card numbers, profile "
                + "addresses and dates of birth (and names listed with --redact-names) are removed from the notes, "
                + "titles, segment values and ids before anything is written."},
        footer = {"", "Examples:",
                "  ltc import --csv notes.csv --text-column text \\",
                "      --participant-column participant --conversation-column conversation \\",
                "      --segment-column neighbourhood --out notes.json",
                "  ltc import --csv survey.csv --text-column answer --lenient --out survey.json",
                "  ltc template notes --out notes.csv      (notes.csv, guide.csv, conversations.csv to fill in)",
                "  ltc import --csv notes.csv --text-column text --note-id-column note_id \\",
                "      --conversation-column conversation --question-column question --participant-column participant \\",
                "      --guide guide.csv --conversations conversations.csv --community \"Our town\" --out notes.json",
                "  ltc import --polis ../shared/data/polis-bowling-green --out bg.json",
                "",
                "Strict by default: the first bad row stops the import (exit 2) with its file, line, column "
                        + "and value. With --lenient every good row is kept, each bad row is listed on stderr, "
                        + "and the exit code is 0 when any note was kept."})
final class ImportCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--csv", required = true, paramLabel = "FILE", description = "A UTF-8 CSV file of notes "
                + "with a header row.")
        Path csv;

        @Option(names = "--polis", required = true, paramLabel = "DIR",
                description = "A Polis export folder (comments.csv, participants-votes.csv, summary.csv).")
        Path polis;
    }

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the "
            + "conversation-set JSON document.")
    Path out;

    @Mixin
    CsvColumns columns;

    @Mixin
    CreatedAtOption createdAt;

    @Option(names = "--conversation-format", paramLabel = "FORMAT",
            description = "How the CSV's conversations were held, when --conversations does not say: "
                    + "${COMPLETION-CANDIDATES} (default: OTHER).")
    ConversationFormat conversationFormat;

    /** The old name of --conversation-format: --format names output formats in every other command. */
    @Option(names = "--format", paramLabel = "FORMAT", hidden = true)
    ConversationFormat deprecatedFormat;

    @Option(names = "--set-id", paramLabel = "ID", description = "The conversation set's id (default: from the "
            + "file or Polis conversation).")
    String setId;

    @Option(names = "--lenient", description = "Keep every good row and report each bad one, instead of stopping "
            + "at the first bad row.")
    boolean lenient;

    @Option(names = "--max-field-chars", paramLabel = "N", defaultValue = "100000",
            description = "The longest field read (default: ${DEFAULT-VALUE}); longer rejects the row.")
    int maxFieldChars;

    @Option(names = "--max-rows", paramLabel = "N", description = "Stop with an error after N data rows.")
    Long maxRows;

    @Mixin
    RedactionChoice redaction;

    @Override
    public Integer call() {
        // Built first, so a bad names file fails before any work, and so rejected values echoed in messages
        // are redacted like the notes: a bad row can hold the very data the import is meant to remove.
        RedactionOptions redactionOptions = redaction.options(java.util.Map.of());
        Redactor redactor = redactionOptions == null ? null : Redactor.create(redactionOptions);
        ImportResult result;
        try {
            result = source.csv != null ? importCsv() : importPolis();
        } catch (InvalidInputException e) {
            if (redactor == null || e.rejectedValue() == null) {
                throw e;
            }
            throw new InvalidInputException(e.source(), e.location(), e.field(),
                    redactor.redact(e.rejectedValue()).value(), e.problem());
        }
        ImportReport report = result.report();
        List<ImportProblem> problems = new ArrayList<>(report.problems().size());
        for (ImportProblem p : report.problems()) {
            problems.add(redactor == null || p.rejectedValue() == null ? p : new ImportProblem(p.source(), p.line(),
                    p.field(), redactor.redact(p.rejectedValue()).value(), p.message()));
        }
        PrintWriter err = spec.commandLine().getErr();
        for (ImportProblem p : problems) {
            err.println(Terminal.visible("rejected: " + p));
        }
        if (report.problemsNotListed() > 0) {
            err.println("rejected: " + report.problemsNotListed() + " more rows not listed");
        }
        ConversationSet set = result.conversationSet();
        if (set.notes().isEmpty() && report.rowsRejected() > 0) {
            throw new InvalidInputException(report.source(), null, null, null,
                    "has no good row: all " + report.rowsRejected() + " rows were rejected; nothing written");
        }
        if (set.notes().isEmpty()) {
            throw new InvalidInputException(report.source(), null, null, null,
                    "has no notes: only a header row; nothing written");
        }
        RedactionSummary redaction = null;
        if (redactor != null) {
            // The library records the redaction itself (counts, how, a digest; the names only counted and hashed).
            Redacted<ConversationSet> redacted = redactor.redact(set);
            redaction = redacted.summary();
            set = redacted.value();
        } else {
            set = Redactor.declarePublic(set);
        }
        LtcJson json = LtcJson.defaults();
        json.write(set, out);
        print(report, problems, set, redaction);
        return LtcCommand.OK;
    }

    private ImportResult importCsv() {
        CsvImportOptions.Builder b = columns.builder(source.csv)
                .conversationFormat(conversationFormat()).setId(setId).lenient(lenient).maxFieldChars(maxFieldChars);
        if (maxRows != null) {
            b.maxRows(maxRows);
        }
        return columns.importCsv(source.csv, b.build(), createdAt.clock());
    }

    private ConversationFormat conversationFormat() {
        if (deprecatedFormat != null) {
            if (conversationFormat != null && conversationFormat != deprecatedFormat) {
                throw new InvalidOptionsException("--format", deprecatedFormat, "disagrees with --conversation-format "
                        + conversationFormat + "; --format is the old name of --conversation-format");
            }
            spec.commandLine().getErr().println("ltc import: --format is deprecated; use --conversation-format");
            return deprecatedFormat;
        }
        return conversationFormat != null ? conversationFormat : ConversationFormat.OTHER;
    }

    private ImportResult importPolis() {
        columns.rejectUnlessCsv("--polis");
        PolisImportOptions.Builder b = PolisImportOptions.builder().lenient(lenient).setId(setId)
                .maxFieldChars(maxFieldChars);
        if (maxRows != null) {
            b.maxRows(maxRows);
        }
        ImportResult result = PolisImport.of(b.build()).withClock(createdAt.clock()).read(source.polis);
        return new ImportResult(columns.withCommunity(result.conversationSet()), result.report());
    }

    private void print(ImportReport report, List<ImportProblem> problems, ConversationSet set,
                       RedactionSummary redaction) {
        PrintWriter o = spec.commandLine().getOut();
        if (common.json) {
            LtcJson json = LtcJson.defaults();
            ObjectNode n = json.mapper().createObjectNode();
            n.put("out", out.toString());
            n.put("source", report.source());
            n.put("setId", set.id());
            n.put("rowsRead", report.rowsRead());
            n.put("notesImported", set.notes().size());
            n.put("rowsRejected", report.rowsRejected());
            n.put("conversations", set.conversations().size());
            // A count of people goes through the one suppression mechanism, as public knowledge records it: 0
            // when fewer than k.
            n.put("participants", DisclosurePolicy.defaults().count(set.participants().size()).orElse(0));
            n.put("votes", set.votes().size());
            ArrayNode problemNodes = n.putArray("problems");
            for (ImportProblem p : problems) {
                ObjectNode pn = problemNodes.addObject();
                pn.put("line", p.line());
                pn.put("field", p.field());
                pn.put("rejectedValue", p.rejectedValue() == null ? null
                        : InvalidInputException.abbreviate(p.rejectedValue()));
                pn.put("message", p.message());
            }
            n.put("problemsNotListed", report.problemsNotListed());
            if (redaction != null) {
                n.set("redaction", json.mapper().valueToTree(redaction));
            } else {
                n.putNull("redaction");
            }
            JsonOut.print(o, n);
            return;
        }
        o.println("imported " + set.notes().size() + " notes from " + report.source() + " ("
                + report.rowsRead() + " rows read, " + report.rowsRejected() + " rejected)");
        o.println("  " + plural(set.conversations().size(), "conversation") + ", "
                + (DisclosurePolicy.defaults().suppress(set.participants().size())
                        ? DisclosurePolicy.defaults().countLabel(set.participants().size()) + " participants"
                        : plural(set.participants().size(), "participant")) + ", " + plural(set.votes().size(), "vote"));
        if (report.rowsRejected() > 0) {
            StringBuilder lines = new StringBuilder();
            int shown = 0;
            for (ImportProblem p : problems) {
                if (shown++ == 20) {
                    lines.append(", ...");
                    break;
                }
                lines.append(lines.length() == 0 ? "" : ", ").append(p.line());
            }
            o.println("  rejected rows at lines: " + lines + " (details on stderr)");
        }
        o.println(redaction == null ? "  personal data NOT redacted (--no-redact)"
                : "  redacted: " + (redaction.total() == 0 ? "nothing found"
                : redaction.counts() + " in " + redaction.notesChanged() + " notes"));
        o.println("wrote " + out);
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
