package org.ltc.model.testdata;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ltc.model.conversation.Conversation;
import org.ltc.model.conversation.ConversationFormat;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Moderation;
import org.ltc.model.conversation.Note;
import org.ltc.model.conversation.Participant;
import org.ltc.model.conversation.Vote;
import org.ltc.model.conversation.VoteValue;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The Bowling Green / Warren County Polis conversation (2018, CC BY 4.0, The Computational Democracy Project)
 * read into a {@link ConversationSet} for tests. A plain reader written for tests only: the SDK's Polis import
 * lives in {@code org.ltc.model.io}. Data is read in place from {@code shared/data}, never copied.
 */
public final class BowlingGreen {
    private BowlingGreen() {
    }

    /** The {@code shared/data/polis-bowling-green} folder, found by walking up from the working directory. */
    public static Optional<Path> folder() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared/data/polis-bowling-green");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }

    /** Every statement (with its moderation), every participant with an opinion group, every vote. */
    public static ConversationSet read(Path folder) {
        CsvMapper csv = new CsvMapper();
        CsvSchema header = CsvSchema.emptySchema().withHeader();
        List<Note> notes = new ArrayList<>();
        Map<String, Participant> participants = new LinkedHashMap<>();
        List<Vote> votes = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(folder.resolve("participants-votes.csv"), StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> rows = csv.readerForMapOf(String.class).with(header).readValues(r)) {
            List<Map<String, String>> all = rows.readAll();
            Set<String> commentIds = new HashSet<>();
            try (Reader cr = Files.newBufferedReader(folder.resolve("comments.csv"), StandardCharsets.UTF_8);
                 MappingIterator<Map<String, String>> comments = csv.readerForMapOf(String.class).with(header)
                         .readValues(cr)) {
                for (Map<String, String> c : comments.readAll()) {
                    String author = "p" + c.get("author-id");
                    participants.putIfAbsent(author, Participant.of(author));
                    int moderated = Integer.parseInt(c.get("moderated"));
                    Moderation m = moderated > 0 ? Moderation.ACCEPTED : moderated < 0 ? Moderation.REJECTED
                            : Moderation.UNMODERATED;
                    commentIds.add(c.get("comment-id"));
                    notes.add(new Note("s" + c.get("comment-id"), "bg-2018", null, author, c.get("comment-body"),
                            Integer.parseInt(c.get("agrees")), Integer.parseInt(c.get("disagrees")), 0, List.of(),
                            m, Instant.ofEpochMilli(Long.parseLong(c.get("timestamp"))), "en"));
                }
            }
            for (Map<String, String> row : all) {
                String pid = "p" + row.get("participant");
                String group = row.get("group-id");
                participants.put(pid, new Participant(pid, Map.of(), group == null || group.isBlank() ? null
                        : "group-" + group, null));
                for (String cid : commentIds) {
                    String v = row.get(cid);
                    if (v != null && !v.isBlank()) {
                        votes.add(new Vote(pid, "s" + cid, VoteValue.fromPolis((int) Double.parseDouble(v))));
                    }
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        votes.sort(java.util.Comparator.comparing(Vote::participantId).thenComparing(Vote::noteId));
        Conversation conversation = Conversation.of("bg-2018", ConversationFormat.POLIS);
        return new ConversationSet("polis-bowling-green-2018", null, null, List.of(conversation),
                List.copyOf(participants.values()), notes, votes, null, null);
    }
}
