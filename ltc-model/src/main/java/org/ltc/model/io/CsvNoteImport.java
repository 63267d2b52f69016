package org.ltc.model.io;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ltc.model.conversation.Conversation;
import org.ltc.model.conversation.ConversationGuide;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Consent;
import org.ltc.model.conversation.Note;
import org.ltc.model.conversation.Participant;
import org.ltc.model.provenance.Provenance;

/**
 * Imports notes from a CSV file (a spreadsheet of what residents said) with a column mapping.
 *
 * <pre>{@code
 * CsvImportOptions options = CsvImportOptions.builder()
 *         .textColumn("text").participantColumn("participant").conversationColumn("conversation")
 *         .segmentColumns("neighbourhood").lenient(true).build();
 * ImportResult result = CsvNoteImport.of(options).importFile(Path.of("notes.csv"));
 * result.report().problems().forEach(System.err::println);   // one line per rejected row
 * ConversationSet set = result.conversationSet();
 * }</pre>
 *
 * <p>{@link #importFile(Path)} builds a whole {@link ConversationSet}: one conversation per conversation id
 * met, one participant per participant id (with the segment tags of the first row that names them), the
 * notes in file order, and the import's {@link Provenance} (options, SHA-256 of the file). A repeated note
 * id is a bad row. {@link #open(Path)} instead hands out the notes one at a time for hosts that store them
 * as they come.
 *
 * <p>Immutable and thread-safe; each stream it opens is for one thread.
 */
public final class CsvNoteImport {
    /** The algorithm id in the provenance of an imported set. */
    public static final String ALGORITHM_ID = "ltc-import-csv";
    /** The version of the import rules, raised when the same file would import differently. */
    public static final String ALGORITHM_VERSION = "1";

    private final CsvImportOptions options;
    private final Clock clock;
    private final ConversationGuide guide;
    private final Set<String> questionIds;

    private CsvNoteImport(CsvImportOptions options, Clock clock, ConversationGuide guide) {
        this.options = Objects.requireNonNull(options, "options");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.guide = guide;
        Set<String> ids = new HashSet<>();
        if (guide != null) {
            guide.questions().forEach(q -> ids.add(q.id()));
        }
        this.questionIds = Set.copyOf(ids);
    }

    public static CsvNoteImport of(CsvImportOptions options) {
        return new CsvNoteImport(options, Clock.systemUTC(), null);
    }

    /** The same import with another clock for the provenance time (tests and reproducible runs fix it). */
    public CsvNoteImport withClock(Clock newClock) {
        return new CsvNoteImport(options, newClock, guide);
    }

    /**
     * The same import of notes that answered {@code newGuide}'s questions: the set carries the guide, and a row
     * whose question id is not one of the guide's is a bad row (strict: the import stops naming its line;
     * lenient: it is listed and left out). {@code null} imports without a guide.
     */
    public CsvNoteImport withGuide(ConversationGuide newGuide) {
        return new CsvNoteImport(options, clock, newGuide);
    }

    /** The guide the notes answered, or {@code null}. */
    public ConversationGuide guide() {
        return guide;
    }

    public CsvImportOptions options() {
        return options;
    }

    /** Opens a file for streaming; close the stream when done. */
    public CsvNoteStream open(Path file) {
        return open(openFile(file), file.toString());
    }

    /**
     * Opens a stream of UTF-8 CSV bytes; the returned stream closes {@code in}.
     *
     * @param source a name for messages (the file name)
     */
    public CsvNoteStream open(InputStream in, String source) {
        return new CsvNoteStream(in, source, options);
    }

    /** Imports a whole file into a conversation set. */
    public ImportResult importFile(Path file) {
        String name = file.getFileName() == null ? null : file.getFileName().toString();
        return importFrom(openFile(file), file.toString(), name);
    }

    /** Imports UTF-8 CSV bytes into a conversation set; {@code in} is closed. */
    public ImportResult importFrom(InputStream in, String source) {
        return importFrom(in, source, source);
    }

    private ImportResult importFrom(InputStream in, String source, String fileName) {
        List<Note> notes = new ArrayList<>();
        Map<String, Long> noteLines = new HashMap<>();
        Map<String, Map<String, String>> participants = new LinkedHashMap<>();
        Map<String, Set<String>> conversations = new LinkedHashMap<>();
        String sha256;
        ImportReport report;
        Map<String, String> titles;
        try (CsvNoteStream stream = open(in, source)) {
            while (stream.hasNext()) {
                Note note = stream.next();
                Long before = noteLines.putIfAbsent(note.id(), stream.line());
                if (before != null) {
                    stream.rejectLast(new ImportProblem(source, stream.line(),
                            options.noteIdColumn() == null ? "id" : options.noteIdColumn(), note.id(),
                            "repeats the note id of line " + before));
                    continue;
                }
                if (guide != null && note.questionId() != null && !questionIds.contains(note.questionId())) {
                    stream.rejectLast(new ImportProblem(source, stream.line(),
                            options.questionColumn() == null ? "question" : options.questionColumn(),
                            note.questionId(), "names no question of the guide " + guide.id() + " (its questions: "
                            + guideIds() + ")"));
                    continue;
                }
                notes.add(note);
                Set<String> people = conversations.computeIfAbsent(note.conversationId(), k -> new HashSet<>());
                if (note.participantId() != null) {
                    people.add(note.participantId());
                    Map<String, String> segments = participants.computeIfAbsent(note.participantId(),
                            k -> new LinkedHashMap<>());
                    // The first row that gives a participant's segment wins; later rows only add segments.
                    stream.segments().forEach(segments::putIfAbsent);
                }
            }
            sha256 = stream.sha256();
            report = stream.report();
            titles = stream.conversationTitles();
        }
        List<Conversation> conversationList = new ArrayList<>(conversations.size());
        conversations.forEach((id, people) -> conversationList.add(new Conversation(id, titles.get(id), null, null,
                options.conversationFormat(), null, null, people.size(), Consent.anonymousQuotes(), null)));
        List<Participant> participantList = new ArrayList<>(participants.size());
        participants.forEach((id, segments) -> participantList.add(new Participant(id, segments, null, null)));
        String setId = options.setId() != null ? options.setId() : idFromFileName(fileName);
        Map<String, String> properties = options.toProperties();
        if (guide != null) {
            // The guide decides which rows are kept, so a replay needs to know which one it was.
            properties = new java.util.TreeMap<>(properties);
            properties.put("ltc.import.csv.guide", guide.id());
        }
        Provenance provenance = Provenance.of(ALGORITHM_ID, ALGORITHM_VERSION, properties, 0L,
                sha256, clock.instant());
        ConversationSet set = new ConversationSet(setId, null, guide, conversationList, participantList, notes,
                List.of(), null, provenance);
        return new ImportResult(set, report);
    }

    private String guideIds() {
        List<String> ids = guide.questions().stream().map(q -> q.id()).toList();
        return ids.size() <= 12 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 12)) + ", ...";
    }

    /** An id from a file name: {@code "Main Branch notes.csv"} becomes {@code "Main-Branch-notes"}. */
    static String idFromFileName(String fileName) {
        if (fileName == null) {
            return "imported";
        }
        String base = fileName.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < base.length() && sb.length() < 128; i++) {
            char c = base.charAt(i);
            boolean ok = c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == ':' || c == '-');
            if (sb.length() == 0 && !(c < 128 && Character.isLetterOrDigit(c))) {
                continue;
            }
            sb.append(ok ? c : '-');
        }
        return sb.length() == 0 ? "imported" : sb.toString();
    }

    static InputStream openFile(Path file) {
        return InputFiles.open(file);
    }
}
