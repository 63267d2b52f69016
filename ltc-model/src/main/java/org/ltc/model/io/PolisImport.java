package org.ltc.model.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.HashSet;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;
import org.ltc.model.conversation.Consent;
import org.ltc.model.conversation.Conversation;
import org.ltc.model.conversation.ConversationFormat;
import org.ltc.model.conversation.ConversationGuide;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Moderation;
import org.ltc.model.conversation.Note;
import org.ltc.model.conversation.Participant;
import org.ltc.model.conversation.Question;
import org.ltc.model.conversation.Vote;
import org.ltc.model.conversation.VoteValue;
import org.ltc.model.provenance.Hashing;
import org.ltc.model.provenance.Provenance;

/**
 * Imports a Polis open-data export folder (as published by The Computational Democracy Project) into one
 * {@link ConversationSet}.
 *
 * <ul>
 *   <li>{@code comments.csv} ({@code timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,
 *       comment-body}): each statement becomes a {@link Note} {@code c<comment-id>} by participant
 *       {@code p<author-id>}, with its agree and disagree counts, its time, and its moderation
 *       ({@code 1} accepted, {@code -1} rejected, {@code 0} not moderated); a statement a newer export marks
 *       {@code is-meta} is tagged {@link Note#META_TAG}. Rejected statements are kept and
 *       marked {@link Moderation#REJECTED}, never dropped: what a moderator hid is still what someone said.</li>
 *   <li>{@code participants-votes.csv} ({@code participant,group-id,n-comments,n-votes,n-agree,n-disagree},
 *       then one column per comment id): each row becomes a {@link Participant} {@code p<participant>} whose
 *       opinion group is its {@code opinionGroup} and the segment {@code polis-group}; each non-empty cell a
 *       {@link Vote} ({@code 1} agree, {@code -1} disagree, {@code 0} pass).</li>
 *   <li>{@code summary.csv} (optional, {@code key,value}): the topic and the prompt become the conversation's
 *       title and the guide's one question; the guide's {@code source} carries the licence and
 *       attribution.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class PolisImport {
    /** The algorithm id in the provenance of an imported set. */
    public static final String ALGORITHM_ID = "ltc-import-polis";
    /** The version of the import rules. */
    public static final String ALGORITHM_VERSION = "1";
    /** The id of the guide question that holds the Polis prompt. */
    public static final String PROMPT_QUESTION_ID = "prompt";

    private static final List<String> COMMENT_COLUMNS = List.of("comment-id", "author-id", "agrees", "disagrees",
            "moderated", "comment-body");
    private static final int VOTES_FIRST_COLUMN_AFTER = 6;

    private final PolisImportOptions options;
    private final Clock clock;

    private PolisImport(PolisImportOptions options, Clock clock) {
        this.options = Objects.requireNonNull(options, "options");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public static PolisImport of(PolisImportOptions options) {
        return new PolisImport(options, Clock.systemUTC());
    }

    /** The same import with another clock for the provenance time. */
    public PolisImport withClock(Clock newClock) {
        return new PolisImport(options, newClock);
    }

    public PolisImportOptions options() {
        return options;
    }

    /** Imports a Polis export folder with the default options (strict). */
    public static ImportResult importDirectory(Path dir) {
        return of(PolisImportOptions.defaults()).read(dir);
    }

    /** Imports a Polis export folder. */
    public ImportResult read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException(dir.toString(), null, null, null,
                    "is not a folder (a Polis export folder holds comments.csv and participants-votes.csv)");
        }
        Path commentsFile = dir.resolve("comments.csv");
        Path votesFile = dir.resolve("participants-votes.csv");
        for (Path f : List.of(commentsFile, votesFile)) {
            if (!Files.isRegularFile(f)) {
                throw new InvalidInputException(f.toString(), null, null, null,
                        "is missing: a Polis export folder holds comments.csv and participants-votes.csv");
            }
        }
        MessageDigest digest = Hashing.digest();
        Problems problems = new Problems(options.lenient());
        Map<String, String> summary = readSummary(dir.resolve("summary.csv"), digest);

        String conversationId = conversationId(summary, dir);
        String setId = options.setId() != null ? options.setId() : conversationId;
        String topic = Checks.optional(summary.get("topic"));
        String prompt = Checks.optional(summary.get("conversation-description"));

        // Statements.
        List<Note> notes = new ArrayList<>();
        // Every comment id in comments.csv, imported or rejected: a vote column naming none of them is an error.
        Set<String> knownComments = new HashSet<>();
        Map<String, Participant> participants = new LinkedHashMap<>();
        long commentRows = 0;
        Instant earliest = null;
        try (Table t = new Table(commentsFile, digest)) {
            int[] col = t.columns(COMMENT_COLUMNS);
            int timestamp = t.optionalColumn("timestamp");
            // newer exports mark meta statements ("I have lived here all my life"); older ones have no column
            int meta = t.optionalColumn("is-meta");
            Set<String> ids = new HashSet<>();
            while (t.next(problems)) {
                commentRows++;
                try {
                    String commentId = t.number(col[0], false);
                    knownComments.add(commentId);
                    String author = t.number(col[1], false);
                    String text = t.value(col[5]).strip();
                    if (text.isEmpty()) {
                        throw t.bad(col[5], "must not be blank");
                    }
                    Instant at = timestamp < 0 || t.value(timestamp).isBlank() ? null
                            : Instant.ofEpochMilli(Long.parseLong(t.number(timestamp, false)));
                    Moderation moderation = switch (t.value(col[4]).strip()) {
                        case "1" -> Moderation.ACCEPTED;
                        case "-1" -> Moderation.REJECTED;
                        case "0", "" -> Moderation.UNMODERATED;
                        default -> throw t.bad(col[4], "must be 1 (accepted), -1 (rejected) or 0");
                    };
                    String noteId = "c" + commentId;
                    if (!ids.add(noteId)) {
                        throw t.bad(col[0], "repeats a comment id");
                    }
                    Note note = new Note(noteId, conversationId, prompt == null ? null : PROMPT_QUESTION_ID,
                            "p" + author, text, t.count(col[2]), t.count(col[3]), 0,
                            meta >= 0 && isTrue(t.value(meta)) ? List.of(Note.META_TAG) : List.of(), moderation,
                            at, null);
                    notes.add(note);
                    participants.putIfAbsent(note.participantId(), null);
                    if (at != null && (earliest == null || at.isBefore(earliest))) {
                        earliest = at;
                    }
                } catch (InvalidInputException e) {
                    problems.add(t.problem(e));
                }
            }
        }
        Set<String> noteIds = new HashSet<>();
        notes.forEach(n -> noteIds.add(n.id()));

        // Participants, opinion groups and votes.
        List<Vote> votes = new ArrayList<>();
        long participantRows = 0;
        try (Table t = new Table(votesFile, digest)) {
            int[] col = t.columns(List.of("participant", "group-id"));
            List<Integer> voteColumns = new ArrayList<>();
            // Vote columns naming a comment id that comments.csv does not hold, and how many votes each holds.
            Map<Integer, Long> unknownColumns = new java.util.TreeMap<>();
            List<String> voteNotes = new ArrayList<>();
            Set<String> seenColumns = new HashSet<>();
            for (int i = VOTES_FIRST_COLUMN_AFTER; i < t.header.length; i++) {
                String h = t.header[i];
                if (!h.chars().allMatch(Character::isDigit) || h.isEmpty()) {
                    continue;
                }
                if (!seenColumns.add(h)) {
                    throw new InvalidInputException(votesFile.toString(), "line 1", h, h,
                            "repeats a comment id in the header");
                }
                if (!knownComments.contains(h)) {
                    // Its votes are never dropped in silence: strict stops at the first, lenient lists the column.
                    unknownColumns.put(i, 0L);
                    continue;
                }
                voteColumns.add(i);
                voteNotes.add("c" + h);
            }
            Set<String> rowIds = new HashSet<>();
            List<Vote> rowVotes = new ArrayList<>();
            while (t.next(problems)) {
                participantRows++;
                try {
                    String id = "p" + t.number(col[0], false);
                    if (!rowIds.add(id)) {
                        throw t.bad(col[0], "repeats a participant id");
                    }
                    // Polis numbers its opinion groups 0, 1, 2...: "abc" or "1.5" is damage, not a new group.
                    String group = t.number(col[1], true);
                    group = group == null ? "" : group;
                    rowVotes.clear();
                    if (options.includeVotes()) {
                        for (Map.Entry<Integer, Long> u : unknownColumns.entrySet()) {
                            int c = u.getKey();
                            if (c < t.count() && !t.value(c).isBlank()) {
                                if (!problems.lenient) {
                                    throw t.bad(c, "is a vote for comment id " + t.header[c]
                                            + ", an unknown comment id (not in comments.csv)");
                                }
                                u.setValue(u.getValue() + 1);
                            }
                        }
                        for (int j = 0; j < voteColumns.size(); j++) {
                            int c = voteColumns.get(j);
                            String v = c < t.count() ? t.value(c).strip() : "";
                            if (v.isEmpty()) {
                                continue;
                            }
                            VoteValue value = switch (v) {
                                case "1" -> VoteValue.AGREE;
                                case "-1" -> VoteValue.DISAGREE;
                                case "0" -> VoteValue.PASS;
                                default -> throw t.bad(c, "must be 1 (agree), -1 (disagree), 0 (pass) or empty");
                            };
                            // A vote on a statement that was not imported (rejected as a bad row) goes with it.
                            if (noteIds.contains(voteNotes.get(j))) {
                                rowVotes.add(new Vote(id, voteNotes.get(j), value));
                            }
                        }
                    }
                    votes.addAll(rowVotes);
                    participants.put(id, new Participant(id,
                            group.isEmpty() ? Map.of() : Map.of(options.groupSegment(), group),
                            group.isEmpty() ? null : group, null));
                } catch (InvalidInputException e) {
                    problems.add(t.problem(e));
                }
            }
            for (Map.Entry<Integer, Long> u : unknownColumns.entrySet()) {
                if (u.getValue() > 0) {
                    problems.list(new ImportProblem(votesFile.toString(), 1, t.header[u.getKey()], t.header[u.getKey()],
                            u.getValue() + " votes for comment id " + t.header[u.getKey()] + ", an unknown comment id "
                                    + "(not in comments.csv), were not imported"));
                }
            }
        }
        List<Participant> participantList = new ArrayList<>(participants.size());
        // Authors missing from the votes file are still participants (pseudonymous, nothing else known).
        participants.forEach((id, p) -> participantList.add(p != null ? p : Participant.of(id)));

        ConversationGuide guide = null;
        if (prompt != null) {
            guide = new ConversationGuide(conversationId + "-guide", topic != null ? topic : "Polis conversation",
                    sourceLine(summary), List.of(new Question(PROMPT_QUESTION_ID, prompt, null)));
        }
        Conversation conversation = new Conversation(conversationId, topic, Checks.optional(summary.get("url")),
                earliest == null ? null : LocalDate.ofInstant(earliest, ZoneOffset.UTC), ConversationFormat.POLIS,
                null, null, participantList.size(), Consent.anonymousQuotes(), guide == null ? null : guide.id());
        Map<String, String> properties = new LinkedHashMap<>(options.toProperties());
        if (summary.get("url") != null) {
            properties.put("ltc.import.polis.url", summary.get("url"));
        }
        Provenance provenance = Provenance.of(ALGORITHM_ID, ALGORITHM_VERSION, properties, 0L,
                Hashing.hex(digest.digest()), clock.instant());
        ConversationSet set = new ConversationSet(setId, null, guide, List.of(conversation), participantList, notes,
                votes, null, provenance);
        ImportReport report = new ImportReport(dir.toString(), commentRows + participantRows, notes.size(),
                problems.rejected, problems.list, 0);
        return new ImportResult(set, report);
    }

    private String sourceLine(Map<String, String> summary) {
        StringBuilder sb = new StringBuilder("Polis");
        if (summary.get("url") != null) {
            sb.append(", ").append(summary.get("url"));
        }
        if (options.licence() != null) {
            sb.append(". Licence: ").append(options.licence());
        }
        sb.append('.');
        if (options.attribution() != null) {
            sb.append(' ').append(options.attribution());
        }
        return sb.toString();
    }

    private static String conversationId(Map<String, String> summary, Path dir) {
        String url = summary.get("url");
        if (url != null) {
            String code = url.replaceFirst("^.*/", "").strip();
            if (Checks.isId("polis-" + code)) {
                return "polis-" + code;
            }
        }
        Path name = dir.toAbsolutePath().normalize().getFileName();
        String fromDir = CsvNoteImport.idFromFileName(name == null ? null : name + ".dir");
        return fromDir.startsWith("polis") ? fromDir : "polis-" + fromDir;
    }

    private Map<String, String> readSummary(Path file, MessageDigest digest) {
        Map<String, String> summary = new HashMap<>();
        if (!Files.isRegularFile(file) || isEmpty(file)) {
            return summary;
        }
        // key,value rows with no header: the first row is a pair too, and rows of other lengths are not damaged
        try (Table t = new Table(file, digest)) {
            if (t.header.length >= 2) {
                summary.putIfAbsent(t.header[0], t.header[1].strip());
            }
            for (CsvRow r = t.nextAsIs(); r != null; r = t.nextAsIs()) {
                if (r.defect() != null && r.size() == t.header.length) {
                    r.requireIntact(); // damaged in itself (quoting, length, bytes), not only in its width
                }
                if (r.size() >= 2) {
                    summary.putIfAbsent(r.text(0), r.text(1));
                }
            }
        }
        return summary;
    }

    /** Rejected rows: strict mode throws the first, lenient mode lists them. */
    private static final class Problems {
        final boolean lenient;
        final List<ImportProblem> list = new ArrayList<>();
        long rejected;

        Problems(boolean lenient) {
            this.lenient = lenient;
        }

        void add(ImportProblem p) {
            if (!lenient) {
                throw p.toException();
            }
            rejected++;
            list(p);
        }

        /** Lists a problem that rejects no row (lenient only). */
        void list(ImportProblem p) {
            if (list.size() < CsvImportOptions.DEFAULT_MAX_PROBLEMS_LISTED) {
                list.add(p);
            }
        }
    }

    /**
     * One CSV file of the export, read a row at a time by the one {@link CsvReader} (its dialect, limits and
     * line-true encoding errors), its columns found by header name (the first of a repeated name).
     */
    private final class Table implements AutoCloseable {
        final String source;
        final CsvReader csv;
        final String[] header;
        private final Map<String, Integer> index = new HashMap<>();
        private CsvRow row;

        Table(Path file, MessageDigest digest) {
            this.source = file.toString();
            // Every file's bytes go into the one digest of the export, as well as the reader's own.
            this.csv = CsvReader.open(new DigestInputStream(CsvNoteImport.openFile(file), digest), source,
                    new CsvFormat(',', CsvFormat.DEFAULT_ENCODING, options.maxFieldChars(), options.maxColumns(),
                            options.maxRows()), "ltc.import.polis.");
            header = csv.header().toArray(String[]::new);
            for (int i = 0; i < header.length; i++) {
                index.putIfAbsent(header[i], i);
            }
        }

        int[] columns(List<String> names) {
            int[] cols = new int[names.size()];
            for (int i = 0; i < cols.length; i++) {
                Integer c = index.get(names.get(i));
                if (c == null) {
                    close();
                    throw new InvalidInputException(source, "line " + csv.headerLine(), names.get(i), null,
                            "is not a column of the header row; the columns are "
                                    + List.of(header).subList(0, Math.min(header.length, 12))
                                    + (header.length > 12 ? "..." : ""));
                }
                cols[i] = c;
            }
            return cols;
        }

        int optionalColumn(String name) {
            return index.getOrDefault(name, -1);
        }

        /** The next intact row; damaged rows are handed to {@code problems} and skipped. */
        boolean next(Problems problems) {
            for (row = csv.next(); row != null; row = csv.next()) {
                if (row.defect() == null) {
                    return true;
                }
                problems.add(row.defect());
            }
            return false;
        }

        /** The next row as it is, damaged or not ({@code null} at the end). */
        CsvRow nextAsIs() {
            row = csv.next();
            return row;
        }

        int count() {
            return row.size();
        }

        String value(int column) {
            return row.get(column);
        }

        InvalidInputException bad(int column, String problem) {
            return new InvalidInputException(source, null, header[column], row.get(column), problem);
        }

        /** A whole number that is zero or more, as text (ids stay text: Polis ids are numbers). */
        String number(int column, boolean optional) {
            String v = value(column).strip();
            if (v.isEmpty() && optional) {
                return null;
            }
            if (v.isEmpty() || v.length() > 18 || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw bad(column, "must be a whole number, zero or more");
            }
            return v;
        }

        int count(int column) {
            String v = number(column, true);
            if (v == null) {
                return 0;
            }
            long n = Long.parseLong(v);
            if (n > Integer.MAX_VALUE) {
                throw bad(column, "is too large");
            }
            return (int) n;
        }

        ImportProblem problem(InvalidInputException e) {
            return new ImportProblem(source, row.line(), e.field(), e.rejectedValue(), e.problem());
        }

        @Override
        public void close() {
            csv.close();
        }
    }

    private static boolean isEmpty(Path file) {
        try {
            return Files.size(file) == 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Polis writes booleans as {@code 1}/{@code 0} or {@code true}/{@code false}. */
    private static boolean isTrue(String value) {
        String v = value.strip();
        return v.equals("1") || v.equalsIgnoreCase("true");
    }
}
