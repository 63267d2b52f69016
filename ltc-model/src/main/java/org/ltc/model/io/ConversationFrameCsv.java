package org.ltc.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;
import org.ltc.model.conversation.Consent;
import org.ltc.model.conversation.Conversation;
import org.ltc.model.conversation.ConversationFormat;
import org.ltc.model.conversation.ConversationGuide;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Question;
import org.ltc.model.knowledge.ThemeCategory;

/**
 * What a spreadsheet of notes cannot hold, as the two small CSV files a library keeps beside it: the guide
 * (one row per question: {@code question_id,text,category}) and the conversations' details (one row per
 * conversation: {@code conversation,title,format,date,place}). Both have a header row naming those columns in
 * any order; {@code category}, {@code title}, {@code format}, {@code date} and {@code place} may be left blank.
 * Every error names the file, the line, the column and the value.
 *
 * <p>Stateless and thread-safe.
 */
public final class ConversationFrameCsv {
    /** The guide file's columns, in the order a template writes them. */
    public static final List<String> GUIDE_COLUMNS = List.of("question_id", "text", "category");
    /** The conversations file's columns, in the order a template writes them. */
    public static final List<String> CONVERSATION_COLUMNS = List.of("conversation", "title", "format", "date", "place");

    /** A guide or conversations file is a page of rows, never a dump: a guard against the wrong file. */
    private static final int MAX_ROWS = 10_000;
    private static final int MAX_FIELD_CHARS = 10_000;

    private ConversationFrameCsv() {
    }

    /**
     * One row of a conversations file: the conversation as the notes name it, and its details.
     *
     * @param conversation the value the notes' conversation column holds for it
     * @param line         the line it is on
     * @param title        a title, or {@code null}
     * @param format       how it was held, or {@code null} when the file leaves it blank
     * @param date         the day it was held, or {@code null}
     * @param place        where, or {@code null}
     */
    public record ConversationDetails(String conversation, long line, String title, ConversationFormat format,
                                      LocalDate date, String place) {
        public ConversationDetails {
            Checks.notBlank("conversation", conversation);
            title = Checks.optional(title);
            place = Checks.optional(place);
        }
    }

