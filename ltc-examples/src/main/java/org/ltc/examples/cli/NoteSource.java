package org.ltc.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ltc.model.InvalidInputException;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.conversation.ConversationFormat;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.io.CsvImportOptions;
import org.ltc.model.io.CsvNoteImport;
import org.ltc.model.io.ImportProblem;
import org.ltc.model.io.ImportResult;
import org.ltc.model.io.LtcJson;
import org.ltc.model.io.PolisImport;
import org.ltc.model.io.PolisImportOptions;
import picocli.CommandLine.ArgGroup;
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

    @Option(names = "--text-column", paramLabel = "NAME", description = "CSV: the column with the notes' text.")
    String textColumn;

    @Option(names = "--note-id-column", paramLabel = "NAME", description = "CSV: the column with note ids.")
    String noteIdColumn;

    @Option(names = "--question-column", paramLabel = "NAME", description = "CSV: the column with the question id.")
    String questionColumn;

    @Option(names = "--participant-column", paramLabel = "NAME", description = "CSV: the participant's pseudonym.")
    String participantColumn;

    @Option(names = "--conversation-column", paramLabel = "NAME", description = "CSV: the conversation id.")
    String conversationColumn;

    @Option(names = "--segment-column", paramLabel = "NAME", description = "CSV: a segment column; repeatable.")
    List<String> segmentColumns = new ArrayList<>();

    @Option(names = "--agrees-column", paramLabel = "NAME", description = "CSV: the column counting agreement.")
    String agreesColumn;

    @Option(names = "--emphasis-column", paramLabel = "NAME", description = "CSV: the column with emphasis.")
    String emphasisColumn;

    @Option(names = "--language-column", paramLabel = "NAME", description = "CSV: the column with a language tag.")
    String languageColumn;

    @Option(names = "--delimiter", paramLabel = "CHAR", defaultValue = ",",
            description = "CSV: the field delimiter (default: ${DEFAULT-VALUE}); 'tab' for tabs.")
    String delimiter;

    @Option(names = "--lenient", description = "CSV/Polis: keep every good row and list each bad one on stderr.")
    boolean lenient;

    /** The notes, read from whichever source was named; rejected rows (lenient) are listed on {@code err}. */
    ConversationSet load(PrintWriter err) {
        if (which.input != null) {
            if (!Files.isRegularFile(which.input)) {
                throw new InvalidInputException(which.input.toString(), null, null, null, "is not a readable file");
            }
            return LtcJson.defaults().read(which.input, ConversationSet.class);
        }
        ImportResult result;
        if (which.csv != null) {
            if (textColumn == null || textColumn.isBlank()) {
                throw new InvalidOptionsException("--text-column", null, "is required with --csv: name the column "
                        + "that holds the notes' text");
            }
            if (!Files.isRegularFile(which.csv)) {
                throw new InvalidInputException(which.csv.toString(), null, null, null, "is not a readable file");
            }
            result = CsvNoteImport.of(CsvImportOptions.builder().textColumn(textColumn).noteIdColumn(noteIdColumn)
                    .questionColumn(questionColumn).participantColumn(participantColumn)
                    .conversationColumn(conversationColumn).segmentColumns(segmentColumns).agreesColumn(agreesColumn)
                    .emphasisColumn(emphasisColumn).languageColumn(languageColumn).delimiter(delimiter())
                    .conversationFormat(ConversationFormat.OTHER).lenient(lenient).build()).importFile(which.csv);
        } else {
            if (textColumn != null) {
                throw new InvalidOptionsException("--text-column", textColumn, "applies to --csv only");
            }
            result = PolisImport.of(PolisImportOptions.builder().lenient(lenient).build()).read(which.polis);
        }
        for (ImportProblem p : result.report().problems()) {
            err.println("rejected: " + p);
        }
        if (result.conversationSet().notes().isEmpty() && result.report().rowsRejected() > 0) {
            throw new InvalidInputException(result.report().source(), null, null, null,
                    "has no good row: all " + result.report().rowsRejected() + " rows were rejected");
        }
        return result.conversationSet();
    }

    private char delimiter() {
        if ("tab".equalsIgnoreCase(delimiter) || "\\t".equals(delimiter)) {
            return '\t';
        }
        if (delimiter.length() != 1) {
            throw new InvalidOptionsException("--delimiter", delimiter, "must be one character or 'tab'");
        }
        return delimiter.charAt(0);
    }
}
