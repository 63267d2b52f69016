package org.ltc.model.conversation;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;
import org.ltc.model.community.Community;
import org.ltc.model.provenance.Provenance;
import org.ltc.model.provenance.RedactionSummary;

/**
 * Everything a community said in one round of listening: the conversations, who took part, the notes and
 * any votes. This is the input document of theming and the first of the SDK's top-level JSON documents.
 *
 * <p>The constructor checks that every reference resolves: each note names a known conversation (and a
 * known participant and question, when it names one), each vote a known participant and note, and no id
 * repeats. A reader that meets a broken reference reports its JSON pointer.
 *
 * @param id            stable identifier
 * @param community     the community, or {@code null}
 * @param guide         the conversation guide that was used, or {@code null}
 * @param conversations the conversations
 * @param participants  the participants known by pseudonym
 * @param notes         the notes, in a stable order
 * @param votes         votes on notes (Polis), possibly empty
 * @param redaction     what privacy redaction removed, or {@code null} when the text was not redacted
 * @param provenance    how this set was made (which import, from which file), or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConversationSet(
        @NotBlank String id,
        @Valid Community community,
        @Valid ConversationGuide guide,
        @NotNull @Valid List<Conversation> conversations,
        @NotNull @Valid List<Participant> participants,
        @NotNull @Valid List<Note> notes,
        @NotNull @Valid List<Vote> votes,
        @Valid RedactionSummary redaction,
        @Valid Provenance provenance) {

    public ConversationSet {
        Checks.id("id", id);
        conversations = Checks.list("conversations", conversations);
        participants = Checks.list("participants", participants);
        notes = Checks.list("notes", notes);
        votes = Checks.list("votes", votes);
        Checks.uniqueIds("conversations", conversations, Conversation::id);
        Checks.uniqueIds("participants", participants, Participant::id);
        Checks.uniqueIds("notes", notes, Note::id);
        Set<String> conversationIds = new HashSet<>();
        conversations.forEach(c -> conversationIds.add(c.id()));
        Set<String> participantIds = new HashSet<>();
        participants.forEach(p -> participantIds.add(p.id()));
        Set<String> questionIds = new HashSet<>();
        if (guide != null) {
            guide.questions().forEach(q -> questionIds.add(q.id()));
        }
        Set<String> noteIds = new HashSet<>(notes.size() * 2);
        for (int i = 0; i < notes.size(); i++) {
            Note n = notes.get(i);
            noteIds.add(n.id());
            if (!conversationIds.contains(n.conversationId())) {
                throw new InvalidInputException(null, "/notes/" + i, "conversationId", n.conversationId(),
                        "names no conversation in /conversations");
            }
            if (n.participantId() != null && !participantIds.contains(n.participantId())) {
                throw new InvalidInputException(null, "/notes/" + i, "participantId", n.participantId(),
                        "names no participant in /participants");
            }
            if (n.questionId() != null && guide != null && !questionIds.contains(n.questionId())) {
                throw new InvalidInputException(null, "/notes/" + i, "questionId", n.questionId(),
                        "names no question in /guide/questions");
            }
        }
        Set<Long> seenVotes = new HashSet<>(Math.max(16, votes.size() * 2));
        Map<String, Integer> participantIndex = new HashMap<>();
        Map<String, Integer> noteIndex = new HashMap<>();
        for (int i = 0; i < votes.size(); i++) {
            Vote v = votes.get(i);
            if (!participantIds.contains(v.participantId())) {
                throw new InvalidInputException(null, "/votes/" + i, "participantId", v.participantId(),
                        "names no participant in /participants");
            }
            if (!noteIds.contains(v.noteId())) {
                throw new InvalidInputException(null, "/votes/" + i, "noteId", v.noteId(),
                        "names no note in /notes");
            }
            long key = ((long) participantIndex.computeIfAbsent(v.participantId(), k -> participantIndex.size()) << 32)
                    | noteIndex.computeIfAbsent(v.noteId(), k -> noteIndex.size());
            // Long.hashCode folds the two halves (participant ^ note), so a set of small index pairs fell into a
            // few buckets and every vote became a tree insertion: half a Bowling Green run's CPU in this loop.
            // Multiplying by an odd constant is a bijection on longs (same duplicates) that spreads the hash.
            if (!seenVotes.add(key * 0x9E3779B97F4A7C15L)) {
                throw new InvalidInputException(null, "/votes/" + i, "noteId", v.noteId(),
                        "is a second vote by participant " + v.participantId() + " on the same note");
            }
        }
    }

    /** A set of notes and the conversations they name, with nothing else known. */
    public static ConversationSet of(String id, List<Conversation> conversations, List<Note> notes) {
        return new ConversationSet(id, null, null, conversations, List.of(), notes, List.of(), null, null);
    }

    /** The same set with other notes and a redaction summary (used by privacy redaction). */
    public ConversationSet withNotes(List<Note> newNotes, RedactionSummary newRedaction) {
        return new ConversationSet(id, community, guide, conversations, participants, newNotes, votes, newRedaction,
                provenance);
    }

    /** The same set with the conversation guide its notes answered (each note's question id must be one of it). */
    public ConversationSet withGuide(ConversationGuide newGuide) {
        return toBuilder().guide(newGuide).build();
    }

    /** The same set about the given community. */
    public ConversationSet withCommunity(Community newCommunity) {
        return toBuilder().community(newCommunity).build();
    }

    /** The same set with other conversations (every note must still name one of them). */
    public ConversationSet withConversations(List<Conversation> newConversations) {
        return toBuilder().conversations(newConversations).build();
    }

    /** A builder with nothing set: give at least an id (lists default to empty). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this set's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder().id(id).community(community).guide(guide).conversations(conversations)
                .participants(participants).notes(notes).votes(votes).redaction(redaction).provenance(provenance);
    }

    /**
     * Builds a {@link ConversationSet}, checked as a whole by {@link #build()} (every reference resolves). Not
     * thread-safe; the set it builds is immutable.
     */
    public static final class Builder {
        private String id;
        private Community community;
        private ConversationGuide guide;
        private List<Conversation> conversations = List.of();
        private List<Participant> participants = List.of();
        private List<Note> notes = List.of();
        private List<Vote> votes = List.of();
        private RedactionSummary redaction;
        private Provenance provenance;

        private Builder() {
        }

        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** The community, or {@code null}. */
        public Builder community(Community value) {
            this.community = value;
            return this;
        }

        /** The guide, or {@code null}. */
        public Builder guide(ConversationGuide value) {
            this.guide = value;
            return this;
        }

        public Builder conversations(List<Conversation> value) {
            this.conversations = value;
            return this;
        }

        public Builder participants(List<Participant> value) {
            this.participants = value;
            return this;
        }

        public Builder notes(List<Note> value) {
            this.notes = value;
            return this;
        }

        public Builder votes(List<Vote> value) {
            this.votes = value;
            return this;
        }

        /** What redaction removed, or {@code null} when the text was not redacted. */
        public Builder redaction(RedactionSummary value) {
            this.redaction = value;
            return this;
        }

        /** How the set was made, or {@code null}. */
        public Builder provenance(Provenance value) {
            this.provenance = value;
            return this;
        }

        /** The set; an {@link InvalidInputException} names the first broken reference. */
        public ConversationSet build() {
            return new ConversationSet(id, community, guide, conversations, participants, notes, votes, redaction,
                    provenance);
        }
    }

    /** The same set with the given provenance. */
    public ConversationSet withProvenance(Provenance newProvenance) {
        return new ConversationSet(id, community, guide, conversations, participants, notes, votes, redaction,
                newProvenance);
    }
}
