package org.ltc.model.io;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ltc.model.Checks;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.conversation.ConversationFormat;
import org.ltc.model.plugin.Option;
import org.ltc.model.plugin.OptionCodec;
import org.ltc.model.plugin.OptionsBinder;
import org.ltc.model.plugin.OptionsNamespace;

/**
 * How a CSV file of notes maps onto the model: which column holds what, and the limits that stop a hostile
 * file. Only the text column is required; every other column is optional and named by its header.
 *
 * <p>Each option is also an {@code ltc.import.csv.*} property ({@link #toProperties()}), which is how it
 * appears in the {@code Provenance} of an import.
 *
 * @param textColumn          the column with what was said (required)
 * @param noteIdColumn        the column with note ids, or {@code null}: ids become {@code n<line>}
 * @param questionColumn      the column with the guide question's id, or {@code null}
 * @param participantColumn   the column with a participant's pseudonymous id, or {@code null}
 * @param conversationColumn  the column with the conversation, or {@code null}: every note goes to
 *                            {@link #defaultConversationId()}; a value that is not an id (a name in words)
 *                            becomes one, e.g. {@code Main-Branch-3-March}, and the conversation's title
 * @param segmentColumns      columns whose value becomes a participant segment tag ({@code column=value}),
 *                            e.g. {@code neighbourhood}; without a participant column they become note tags
 *                            {@code column=value}
 * @param agreesColumn        the column with how many agreed, or {@code null}
 * @param disagreesColumn     the column with how many disagreed, or {@code null}
 * @param emphasisColumn      the column with the emphasis count, or {@code null}
 * @param languageColumn      the column with the text's BCP 47 language tag, or {@code null}
 * @param delimiter           the field delimiter (default {@code ,})
 * @param lenient             {@code false} (default): the first bad row stops the import with an
 *                            {@link org.ltc.model.InvalidInputException}; {@code true}: every good row is kept
 *                            and each bad row is reported
 * @param maxFieldChars       the longest field read (default {@value #DEFAULT_MAX_FIELD_CHARS}); a longer one
 *                            rejects its row without being held in memory
 * @param maxRows             the most data rows read (default {@link Long#MAX_VALUE}: no limit); more is an
 *                            error in either mode
 * @param maxColumns          the most columns a row may have (default {@value #DEFAULT_MAX_COLUMNS})
 * @param maxProblemsListed   the most rejected rows listed in the report (default
 *                            {@value #DEFAULT_MAX_PROBLEMS_LISTED}); further ones are counted only
 * @param defaultConversationId the conversation of notes without a conversation column (default
 *                            {@value #DEFAULT_CONVERSATION_ID})
 * @param conversationFormat  how the conversations were held (default {@link ConversationFormat#OTHER})
 * @param setId               the id of the resulting conversation set, or {@code null}: derived from the
 *                            file name
 * @param encoding            the file's character encoding (default {@code UTF-8}; e.g. {@code windows-1252}
 *                            for a spreadsheet saved as plain "CSV" on Windows); a byte-order mark at the start
 *                            of the file overrides it, so UTF-16 with a mark is read whatever is named here
 */
