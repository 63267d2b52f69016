package org.ltc.model.io;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;
import org.ltc.model.conversation.Moderation;
import org.ltc.model.conversation.Note;

/**
 * Validated notes from a CSV file, one at a time: memory holds one row, never the file, so a host can
 * import a million rows into its own store as they come. Get one from {@link CsvNoteImport#open}.
 *
 * <p>Strict mode ({@link CsvImportOptions#lenient()} false): the first bad row throws an
 * {@link InvalidInputException} naming the file, the line, the column and the rejected value. Lenient
 * mode: bad rows are skipped and listed in {@link #report()}; every good row is returned.
 *
 * <p>The notes are as written in the file: personal data is not yet removed. Pass each one through
 * {@code org.ltc.model.privacy.Redactor} before storing or theming it.
 *
 * <p>After {@link #next()}, {@link #line()} and {@link #segments()} describe the row the note came from.
 * Close the stream when done (try-with-resources). Not thread-safe: one stream per thread.
 */
public final class CsvNoteStream implements Iterator<Note>, AutoCloseable {
    private final String source;
    private final CsvImportOptions options;
    private final CsvReader csv;
    private final String[] header;
    private final int text;
    private final int noteId;
    private final int question;
    private final int participant;
    private final int conversation;
    private final int[] segments;
    private final int agrees;
    private final int disagrees;
    private final int emphasis;
    private final int language;

    private Note next;
    private long nextLine;
    private Map<String, String> nextSegments = Map.of();
    private long line;
    private Map<String, String> currentSegments = Map.of();
    private boolean done;

    /** The most distinct conversations one file may name: a guard against a file of unique values. */
    static final int MAX_CONVERSATIONS = 100_000;
    private final Map<String, String> conversationIds = new HashMap<>();
    private final java.util.Set<String> usedConversationIds = new java.util.HashSet<>();
    private final Map<String, String> conversationTitles = new HashMap<>();

    private long rowsRead;
    private long notesImported;
    private long rowsRejected;
    private final List<ImportProblem> problems = new ArrayList<>();
    private long problemsNotListed;
    private String sha256;

    CsvNoteStream(InputStream in, String source, CsvImportOptions options) {
        this.source = source;
        this.options = options;
        this.csv = CsvReader.open(in, source, options.format());
        try {
            header = csv.header().toArray(new String[0]);
            text = column(options.textColumn());
            noteId = column(options.noteIdColumn());
            question = column(options.questionColumn());
            participant = column(options.participantColumn());
            conversation = column(options.conversationColumn());
            segments = new int[options.segmentColumns().size()];
            for (int i = 0; i < segments.length; i++) {
                segments[i] = column(options.segmentColumns().get(i));
            }
            agrees = column(options.agreesColumn());
            disagrees = column(options.disagreesColumn());
            emphasis = column(options.emphasisColumn());
            language = column(options.languageColumn());
        } catch (RuntimeException e) {
            csv.close();
            throw e;
        }
    }

    private int column(String name) {
        if (name == null) {
            return -1;
        }
        int i = csv.column(name);
        if (i < 0) {
            throw new InvalidInputException(source, "line " + csv.headerLine(), name, null,
                    "is not a column of the header row; the columns are " + List.of(header));
        }
        return i;
    }

    /** The header row, as read. */
    public List<String> header() {
        return List.of(header);
    }

    @Override
    public boolean hasNext() {
        while (next == null && !done) {
            CsvRow r = csv.next();
            if (r == null) {
                done = true;
                sha256 = csv.sha256();
                break;
            }
            rowsRead++;
            if (r.defect() != null) {
                reject(r.defect());
                continue;
            }
            try {
                next = row(r);
                nextLine = r.line();
                notesImported++;
            } catch (InvalidInputException e) {
                reject(new ImportProblem(source, r.line(), e.field(), e.rejectedValue(), e.problem()));
            }
        }
        return next != null;
    }

