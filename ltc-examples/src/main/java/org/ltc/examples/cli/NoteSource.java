package org.ltc.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ltc.model.InvalidInputException;
import org.ltc.model.conversation.ConversationFormat;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.io.ImportProblem;
import org.ltc.model.io.ImportResult;
import org.ltc.model.io.LtcJson;
import org.ltc.model.io.PolisImport;
import org.ltc.model.io.PolisImportOptions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Where a command's notes come from (a picocli mixin): a conversation-set JSON document, a CSV file of notes
 * with the same column options as {@code ltc import}, or a Polis export folder.
 */
final class NoteSource {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static final class Which {
        @Option(names = "--input", required = true, paramLabel = "FILE",
                description = "A conversation-set JSON document (as written by ltc import).")
        Path input;

        @Option(names = "--csv", required = true, paramLabel = "FILE",
                description = "A UTF-8 CSV file of notes with a header row (needs --text-column).")
        Path csv;

        @Option(names = "--polis", required = true, paramLabel = "DIR",
                description = "A Polis export folder (comments.csv, participants-votes.csv, summary.csv).")
        Path polis;
    }

    @Mixin
    CsvColumns columns;

    @Option(names = "--lenient", description = "CSV/Polis: keep every good row and list each bad one on stderr.")
    boolean lenient;

    /** The notes, read from whichever source was named; rejected rows (lenient) are listed on {@code err}. */
    ConversationSet load(PrintWriter err) {
        return load(err, java.time.Clock.systemUTC());
    }

    /** As {@link #load(PrintWriter)}, recording {@code clock}'s time in an import's provenance. */
    ConversationSet load(PrintWriter err, java.time.Clock clock) {
        if (which.input != null) {
            if (!Files.isRegularFile(which.input)) {
                throw new InvalidInputException(which.input.toString(), null, null, null, "is not a readable file");
            }
            ConversationSet set = LtcJson.defaults().read(which.input, ConversationSet.class);
            if (columns.guide != null) {
                set = set.withGuide(CsvColumns.readGuide(columns.guide));
            }
            return columns.withCommunity(set);
        }
        ImportResult result;
        if (which.csv != null) {
            result = columns.importCsv(which.csv, columns.builder(which.csv).conversationFormat(ConversationFormat.OTHER)
                    .lenient(lenient).build(), clock);
        } else {
            columns.rejectUnlessCsv("--polis");
            result = PolisImport.of(PolisImportOptions.builder().lenient(lenient).build()).withClock(clock)
                    .read(which.polis);
            result = new ImportResult(columns.withCommunity(result.conversationSet()), result.report());
        }
        for (ImportProblem p : result.report().problems()) {
            err.println(Terminal.visible("rejected: " + p));
        }
        if (result.conversationSet().notes().isEmpty() && result.report().rowsRejected() > 0) {
            throw new InvalidInputException(result.report().source(), null, null, null,
                    "has no good row: all " + result.report().rowsRejected() + " rows were rejected");
        }
        if (result.conversationSet().notes().isEmpty()) {
            throw new InvalidInputException(result.report().source(), null, null, null,
                    "has no notes: only a header row");
        }
        return result.conversationSet();
    }
}