@OptionsNamespace("ltc.import.csv")
public record CsvImportOptions(
        @Option("The column with what was said.") String textColumn,
        @Option("The column with note ids (default: n and the line number).") String noteIdColumn,
        @Option("The column with the guide question's id.") String questionColumn,
        @Option("The column with a participant's pseudonymous id.") String participantColumn,
        @Option("The column with the conversation (words become an id and the title).") String conversationColumn,
        @Option("Columns whose value tags the participant (e.g. neighbourhood).") List<String> segmentColumns,
        @Option("The column with how many agreed.") String agreesColumn,
        @Option("The column with how many disagreed.") String disagreesColumn,
        @Option("The column with the emphasis count.") String emphasisColumn,
        @Option("The column with the text's BCP 47 language tag.") String languageColumn,
        @Option(value = "The field delimiter (one character, or tab).", codec = DelimiterCodec.class) char delimiter,
        @Option("Keep every good row and report each bad one, instead of stopping at the first.") boolean lenient,
        @Option("The longest field read; a longer one rejects its row.") @Positive int maxFieldChars,
        @Option("The most data rows read; more is an error.") @Positive long maxRows,
        @Option("The most columns a row may have.") @Positive int maxColumns,
        @Option("The most rejected rows listed in the report; further ones are counted.") @PositiveOrZero
        int maxProblemsListed,
        @Option("The conversation of notes without a conversation column.") String defaultConversationId,
        @Option("How the conversations were held.") ConversationFormat conversationFormat,
        @Option("The conversation set's id (default: from the file name).") String setId,
        @Option("The file's character encoding (a byte-order mark overrides it).") String encoding) {

    public static final int DEFAULT_MAX_FIELD_CHARS = 100_000;
    public static final int DEFAULT_MAX_COLUMNS = 10_000;
    public static final int DEFAULT_MAX_PROBLEMS_LISTED = 100_000;
    public static final String DEFAULT_CONVERSATION_ID = "conversation-1";

    private static final String P = "ltc.import.csv.";
    /** A header never holds a NUL: the stand-in text column while binding properties that name none. */
    private static final String NO_COLUMN = "\u0000";

    public CsvImportOptions {
        if (textColumn == null || textColumn.isBlank()) {
            throw new InvalidOptionsException(P + "textColumn", textColumn, "is required: name the column with the notes' text");
        }
        noteIdColumn = Checks.optional(noteIdColumn);
        questionColumn = Checks.optional(questionColumn);
        participantColumn = Checks.optional(participantColumn);
        conversationColumn = Checks.optional(conversationColumn);
        agreesColumn = Checks.optional(agreesColumn);
        disagreesColumn = Checks.optional(disagreesColumn);
        emphasisColumn = Checks.optional(emphasisColumn);
        languageColumn = Checks.optional(languageColumn);
        segmentColumns = segmentColumns == null ? List.of() : List.copyOf(segmentColumns);
        if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
            throw new InvalidOptionsException(P + "delimiter", String.valueOf(delimiter),
                    "must not be a quote or a line break");
        }
        // the bounds stated once, on the components
        OptionsBinder.check(CsvImportOptions.class, textColumn, noteIdColumn, questionColumn, participantColumn,
                conversationColumn, segmentColumns, agreesColumn, disagreesColumn, emphasisColumn, languageColumn,
                delimiter, lenient, maxFieldChars, maxRows, maxColumns, maxProblemsListed, defaultConversationId,
                conversationFormat, setId, encoding);
        defaultConversationId = defaultConversationId == null ? DEFAULT_CONVERSATION_ID : defaultConversationId;
        if (!Checks.isId(defaultConversationId)) {
            throw new InvalidOptionsException(P + "defaultConversationId", defaultConversationId,
                    "must be 1-128 letters, digits or . _ : - starting with a letter or digit");
        }
        conversationFormat = conversationFormat == null ? ConversationFormat.OTHER : conversationFormat;
        setId = Checks.optional(setId);
        if (setId != null && !Checks.isId(setId)) {
            throw new InvalidOptionsException(P + "setId", setId,
                    "must be 1-128 letters, digits or . _ : - starting with a letter or digit");
        }
        encoding = CsvFormat.canonicalEncoding(P + "encoding", encoding);
        // One column cannot feed two fields: a typo would otherwise silently import the wrong thing.
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, String> e : columnMap(textColumn, noteIdColumn, questionColumn, participantColumn,
                conversationColumn, segmentColumns, agreesColumn, disagreesColumn, emphasisColumn, languageColumn)
                .entrySet()) {
            if (!seen.add(e.getValue())) {
                throw new InvalidOptionsException(P + e.getKey(), e.getValue(), "names a column already mapped to another field");
            }
        }
    }

    /** Options that read {@code textColumn} and nothing else, with every default. */
    public static CsvImportOptions of(String textColumn) {
        return builder().textColumn(textColumn).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options, to change a few. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.textColumn = textColumn;
        b.noteIdColumn = noteIdColumn;
        b.questionColumn = questionColumn;
        b.participantColumn = participantColumn;
        b.conversationColumn = conversationColumn;
        b.segmentColumns = new ArrayList<>(segmentColumns);
        b.agreesColumn = agreesColumn;
        b.disagreesColumn = disagreesColumn;
        b.emphasisColumn = emphasisColumn;
        b.languageColumn = languageColumn;
        b.delimiter = delimiter;
        b.lenient = lenient;
        b.maxFieldChars = maxFieldChars;
        b.maxRows = maxRows;
        b.maxColumns = maxColumns;
        b.maxProblemsListed = maxProblemsListed;
        b.defaultConversationId = defaultConversationId;
        b.conversationFormat = conversationFormat;
        b.setId = setId;
        b.encoding = encoding;
        return b;
    }

    /** The mapped columns by option name (segment columns as {@code segmentColumns[i]}), in a stable order. */
    public Map<String, String> columns() {
        return columnMap(textColumn, noteIdColumn, questionColumn, participantColumn, conversationColumn,
                segmentColumns, agreesColumn, disagreesColumn, emphasisColumn, languageColumn);
    }

    private static Map<String, String> columnMap(String textColumn, String noteIdColumn, String questionColumn,
                                                 String participantColumn, String conversationColumn,
                                                 List<String> segmentColumns, String agreesColumn,
                                                 String disagreesColumn, String emphasisColumn,
                                                 String languageColumn) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("textColumn", textColumn);
        putIf(m, "noteIdColumn", noteIdColumn);
        putIf(m, "questionColumn", questionColumn);
        putIf(m, "participantColumn", participantColumn);
        putIf(m, "conversationColumn", conversationColumn);
        for (int i = 0; i < segmentColumns.size(); i++) {
            m.put("segmentColumns[" + i + "]", segmentColumns.get(i));
        }
        putIf(m, "agreesColumn", agreesColumn);
        putIf(m, "disagreesColumn", disagreesColumn);
        putIf(m, "emphasisColumn", emphasisColumn);
        putIf(m, "languageColumn", languageColumn);
        return m;
    }

    /** How the file is read: the delimiter, encoding and size limits of these options. */
    public CsvFormat format() {
        return new CsvFormat(delimiter, encoding, maxFieldChars, maxColumns, maxRows);
    }

    /** Every option as an {@code ltc.import.csv.*} property, for provenance (as {@link OptionsBinder} writes it). */
    public Map<String, String> toProperties() {
        return OptionsBinder.toProperties(this);
    }

    /**
     * Options from {@code ltc.import.csv.*} properties, as {@link #toProperties()} writes them (segment columns
     * comma-separated; the older {@code segmentColumns.0}, {@code segmentColumns.1}, ... are read too). Keys
     * without the prefix are ignored; an unknown key with it is an error naming the known ones, so a typo never
     * silently falls back to a default; {@code textColumn} is required.
     */
    public static CsvImportOptions fromProperties(Map<String, String> properties) {
        Map<String, String> props = new java.util.TreeMap<>();
        Map<Integer, String> segments = new java.util.TreeMap<>();
        properties.forEach((k, v) -> {
            String legacy = k.startsWith(P + "segmentColumns.") ? k.substring((P + "segmentColumns.").length()) : null;
            if (legacy != null && !legacy.isEmpty() && legacy.chars().allMatch(Character::isDigit)) {
                segments.put(Integer.parseInt(legacy), v);
            } else {
                props.put(k, v);
            }
        });
        if (!segments.isEmpty()) {
            props.putIfAbsent(P + "segmentColumns", String.join(",", segments.values()));
        }
        String text = props.get(P + "textColumn");
        // Bound onto a text column no header holds, so that unknown keys and bad values are reported first.
        CsvImportOptions bound = OptionsBinder.bind(of(text == null || text.isBlank() ? NO_COLUMN : text), props);
        if (text == null || text.isBlank()) {
            throw new InvalidOptionsException(P + "textColumn", text, "is required: name the column with the notes' text");
        }
        return bound;
    }

    /** The delimiter as one character; {@code tab} (or {@code \t}) for a tab, as the command line takes it. */
    public static final class DelimiterCodec implements OptionCodec<Character> {
        /** The codec the binder creates. */
        public DelimiterCodec() {
        }

        @Override
        public Character read(String key, String text) {
            if ("tab".equalsIgnoreCase(text) || "\\t".equals(text)) {
                return '\t';
            }
            if (text == null || text.length() != 1) {
                throw new InvalidOptionsException(key, text, "must be one character or tab");
            }
            return text.charAt(0);
        }

        @Override
        public String write(Character value) {
            return value == '\t' ? "tab" : String.valueOf(value);
        }

        @Override
        public String typeName() {
            return "character";
        }
    }

    private static void putIf(Map<String, String> m, String k, String v) {
        if (v != null) {
            m.put(k, v);
        }
    }

    /** Builds {@link CsvImportOptions}; every property has a default except {@code textColumn}. */
    public static final class Builder {
        private String textColumn;
        private String noteIdColumn;
        private String questionColumn;
        private String participantColumn;
        private String conversationColumn;
        private List<String> segmentColumns = new ArrayList<>();
        private String agreesColumn;
        private String disagreesColumn;
        private String emphasisColumn;
        private String languageColumn;
        private char delimiter = ',';
        private boolean lenient;
        private int maxFieldChars = DEFAULT_MAX_FIELD_CHARS;
        private long maxRows = Long.MAX_VALUE;
        private int maxColumns = DEFAULT_MAX_COLUMNS;
        private int maxProblemsListed = DEFAULT_MAX_PROBLEMS_LISTED;
        private String defaultConversationId = DEFAULT_CONVERSATION_ID;
        private ConversationFormat conversationFormat = ConversationFormat.OTHER;
        private String setId;
        private String encoding = CsvFormat.DEFAULT_ENCODING;

        private Builder() {
        }

        public Builder textColumn(String v) {
            textColumn = v;
            return this;
        }

        public Builder noteIdColumn(String v) {
            noteIdColumn = v;
            return this;
        }

        public Builder questionColumn(String v) {
            questionColumn = v;
            return this;
        }

        public Builder participantColumn(String v) {
            participantColumn = v;
            return this;
        }

        public Builder conversationColumn(String v) {
            conversationColumn = v;
            return this;
        }

        /** Adds segment columns (in order). */
        public Builder segmentColumns(String... v) {
            segmentColumns.addAll(List.of(v));
            return this;
        }

        public Builder segmentColumns(List<String> v) {
            segmentColumns.addAll(Objects.requireNonNull(v, "segmentColumns"));
            return this;
        }

        public Builder agreesColumn(String v) {
            agreesColumn = v;
            return this;
        }

        public Builder disagreesColumn(String v) {
            disagreesColumn = v;
            return this;
        }

        public Builder emphasisColumn(String v) {
            emphasisColumn = v;
            return this;
        }

        public Builder languageColumn(String v) {
            languageColumn = v;
            return this;
        }

        public Builder delimiter(char v) {
            delimiter = v;
            return this;
        }

        public Builder lenient(boolean v) {
            lenient = v;
            return this;
        }

        public Builder maxFieldChars(int v) {
            maxFieldChars = v;
            return this;
        }

        public Builder maxRows(long v) {
            maxRows = v;
            return this;
        }

        public Builder maxColumns(int v) {
            maxColumns = v;
            return this;
        }

        public Builder maxProblemsListed(int v) {
            maxProblemsListed = v;
            return this;
        }

        public Builder defaultConversationId(String v) {
            defaultConversationId = v;
            return this;
        }

        public Builder conversationFormat(ConversationFormat v) {
            conversationFormat = v;
            return this;
        }

        public Builder setId(String v) {
            setId = v;
            return this;
        }

        /** The file's character encoding, e.g. {@code windows-1252} (default {@code UTF-8}). */
        public Builder encoding(String v) {
            encoding = v;
            return this;
        }

        public CsvImportOptions build() {
            return new CsvImportOptions(textColumn, noteIdColumn, questionColumn, participantColumn,
                    conversationColumn, segmentColumns, agreesColumn, disagreesColumn, emphasisColumn,
                    languageColumn, delimiter, lenient, maxFieldChars, maxRows, maxColumns, maxProblemsListed,
                    defaultConversationId, conversationFormat, setId, encoding);
        }
    }
}