    @Override
    public Note next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more notes in " + source);
        }
        Note n = next;
        next = null;
        line = nextLine;
        currentSegments = nextSegments;
        return n;
    }

    /** The physical line (1-based) that the note last returned by {@link #next()} starts on. */
    public long line() {
        return line;
    }

    /**
     * The segment tags ({@code column=value}, blank values left out) of the row the last note came from,
     * sorted by column; empty when no segment columns are mapped.
     */
    public Map<String, String> segments() {
        return currentSegments;
    }

    /** The options this stream reads with. */
    public CsvImportOptions options() {
        return options;
    }

    /** The notes still to come, as a sequential stream (closing it closes this). */
    public Stream<Note> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::close);
    }

    /** What was read, kept and rejected so far (all of it once the stream is exhausted). */
    public ImportReport report() {
        return new ImportReport(source, rowsRead, notesImported, rowsRejected, problems, problemsNotListed);
    }

    /** The SHA-256 of the bytes read, once the stream is exhausted, else {@code null}. */
    public String sha256() {
        return sha256;
    }

    /**
     * Rejects the note last returned after all (as an importer does for a repeated id): strict mode throws,
     * lenient mode lists the problem.
     */
    void rejectLast(ImportProblem problem) {
        notesImported--;
        reject(problem);
    }

    private void reject(ImportProblem problem) {
        if (!options.lenient()) {
            throw problem.toException();
        }
        rowsRejected++;
        if (problems.size() < options.maxProblemsListed()) {
            problems.add(problem);
        } else {
            problemsNotListed++;
        }
    }

    /** The current record as a validated note, or an exception naming the column at fault. */
    private Note row(CsvRow csv) {
        String textValue = csv.get(text).strip();
        if (textValue.isEmpty()) {
            throw new InvalidInputException(source, null, header[text], csv.get(text), "must not be blank");
        }
        String id = noteId < 0 ? "n" + csv.line() : id(csv, noteId, false);
        String conversationId = conversation < 0 ? null : conversationId(csv.get(conversation));
        if (conversationId == null) {
            conversationId = options.defaultConversationId();
        }
        String questionId = question < 0 ? null : id(csv, question, true);
        String participantId = participant < 0 ? null : id(csv, participant, true);
        List<String> tags = List.of();
        Map<String, String> segs = Map.of();
        if (segments.length > 0) {
            TreeMap<String, String> m = new TreeMap<>();
            for (int s : segments) {
                String v = csv.get(s).strip();
                if (!v.isEmpty()) {
                    m.put(header[s], v);
                }
            }
            segs = java.util.Collections.unmodifiableSortedMap(m);
            if (participant < 0 && !m.isEmpty()) {
                List<String> t = new ArrayList<>(m.size());
                m.forEach((k, v) -> t.add(k + "=" + v));
                tags = t;
            }
        }
        int agreesValue = count(csv, agrees);
        int disagreesValue = count(csv, disagrees);
        int emphasisValue = count(csv, emphasis);
        String languageValue = language < 0 ? null : csv.get(language).strip();
        try {
            Note note = new Note(id, conversationId, questionId, participantId, textValue, agreesValue,
                    disagreesValue, emphasisValue, tags, Moderation.UNMODERATED, null, languageValue);
            nextSegments = segs;
            return note;
        } catch (InvalidInputException e) {
            // The model names its own field; the person fixing the file needs the column.
            String column = switch (e.field() == null ? "" : e.field()) {
                case "text" -> header[text];
                case "id" -> noteId < 0 ? "id" : header[noteId];
                default -> e.field();
            };
            throw new InvalidInputException(source, null, column, e.rejectedValue(), e.problem());
        }
    }

    /**
     * The id of a conversation named in the file. Spreadsheets name conversations in words ("Main Branch,
     * 3 March"), so a value that is not an id becomes one ({@code Main-Branch-3-March}, then {@code -2},
     * {@code -3} if taken) and is kept as the conversation's title. Same value, same id, in file order.
     */
    private String conversationId(String raw) {
        String v = raw.strip();
        if (v.isEmpty()) {
            return null;
        }
        String id = conversationIds.get(v);
        if (id != null) {
            return id;
        }
        if (conversationIds.size() >= MAX_CONVERSATIONS) {
            throw new InvalidInputException(source, null, header[conversation], v,
                    "is one conversation more than the " + MAX_CONVERSATIONS + " a file may name");
        }
        if (Checks.isId(v) && !usedConversationIds.contains(v)) {
            id = v;
        } else {
            String slug = slug(v);
            id = slug;
            for (int k = 2; usedConversationIds.contains(id); k++) {
                id = slug + "-" + k;
            }
            conversationTitles.put(id, v);
        }
        conversationIds.put(v, id);
        usedConversationIds.add(id);
        return id;
    }

    /** Letters, digits and {@code . _ : -} kept (ASCII only), every other run replaced by one {@code -}. */
    static String slug(String value) {
        StringBuilder sb = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < value.length() && sb.length() < 120; i++) {
            char c = value.charAt(i);
            boolean alnum = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (alnum || sb.length() > 0 && (c == '.' || c == '_' || c == ':' || c == '-')) {
                sb.append(c);
                dash = c == '-';
            } else if (sb.length() > 0 && !dash) {
                sb.append('-');
                dash = true;
            }
        }
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-') {
            sb.setLength(sb.length() - 1);
        }
        return sb.length() == 0 ? "conversation" : sb.toString();
    }

    /** Conversations whose id was made from a value that was not an id: id to the value as written. */
    Map<String, String> conversationTitles() {
        return conversationTitles;
    }

    private String id(CsvRow csv, int column, boolean optional) {
        String v = csv.get(column).strip();
        if (v.isEmpty()) {
            if (optional) {
                return null;
            }
            throw new InvalidInputException(source, null, header[column], csv.get(column), "must not be blank");
        }
        if (!Checks.isId(v)) {
            throw new InvalidInputException(source, null, header[column], v,
                    "must be an id of 1-128 letters, digits or . _ : - starting with a letter or digit");
        }
        return v;
    }

    private int count(CsvRow csv, int column) {
        if (column < 0) {
            return 0;
        }
        String v = csv.get(column).strip();
        if (v.isEmpty()) {
            return 0;
        }
        int value;
        try {
            value = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(source, null, header[column], v,
                    v.matches("[+-]?[0-9]+") ? "is out of range: a count is at most " + Integer.MAX_VALUE
                            : "must be a whole number");
        }
        if (value < 0) {
            throw new InvalidInputException(source, null, header[column], v, "must be zero or more");
        }
        return value;
    }

    @Override
    public void close() {
        csv.close();
    }
}
