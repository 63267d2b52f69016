package org.ltc.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ltc.model.InvalidInputException;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.community.Community;
import org.ltc.model.conversation.ConversationGuide;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.io.ConversationFrameCsv;
import org.ltc.model.io.CsvImportOptions;
import org.ltc.model.io.CsvNoteImport;
import org.ltc.model.io.DocumentKind;
import org.ltc.model.io.ImportResult;
import org.ltc.model.io.LtcJson;
import picocli.CommandLine.Option;

/**
 * How a CSV file of notes maps onto the model, as command-line options: one set shared by every command that
 * reads CSV ({@code ltc import}, {@code ltc theme}), so they take the same flags with the same meaning.
 */
final class CsvColumns {
    @Option(names = "--text-column", paramLabel = "NAME", description = "CSV: the column with the notes' text "
            + "(required with --csv).")
    String textColumn;

    @Option(names = "--note-id-column", paramLabel = "NAME", description = "CSV: the column with note ids "
            + "(default: n<line>).")
    String noteIdColumn;

    @Option(names = "--question-column", paramLabel = "NAME", description = "CSV: the column with the question id.")
    String questionColumn;

    @Option(names = "--participant-column", paramLabel = "NAME",
            description = "CSV: the column with a participant's pseudonymous id.")
    String participantColumn;

    @Option(names = "--conversation-column", paramLabel = "NAME",
            description = "CSV: the column naming the conversation (words become an id and the title; "
                    + "default: one conversation).")
    String conversationColumn;

    @Option(names = "--segment-column", paramLabel = "NAME",
            description = "CSV: a column whose value tags the participant (e.g. neighbourhood); repeatable.")
    List<String> segmentColumns = new ArrayList<>();

    @Option(names = "--agrees-column", paramLabel = "NAME", description = "CSV: the column counting agreement.")
    String agreesColumn;

    @Option(names = "--disagrees-column", paramLabel = "NAME", description = "CSV: the column counting disagreement.")
    String disagreesColumn;

    @Option(names = "--emphasis-column", paramLabel = "NAME", description = "CSV: the column with an emphasis count.")
    String emphasisColumn;

    @Option(names = "--language-column", paramLabel = "NAME", description = "CSV: the column with a language tag.")
    String languageColumn;

    @Option(names = "--delimiter", paramLabel = "CHAR", defaultValue = ",",
            description = "CSV: the field delimiter (default: ${DEFAULT-VALUE}); 'tab' for tab-separated files.")
    String delimiter;

    @Option(names = "--guide", paramLabel = "FILE", description = "CSV: the conversation guide the notes answered: "
            + "a CSV file question_id,text,category (as ltc template notes writes) or a conversation-guide JSON "
            + "document. Themes then take their category from the question; a note naming another question is a "
            + "bad row.")
    Path guide;

    @Option(names = "--conversations", paramLabel = "FILE", description = "CSV: each conversation's details, a "
            + "CSV file conversation,title,format,date,place (conversation as the notes name it).")
    Path conversations;

    @Option(names = "--community", paramLabel = "NAME", description = "The community the notes come from "
            + "(its name; shown in reports).")
    String community;

    /**
     * Imports a CSV file of notes with these columns, the guide (if any) checking every row's question, then
     * fills in the community and the conversations' details.
     */
    ImportResult importCsv(Path csv, CsvImportOptions options, java.time.Clock clock) {
        ConversationGuide g = guide == null ? null : readGuide(guide);
        List<ConversationFrameCsv.ConversationDetails> details = conversations == null ? List.of()
                : ConversationFrameCsv.readConversations(requireFile(conversations));
        ImportResult result = CsvNoteImport.of(options).withClock(clock).withGuide(g).importFile(csv);
        ConversationSet set = result.conversationSet();
        if (!details.isEmpty()) {
            set = ConversationFrameCsv.apply(set, details, conversations.toString());
        }
        return new ImportResult(withCommunity(set), result.report());
    }

    /** The set about the community named with --community, if one was. */
    ConversationSet withCommunity(ConversationSet set) {
        if (community == null) {
            return set;
        }
        if (community.isBlank()) {
            throw new InvalidOptionsException("--community", community, "must name the community");
        }
        String id = community.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return set.withCommunity(new Community(id.isEmpty() ? "community" : id, community.strip(), null, null));
    }

    /** A guide file: CSV (question_id,text,category) or a conversation-guide JSON document. */
    static ConversationGuide readGuide(Path file) {
        requireFile(file);
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            return (ConversationGuide) LtcJson.defaults().read(file, DocumentKind.CONVERSATION_GUIDE);
        }
        return ConversationFrameCsv.readGuide(file);
    }

    private static Path requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file.toString(), null, null, null, "is not a readable file");
        }
        return file;
    }

    @Option(names = "--encoding", paramLabel = "NAME",
            description = "CSV: the file's character encoding (default: UTF-8). A plain \"CSV\" saved by Excel on "
                    + "Windows is windows-1252; a file with a byte-order mark is read by its mark (UTF-16 too).")
    String encoding;

    /** Options for reading {@code csv}, after checking the text column was named and the file is readable. */
    CsvImportOptions.Builder builder(Path csv) {
        if (textColumn == null || textColumn.isBlank()) {
            throw new InvalidOptionsException("--text-column", null, "is required with --csv: name the column "
                    + "that holds the notes' text");
        }
        if (!Files.isRegularFile(csv)) {
            throw new InvalidInputException(csv.toString(), null, null, null, "is not a readable file");
        }
        return CsvImportOptions.builder()
                .textColumn(textColumn).noteIdColumn(noteIdColumn).questionColumn(questionColumn)
                .participantColumn(participantColumn).conversationColumn(conversationColumn)
                .segmentColumns(segmentColumns).agreesColumn(agreesColumn).disagreesColumn(disagreesColumn)
                .emphasisColumn(emphasisColumn).languageColumn(languageColumn).delimiter(delimiter())
                .encoding(encoding());
    }

    /** Rejects CSV column options given with a source that is not CSV. */
    void rejectUnlessCsv(String source) {
        if (textColumn != null) {
            throw new InvalidOptionsException("--text-column", textColumn, "applies to --csv only, not " + source);
        }
        if (guide != null) {
            throw new InvalidOptionsException("--guide", guide, "applies to --csv only, not " + source);
        }
        if (conversations != null) {
            throw new InvalidOptionsException("--conversations", conversations, "applies to --csv only, not " + source);
        }
        if (encoding != null) {
            throw new InvalidOptionsException("--encoding", encoding, "applies to --csv only, not " + source);
        }
    }

    private String encoding() {
        try {
            return org.ltc.model.io.CsvFormat.defaults().withEncoding(encoding).encoding();
        } catch (InvalidOptionsException e) {
            throw new InvalidOptionsException("--encoding", encoding, "is not a character encoding this Java knows; "
                    + "use UTF-8, windows-1252, ISO-8859-1 or UTF-16 (with a byte-order mark)");
        }
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