    /** Reads a guide file; the guide's id and title come from the file name. */
    public static ConversationGuide readGuide(Path file) {
        try (InputStream in = CsvNoteImport.openFile(file)) {
            return readGuide(in, file.toString(), file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a guide from UTF-8 CSV bytes; {@code source} names it in errors, {@code fileName} gives its id. */
    public static ConversationGuide readGuide(InputStream in, String source, String fileName) {
        List<Row> rows = rows(in, source, GUIDE_COLUMNS, List.of("question_id", "text"));
        List<Question> questions = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (Row r : rows) {
            String id = r.get("question_id");
            Long before = seen.putIfAbsent(id, r.line);
            if (before != null) {
                throw r.error("question_id", id, "repeats the question id of line " + before);
            }
            String category = r.get("category");
            try {
                questions.add(new Question(id, r.get("text"),
                        category == null ? null : ThemeCategory.of(category.toLowerCase(Locale.ROOT))));
            } catch (InvalidInputException e) {
                String column = "category".equals(e.field()) ? "category" : "id".equals(e.field()) ? "question_id"
                        : e.field();
                throw r.error(column, e.rejectedValue(), e.problem());
            }
        }
        if (questions.isEmpty()) {
            throw new InvalidInputException(source, null, null, null, "holds no questions below its header row");
        }
        String id = CsvNoteImport.idFromFileName(fileName);
        return new ConversationGuide(id, "Conversation guide (" + fileName + ")", null, questions);
    }

    /** Reads a conversations file. */
    public static List<ConversationDetails> readConversations(Path file) {
        try (InputStream in = CsvNoteImport.openFile(file)) {
            return readConversations(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a conversations file from UTF-8 CSV bytes; {@code source} names it in errors. */
    public static List<ConversationDetails> readConversations(InputStream in, String source) {
        List<Row> rows = rows(in, source, CONVERSATION_COLUMNS, List.of("conversation"));
        List<ConversationDetails> out = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (Row r : rows) {
            String key = r.get("conversation");
            Long before = seen.putIfAbsent(key, r.line);
            if (before != null) {
                throw r.error("conversation", key, "repeats the conversation of line " + before);
            }
            ConversationFormat format = null;
            String f = r.get("format");
            if (f != null) {
                try {
                    format = ConversationFormat.valueOf(f.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
                } catch (IllegalArgumentException e) {
                    throw r.error("format", f, "must be one of " + List.of(ConversationFormat.values()));
                }
            }
            LocalDate date = null;
            String d = r.get("date");
            if (d != null) {
                try {
                    date = LocalDate.parse(d);
                } catch (DateTimeParseException e) {
                    throw r.error("date", d, "must be a date written YYYY-MM-DD");
                }
            }
            out.add(new ConversationDetails(key, r.line, r.get("title"), format, date, r.get("place")));
        }
        return List.copyOf(out);
    }

    /**
     * The set with each conversation's details filled in from {@code details}: a row matches the conversation
     * whose id is its {@code conversation} value, or whose title is (the import keeps a value that is not an id
     * as the title of the id it makes). A row that matches no conversation adds one (a conversation that left no
     * notes); a detail left blank keeps what the set had.
     *
     * @param source names the details file in errors
     */
    public static ConversationSet apply(ConversationSet set, List<ConversationDetails> details, String source) {
        Map<String, Integer> byKey = new LinkedHashMap<>();
        List<Conversation> conversations = new ArrayList<>(set.conversations());
        for (int i = 0; i < conversations.size(); i++) {
            Conversation c = conversations.get(i);
            if (c.title() != null) {
                byKey.putIfAbsent(c.title(), i);
            }
        }
        for (int i = 0; i < conversations.size(); i++) {
            byKey.put(conversations.get(i).id(), i);
        }
        for (ConversationDetails d : details) {
            Integer at = byKey.get(d.conversation());
            if (at == null) {
                String id = Checks.isId(d.conversation()) ? d.conversation() : CsvNoteStream.slug(d.conversation());
                if (conversations.stream().anyMatch(c -> c.id().equals(id))) {
                    throw new InvalidInputException(source, "line " + d.line(), "conversation", d.conversation(),
                            "makes the id " + id + ", which another conversation has");
                }
                conversations.add(new Conversation(id, d.title() != null ? d.title()
                        : Checks.isId(d.conversation()) ? null : d.conversation(), d.place(), d.date(),
                        d.format(), null, null, 0, Consent.anonymousQuotes(), guideId(set)));
                byKey.put(id, conversations.size() - 1);
                continue;
            }
            Conversation c = conversations.get(at);
            conversations.set(at, new Conversation(c.id(), d.title() != null ? d.title() : c.title(),
                    d.place() != null ? d.place() : c.place(), d.date() != null ? d.date() : c.date(),
                    d.format() != null ? d.format() : c.format(), c.facilitator(), c.noteTaker(),
                    c.participantCount(), c.consent(), c.guideId() != null ? c.guideId() : guideId(set)));
        }
        return set.withConversations(conversations);
    }

    private static String guideId(ConversationSet set) {
        return set.guide() == null ? null : set.guide().id();
    }

    /** A guide file's text: the header, then one row per question (the template a library fills in). */
    public static String guideCsv(ConversationGuide guide) {
        StringBuilder sb = new StringBuilder(String.join(",", GUIDE_COLUMNS)).append('\n');
        for (Question q : guide.questions()) {
            sb.append(line(q.id(), q.text(), q.category() == null ? "" : q.category().id()));
        }
        return sb.toString();
    }

    /** A conversations file's text: the header, then one row per conversation. */
    public static String conversationsCsv(List<Conversation> conversations) {
        StringBuilder sb = new StringBuilder(String.join(",", CONVERSATION_COLUMNS)).append('\n');
        for (Conversation c : conversations) {
            sb.append(line(c.id(), c.title() == null ? "" : c.title(), c.format().name().toLowerCase(Locale.ROOT),
                    c.date() == null ? "" : c.date().toString(), c.place() == null ? "" : c.place()));
        }
        return sb.toString();
    }

    /** One CSV record, each field quoted when it must be, ending in a line break. */
    static String line(String... fields) {
        return CsvFormat.defaults().line(List.of(fields)) + "\n";
    }

    /** A data row: its line and its cells by column (blank cells absent). */
    private record Row(String source, long line, Map<String, String> cells) {
        String get(String column) {
            return cells.get(column);
        }

        InvalidInputException error(String column, String value, String problem) {
            return new InvalidInputException(source, "line " + line, column, value, problem);
        }
    }

    private static List<Row> rows(InputStream in, String source, List<String> known, List<String> required) {
        // The one CSV reader (its dialect, UTF-8 checks and line numbers), with this file's small limits.
        CsvFormat format = new CsvFormat(',', CsvFormat.DEFAULT_ENCODING, MAX_FIELD_CHARS, 64, MAX_ROWS);
        List<Row> rows = new ArrayList<>();
        try (CsvReader csv = CsvReader.open(in, source, format)) {
            List<String> header = new ArrayList<>();
            for (String name : csv.header()) {
                String h = name.toLowerCase(Locale.ROOT);
                if (!known.contains(h)) {
                    throw new InvalidInputException(source, "line " + csv.headerLine(), "header", name,
                            "is not a column of this file (known: " + known + ")");
                }
                header.add(h);
            }
            for (String r : required) {
                if (!header.contains(r)) {
                    throw new InvalidInputException(source, "line " + csv.headerLine(), "header", header.toString(),
                            "needs the column " + r + " (known: " + known + ")");
                }
            }
            for (CsvRow r = csv.next(); r != null; r = csv.next()) {
                r.requireIntact();
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    String v = r.text(i);
                    if (!v.isEmpty()) {
                        cells.put(header.get(i), v);
                    }
                }
                Row row = new Row(source, r.line(), cells);
                for (String c : required) {
                    if (row.get(c) == null) {
                        throw row.error(c, "", "must not be blank");
                    }
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
