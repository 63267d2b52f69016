package org.ltc.theming.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ltc.model.InvalidInputException;
import org.ltc.model.conversation.Consent;
import org.ltc.model.conversation.Conversation;
import org.ltc.model.conversation.ConversationFormat;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Moderation;
import org.ltc.model.conversation.Note;
import org.ltc.model.conversation.Participant;
import org.ltc.model.conversation.Vote;
import org.ltc.model.conversation.VoteValue;
import org.ltc.model.knowledge.GroupVote;
import org.ltc.model.knowledge.NoteRef;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeCategory;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.privacy.DisclosurePolicy;
import org.ltc.model.provenance.Provenance;
import org.ltc.theming.ThemingRequest;
import org.ltc.theming.codebook.CodebookThemer;
import org.ltc.theming.contract.ContractFixtures;

class PublicKnowledgeBuilderTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T12:00:00Z"), ZoneOffset.UTC);

    private static PublicKnowledgeBuilder builder(int k) {
        return new PublicKnowledgeBuilder(PublicKnowledgeOptions.builder().disclosure(DisclosurePolicy.of(k))
                .clock(CLOCK).build());
    }

    private static ThemeSet themes(List<Theme> themes, List<String> unassigned) {
        return new ThemeSet("t", themes, unassigned, Provenance.of("test", "1", Map.of(), 3, "c".repeat(64),
                Instant.EPOCH));
    }

    /** Six voters in two opinion groups, two neighbourhoods; three notes. */
    private static ConversationSet voted() {
        List<Participant> people = List.of(
                new Participant("a1", Map.of("hood", "East"), "A", null),
                new Participant("a2", Map.of("hood", "East"), "A", null),
                new Participant("a3", Map.of("hood", "West"), "A", null),
                new Participant("b1", Map.of("hood", "East"), "B", null),
                new Participant("b2", Map.of("hood", "West"), "B", null),
                new Participant("b3", Map.of("hood", "North"), "B", null));
        List<Note> notes = List.of(
                new Note("n1", "c1", null, "a1", "More buses on Sundays. Write me at jo@example.org", 0, 0, 0,
                        List.of(), Moderation.ACCEPTED, null, "en"),
                new Note("n2", "c1", null, "b1", "Bus stops need shelters.", 0, 0, 0, List.of(),
                        Moderation.ACCEPTED, null, "en"),
                new Note("n3", "c1", null, "b2", "Buses are for losers.", 0, 0, 0, List.of(), Moderation.REJECTED,
                        null, "en"));
        List<Vote> votes = List.of(
                new Vote("a1", "n1", VoteValue.AGREE), new Vote("a2", "n1", VoteValue.AGREE),
                new Vote("a3", "n1", VoteValue.DISAGREE), new Vote("b1", "n1", VoteValue.AGREE),
                new Vote("b2", "n1", VoteValue.PASS), new Vote("b3", "n2", VoteValue.AGREE),
                new Vote("a2", "n2", VoteValue.AGREE));
        return new ConversationSet("t", null, null, List.of(Conversation.of("c1", ConversationFormat.POLIS)), people,
                notes, votes, null, null);
    }

    @Test
    void groupVotesAreSmoothedAgreeRatesAndConsensusIsTheMeanOverStatements() {
        ThemeSet ts = themes(List.of(Theme.of("buses", "Buses", ThemeCategory.CHANGES, List.of("bus"),
                List.of(NoteRef.of("n1"), NoteRef.of("n2"), NoteRef.of("n3")))), List.of());
        PublicKnowledge pk = builder(1).build(ts, voted());
        Theme t = pk.themes().get(0);
        // group A: agrees a1,a2 on n1, a2 on n2 = 3; disagree a3 = 1 -> (3+1)/(4+2)
        // group B: agree b1 on n1, b3 on n2 = 2; pass b2 = 1 -> (2+1)/(3+2)
        assertEquals(List.of(new GroupVote("A", 3, 3, 1, 0, 4.0 / 6), new GroupVote("B", 3, 2, 0, 1, 3.0 / 5)),
                t.groupVotes());
        // consensus per statement, then the mean: n1 A (2+1)/(3+2), B (1+1)/(2+2); n2 A 2/3, B 2/3; n3 unvoted
        assertEquals((0.6 * 0.5 + 4.0 / 9) / 2, t.consensus(), 1e-4);
        // reached: authors a1, b1, b2 and agree voters a2, b3
        assertEquals(5, t.breadth().participants());
        assertEquals(3, t.breadth().wrote(), "a1, b1, b2 wrote");
        assertEquals(4, t.breadth().agreed(), "a1, a2, b1, b3 agreed");
        assertEquals(6, t.breadth().voted());
        assertEquals(1, t.breadth().conversations());
        assertEquals(Map.of("hood", 3), t.breadth().segments());
        assertEquals(Map.of("hood", Map.of("East", 3, "West", 1, "North", 1)), t.breadth().bySegment());
        // intensity: n1 3 agrees of 5 votes, n2 2 of 2, n3 no votes and no counts -> 0
        assertEquals((3.0 / 5 + 1 + 0) / 3, t.intensity(), 1e-12);
    }

    @Test
    void quotesAreRedactedAndNeverFromRejectedNotes() {
        ThemeSet ts = themes(List.of(Theme.of("buses", "Buses", ThemeCategory.CHANGES, List.of("bus"),
                List.of(NoteRef.of("n3"), NoteRef.of("n1"), NoteRef.of("n2")))), List.of());
        PublicKnowledge pk = builder(1).build(ts, voted());
        List<String> quoted = pk.themes().get(0).quotes().stream().map(q -> q.noteId()).toList();
        assertEquals(List.of("n1", "n2"), quoted, "most agreed-with first; the rejected note never");
        String text = pk.themes().get(0).quotes().get(0).text();
        assertFalse(text.contains("jo@example.org"), text);
        assertTrue(text.contains("[email]"), text);
    }

    @Test
    void noQuotesFromAConversationWithoutConsent() {
        ConversationSet v = voted();
        ConversationSet noConsent = new ConversationSet(v.id(), null, null, List.of(new Conversation("c1", null, null,
                null, ConversationFormat.POLIS, null, null, 0, new Consent(false, false, null), null)),
                v.participants(), v.notes(), v.votes(), null, null);
        ThemeSet ts = themes(List.of(Theme.of("buses", "Buses", ThemeCategory.CHANGES, List.of("bus"),
                List.of(NoteRef.of("n1")))), List.of());
        assertEquals(List.of(), builder(1).build(ts, noConsent).themes().get(0).quotes());
    }

    @Test
    void smallSegmentsAndGroupsAreSuppressed() {
        ThemeSet ts = themes(List.of(Theme.of("buses", "Buses", ThemeCategory.CHANGES, List.of("bus"),
                List.of(NoteRef.of("n1"), NoteRef.of("n2")))), List.of());
        PublicKnowledge pk = builder(3).build(ts, voted());
        Theme t = pk.themes().get(0);
        // East (3 of the theme's 4 people) is hidden too: 4 minus 3 would reveal the one person from North.
        assertEquals(Map.of(), t.breadth().bySegment());
        assertEquals(4, t.breadth().participants());
        assertEquals(Map.of("hood", Map.of("East", 3)), pk.engagement().segments());
        assertEquals(2, t.groupVotes().size(), "groups of 3 members may be shown at k = 3");
        PublicKnowledge strict = builder(4).build(ts, voted());
        assertEquals(Map.of(), strict.themes().get(0).breadth().bySegment());
        assertEquals(List.of(), strict.themes().get(0).groupVotes());
        assertNull(strict.themes().get(0).consensus());
        assertEquals(Map.of("hood", Map.of()), strict.engagement().segments());
        assertEquals(3, strict.engagement().suppressed());
        assertTrue(strict.gaps().stream().allMatch(g -> g.participants() == 0));
    }

    @Test
    void gapsNameThinAndMissingSegments() {
        PublicKnowledge pk = new PublicKnowledgeBuilder(PublicKnowledgeOptions.builder().disclosure(DisclosurePolicy.of(1))
                .expectedSegments(Map.of("hood", List.of("East", "West", "North", "South"), "age", List.of("18-24")))
                .clock(CLOCK).build()).build(themes(List.of(), List.of("n1", "n2", "n3")), voted());
        List<String> gaps = pk.gaps().stream().map(g -> g.segmentKey() + "=" + g.segmentValue()).toList();
        assertEquals(List.of("age=null", "hood=North", "hood=South"), gaps);
        assertTrue(pk.gaps().get(2).reason().contains("nobody"), pk.gaps().get(2).reason());
    }

    @Test
    void codebookThemesFallIntoTheirCategoriesWithAStory() {
        ConversationSet town = ContractFixtures.town();
        ThemeSet ts = new CodebookThemer().theme(ThemingRequest.of(town, 1).withClock(CLOCK));
        PublicKnowledge pk = builder(2).build(ts, town);
        List<ThemeCategory> order = pk.sections().stream().map(s -> s.category()).toList();
        assertEquals(List.of(ThemeCategory.ASPIRATIONS, ThemeCategory.CONCERNS, ThemeCategory.CHANGES), order);
        for (Theme t : pk.themes()) {
            assertTrue(t.breadth().participants() >= 2 || t.breadth().participants() == 0,
                    t.id() + ": a reach under k = 2 is shown as 0, never as 1");
            assertFalse(t.quotes().isEmpty(), t.id());
        }
        assertNotNull(pk.story());
        assertTrue(pk.story().text().startsWith("When people described the community they want, "), pk.story().text());
        assertEquals("public-knowledge", pk.provenance().algorithmId());
        assertTrue(pk.provenance().steps().stream().anyMatch(s -> s.operation().equals("theme")));
        assertEquals(ts.unassigned(), pk.unassigned());
        assertEquals(pk, builder(2).build(ts, town), "deterministic");
    }

    @Test
    void anUncategorisedThemeTakesItsCategoryFromItsQuestionsOrTheCodebook() {
        ConversationSet town = ContractFixtures.town();
        // notes n00.. answer q1, q1, q1, q4...: n00-n02 answer q1 (aspirations)
        ThemeSet ts = themes(List.of(Theme.of("x", "x", ThemeCategory.UNCATEGORISED, List.of(),
                List.of(NoteRef.of("n00"), NoteRef.of("n01"), NoteRef.of("n02")))), List.of());
        ThemeSet renamed = new ThemeSet("fixture-town", ts.themes(), List.of(), ts.provenance());
        assertEquals(ThemeCategory.ASPIRATIONS, builder(1).build(renamed, town).themes().get(0).category());
        ConversationSet v = voted();
        ThemeSet buses = themes(List.of(Theme.of("x", "x", ThemeCategory.UNCATEGORISED, List.of(),
                List.of(NoteRef.of("n1"), NoteRef.of("n2")))), List.of());
        assertEquals(ThemeCategory.CHANGES, builder(1).build(buses, v).themes().get(0).category(),
                "bus notes match the codebook's transit code, a change");
    }

    @Test
    void evidenceNamingAnUnknownNoteIsRejectedWithItsPointer() {
        ThemeSet ts = themes(List.of(Theme.of("x", "x", ThemeCategory.CHANGES, List.of(),
                List.of(NoteRef.of("n1"), NoteRef.of("zz")))), List.of());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> builder(1).build(ts, voted()));
        assertEquals("/themes/0/evidence/1", e.location());
    }

    @Test
    void longQuotesAreCutAtAWord() {
        assertEquals("one two\u2026", Quotes.cut("one two three four five six seven", 12));
        assertEquals("short", Quotes.cut("short", 12));
    }

    @Test
    void quotesCarryTheirNotesLanguageAndTheEngagementTheDaysPeopleSpoke() {
        Conversation held = new Conversation("c1", null, "Main branch", java.time.LocalDate.parse("2026-03-03"),
                ConversationFormat.ONLINE, null, null, 0, Consent.anonymousQuotes(), null);
        List<Note> notes = List.of(
                new Note("n1", "c1", null, null, "Más autobuses los domingos, por favor", 0, 0, 0, List.of(),
                        Moderation.UNMODERATED, null, "es-MX"),
                // no tag: the themer's own rule (its stop words) finds Spanish
                new Note("n2", "c2", null, null, "Que los autobuses pasen más tarde por la noche", 0, 0, 0,
                        List.of(), Moderation.UNMODERATED, Instant.parse("2026-03-17T23:30:00Z"), null),
                new Note("n3", "c2", null, null, "The buses should run later in the evening", 0, 0, 0, List.of(),
                        Moderation.UNMODERATED, Instant.parse("2026-03-10T09:00:00Z"), null));
        ConversationSet set = new ConversationSet("t", null, null,
                List.of(held, Conversation.of("c2", ConversationFormat.ONLINE)), List.of(), notes, List.of(), null, null);
        ThemeSet ts = themes(List.of(Theme.of("buses", "Buses", ThemeCategory.CHANGES, List.of("bus"),
                List.of(NoteRef.of("n1"), NoteRef.of("n2"), NoteRef.of("n3")))), List.of());
        PublicKnowledge pk = builder(1).build(ts, set);
        Map<String, String> language = new java.util.TreeMap<>();
        pk.themes().get(0).quotes().forEach(q -> language.put(q.noteId(), q.language()));
        assertEquals(Map.of("n1", "es", "n2", "es", "n3", "en"), language);
        assertEquals(java.time.LocalDate.parse("2026-03-03"), pk.engagement().firstDay(), "the conversation's date");
        assertEquals(java.time.LocalDate.parse("2026-03-17"), pk.engagement().lastDay(), "the last note's day, UTC");
    }
}
