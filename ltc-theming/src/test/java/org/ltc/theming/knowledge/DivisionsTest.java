package org.ltc.theming.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
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
import org.ltc.model.knowledge.NoteRef;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.knowledge.StatementVote;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeCategory;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.provenance.Provenance;

/**
 * Common ground and division per statement, their reasons when they cannot be judged, categories from the
 * conversation, and the story.
 */
class DivisionsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T12:00:00Z"), ZoneOffset.UTC);
    private static final PublicKnowledgeBuilder BUILDER = new PublicKnowledgeBuilder(
            PublicKnowledgeOptions.builder().clock(CLOCK).build());

    /** Two groups of 8; s1 every one agrees, s2 group A agrees and B disagrees, s3 all pass. */
    private static ConversationSet twoGroups(boolean votes, boolean grouped, boolean oneGroup) {
        List<Participant> people = new ArrayList<>();
        List<Vote> v = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String g = !grouped ? null : oneGroup || i < 8 ? "A" : "B";
            people.add(new Participant("p" + i, Map.of(), g, null));
            if (votes) {
                v.add(new Vote("p" + i, "s1", VoteValue.AGREE));
                v.add(new Vote("p" + i, "s2", i < 8 ? VoteValue.AGREE : VoteValue.DISAGREE));
                v.add(new Vote("p" + i, "s3", VoteValue.PASS));
            }
        }
        ConversationGuide guide = new ConversationGuide("g", "Guide", null, List.of(
                new Question("q", "What do you believe should change in our town?", null)));
        List<Note> notes = List.of(note("s1", "Fix the potholes on Elm Road"), note("s2", "Build a new stadium downtown"),
                note("s3", "I have lived here for thirty years"), note("s4", "I am a parent of two"),
                note("s5", "I am retired and live near the river"));
        return new ConversationSet("t", null, guide, List.of(Conversation.of("c1", ConversationFormat.POLIS)), people,
                notes, v, null, null);
    }

    private static Note note(String id, String text) {
        return new Note(id, "c1", "q", null, text, 0, 0, 0, List.of(), Moderation.ACCEPTED, null, "en");
    }

    private static ThemeSet themes(Theme... themes) {
        return new ThemeSet("t", List.of(themes), List.of(), Provenance.of("test", "1", Map.of(), 3, "c".repeat(64),
                Instant.EPOCH));
    }

    private static Theme theme(String id, String label, String... notes) {
        return Theme.of(id, label, ThemeCategory.UNCATEGORISED, List.of(),
                java.util.Arrays.stream(notes).map(NoteRef::of).toList());
    }

    @Test
    void aStatementGroupsAgreeOnIsCommonGroundAndOneTheyDivideOnIsDividing() {
        PublicKnowledge pk = BUILDER.build(themes(theme("town", "Town", "s1", "s2", "s3")), twoGroups(true, true,
                false));
        Theme t = pk.themes().get(0);
        assertEquals(List.of("s1"), t.commonGround().stream().map(StatementVote::noteId).toList());
        assertEquals(List.of("s2"), t.dividing().stream().map(StatementVote::noteId).toList());
        StatementVote s2 = t.dividing().get(0);
        assertEquals(2, s2.groups().size(), "every group's rate and size");
        assertEquals(9.0 / 10, s2.groups().get(0).agreeRate(), 1e-4, "A: (8 + 1) / (8 + 2)");
        assertEquals(1.0 / 10, s2.groups().get(1).agreeRate(), 1e-4, "B: (0 + 1) / (8 + 2)");
        assertEquals(8, s2.groups().get(1).voters());
        assertEquals(0.8, s2.spread(), 1e-4);
        assertTrue(t.divides());
        // consensus over statements: s1 0.9 * 0.9, s2 0.9 * 0.1, s3 0.1 * 0.1 -> mean
        assertEquals((0.81 + 0.09 + 0.01) / 3, t.consensus(), 1e-4);
        assertNull(pk.opinionGroups().unavailable());
        assertEquals(Map.of("A", 8, "B", 8), pk.opinionGroups().sizes());
    }

    @Test
    void withoutVotesOneGroupOrNoGroupTheListsAreEmptyAndSayWhy() {
        Theme t = theme("town", "Town", "s1", "s2");
        PublicKnowledge none = BUILDER.build(themes(t), twoGroups(false, true, false));
        assertTrue(none.opinionGroups().unavailable().contains("no votes"), none.opinionGroups().unavailable());
        PublicKnowledge one = BUILDER.build(themes(t), twoGroups(true, true, true));
        assertTrue(one.opinionGroups().unavailable().contains("single opinion group"),
                one.opinionGroups().unavailable());
        PublicKnowledge ungrouped = BUILDER.build(themes(t), twoGroups(true, false, false));
        assertTrue(ungrouped.opinionGroups().unavailable().contains("no one who voted"),
                ungrouped.opinionGroups().unavailable());
        for (PublicKnowledge pk : List.of(none, one, ungrouped)) {
            assertEquals(List.of(), pk.themes().get(0).dividing());
            assertEquals(List.of(), pk.themes().get(0).commonGround());
        }
    }

    @Test
    void aThemeOfStatementsAboutThemselvesIsNeitherAspirationNorConcern() {
        PublicKnowledge pk = BUILDER.build(themes(theme("me", "About us", "s3", "s4", "s5"),
                theme("fix", "Potholes", "s1", "s2")), twoGroups(true, true, false));
        assertEquals(ThemeCategory.UNCATEGORISED, pk.themes().stream().filter(t -> t.id().equals("me")).findFirst()
                .orElseThrow().category());
        assertEquals(ThemeCategory.CHANGES, pk.themes().stream().filter(t -> t.id().equals("fix")).findFirst()
                .orElseThrow().category(), "the guide question asks what should change");
    }

    @Test
    void withOneQuestionTheCodebookSortsThemesAndTheQuestionDecidesTheRest() {
        // a Polis prompt frames every statement, so it cannot tell themes apart: the stadium downtown is an
        // aspiration by the codebook; a theme whose notes match no code keeps the question's category
        PublicKnowledge pk = BUILDER.build(themes(theme("stadium", "Stadium", "s2"), theme("fix", "Mixed", "s1", "s2"),
                theme("me", "About us", "s3", "s4", "s5")), twoGroups(true, true, false));
        java.util.function.Function<String, ThemeCategory> category = id -> pk.themes().stream()
                .filter(t -> t.id().equals(id)).findFirst().orElseThrow().category();
        assertEquals(ThemeCategory.ASPIRATIONS, category.apply("stadium"));
        assertEquals(ThemeCategory.CHANGES, category.apply("fix"), "no category holds most of its notes");
        assertEquals(ThemeCategory.UNCATEGORISED, category.apply("me"));
    }

    @Test
    void theStoryNeverTellsADividingThemeAndLeavesBlanks() {
        PublicKnowledge pk = BUILDER.build(themes(theme("stadium", "A new stadium", "s2"),
                theme("roads", "Potholes", "s1")), twoGroups(true, true, false));
        assertNotNull(pk.story());
        assertEquals("potholes", pk.story().need(), "the dividing stadium theme is never the town's one view");
        assertNull(pk.story().aspiration());
        assertTrue(pk.story().text().contains("___"), pk.story().text());
        assertFalse(pk.story().text().contains("stadium"), pk.story().text());
    }

    @Test
    void questionsSayTheirCategory() {
        assertEquals(ThemeCategory.CHANGES, Categories.ofQuestion("What needs to happen to create that community?"));
        assertEquals(ThemeCategory.ASPIRATIONS, Categories.ofQuestion("What kind of community do you want to live in?"));
        assertEquals(ThemeCategory.CONCERNS, Categories.ofQuestion("What worries you most?"));
        assertNull(Categories.ofQuestion("Tell us anything"));
        assertTrue(Categories.aboutParticipants("I have lived in Bowling Green for 20 years"));
        assertFalse(Categories.aboutParticipants("Improve traffic flow on the bypass"));
    }
}
