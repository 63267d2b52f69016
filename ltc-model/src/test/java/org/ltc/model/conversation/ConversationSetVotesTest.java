package org.ltc.model.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ltc.model.InvalidInputException;

/**
 * The check that no one votes twice on a note: every distinct (participant, note) pair passes, including the
 * grids of small indexes whose packed keys used to share a few hash buckets, and a repeated pair is named.
 */
class ConversationSetVotesTest {
    private static ConversationSet set(int people, int notes, List<Vote> votes) {
        List<Participant> ps = new ArrayList<>();
        for (int p = 0; p < people; p++) {
            ps.add(Participant.of("p" + p));
        }
        List<Note> ns = new ArrayList<>();
        for (int n = 0; n < notes; n++) {
            ns.add(Note.of("n" + n, "c1", "note " + n));
        }
        return ConversationSet.builder().id("s").conversations(List.of(Conversation.of("c1",
                ConversationFormat.OTHER))).participants(ps).notes(ns).votes(votes).build();
    }

    @Test
    void everyDistinctPairOfAGridPassesAndTheSetKeepsThem() {
        List<Vote> votes = new ArrayList<>();
        for (int p = 0; p < 120; p++) {
            for (int n = 0; n < 90; n++) {
                votes.add(new Vote("p" + p, "n" + n, (p + n) % 2 == 0 ? VoteValue.AGREE : VoteValue.DISAGREE));
            }
        }
        assertEquals(120 * 90, set(120, 90, votes).votes().size());
    }

    @Test
    void aSecondVoteOnTheSameNoteIsNamedWithItsPlace() {
        List<Vote> votes = new ArrayList<>();
        for (int p = 0; p < 40; p++) {
            for (int n = 0; n < 40; n++) {
                votes.add(new Vote("p" + p, "n" + n, VoteValue.AGREE));
            }
        }
        votes.add(new Vote("p17", "n3", VoteValue.DISAGREE));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> set(40, 40, votes));
        assertTrue(e.getMessage().contains("/votes/1600"), e.getMessage());
        assertTrue(e.getMessage().contains("second vote by participant p17"), e.getMessage());
    }
}
