package org.ltc.theming.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Moderation;
import org.ltc.model.conversation.Note;
import org.ltc.model.io.PolisImport;
import org.ltc.model.knowledge.GroupVote;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.knowledge.Quote;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.privacy.Redactor;
import org.ltc.theming.ThemingRequest;
import org.ltc.theming.codebook.CodebookThemer;
import org.ltc.model.testdata.SharedData;
import org.ltc.model.testdata.RealData;

/**
 * The real Bowling Green / Warren County Polis conversation (2018, CC BY 4.0, The Computational Democracy
 * Project), themed with the default codebook: the themes are the ones a person reading the statements would
 * name, and each carries quotes, breadth and both opinion groups' votes.
 */
@RealData
class BowlingGreenTest {
    private static ConversationSet set;
    private static ThemeSet themes;
    private static PublicKnowledge pk;

    /** The shared data folder (skips, or under {@code CI=true} fails, when it is missing). */
    static Path sharedData() {
        return SharedData.dir("polis-bowling-green").getParent();
    }

    @BeforeAll
    static void themeBowlingGreen() {
        set = Redactor.defaults().redact(PolisImport.importDirectory(sharedData().resolve("polis-bowling-green"))
                .conversationSet()).value();
        Clock clock = Clock.fixed(Instant.parse("2026-05-01T00:00:00Z"), ZoneOffset.UTC);
        themes = new CodebookThemer().theme(ThemingRequest.of(set, 1).withClock(clock));
        pk = new PublicKnowledgeBuilder(PublicKnowledgeOptions.builder().clock(clock).build()).build(themes, set);
    }

    @Test
    void theSameOnAnyNumberOfThreads() {
        // every theme's category is matched against the codebook on the context's threads (one guide question)
        PublicKnowledgeBuilder builder = new PublicKnowledgeBuilder(PublicKnowledgeOptions.builder()
                .clock(Clock.fixed(Instant.parse("2026-05-01T00:00:00Z"), ZoneOffset.UTC)).build());
        for (int threads : new int[] {2, 3, 8}) {
            assertEquals(pk, builder.build(themes, set, null, org.ltc.model.plugin.RunContext.of(0)
                    .withThreads(threads)), threads + " threads");
        }
    }

    @Test
    void theThemesAreTheOnesResidentsRaised() {
        Map<String, Integer> byLabel = pk.themes().stream().collect(Collectors.toMap(Theme::label, Theme::frequency));
        for (String label : List.of("Roads and traffic", "Schools and education", "Affordable housing and rents",
                "Local government, taxes and a say in decisions", "Public transit, walking and biking",
                "Drugs and addiction", "Internet, cable and utilities", "Welcome and fairness for everyone")) {
            assertTrue(byLabel.getOrDefault(label, 0) >= 20, label + ": " + byLabel);
        }
        assertTrue(themes.unassigned().size() < 0.15 * set.notes().size(),
                themes.unassigned().size() + " of " + set.notes().size() + " notes unassigned");
    }

    @Test
    void everyThemeCarriesQuotesBreadthAndBothGroupsVotes() {
        Set<String> groups = set.participants().stream().map(p -> p.opinionGroup()).filter(g -> g != null)
                .collect(Collectors.toSet());
        assertEquals(2, groups.size(), "Bowling Green has two opinion groups");
        Map<String, Note> notes = new HashMap<>();
        set.notes().forEach(n -> notes.put(n.id(), n));
        for (Theme t : pk.themes()) {
            assertFalse(t.quotes().isEmpty(), t.label() + " has no quote");
            for (Quote q : t.quotes()) {
                assertTrue(q.text().length() <= 280, q.text());
                assertTrue(notes.get(q.noteId()).moderation() != Moderation.REJECTED, "quoted a rejected note");
            }
            assertTrue(t.breadth().participants() >= 5 || t.breadth().participants() == 0, t.label());
            assertTrue(t.breadth().participants() <= set.participants().size(), t.label());
            assertEquals(groups, t.groupVotes().stream().map(GroupVote::groupId).collect(Collectors.toSet()),
                    t.label());
            for (GroupVote g : t.groupVotes()) {
                assertTrue(g.agrees() + g.disagrees() + g.passes() > 0, t.label() + " " + g);
            }
            assertNotNull(t.consensus(), t.label());
            assertTrue(t.intensity() > 0, t.label());
        }
    }

    @Test
    void theRoadsThemeQuotesPeopleTalkingAboutRoads() {
        Theme roads = pk.themes().stream().filter(t -> t.label().equals("Roads and traffic")).findFirst().orElseThrow();
        for (Quote q : roads.quotes()) {
            String s = q.text().toLowerCase(java.util.Locale.ROOT);
            assertTrue(List.of("road", "traffic", "lane", "street", "bypass", "by-pass", "intersection", "stoplight",
                    "gridlock", "rush hour", "turn", "driv").stream().anyMatch(s::contains), q.text());
        }
        assertNotNull(pk.story());
        assertTrue(pk.engagement().votes() > 200_000, "all votes counted: " + pk.engagement().votes());
    }

    /**
     * The measure, computed here from the raw votes: every themed statement on which two opinion groups
     * (each with at least 5 voters on it) have Laplace-smoothed agree rates 0.3 or more apart is listed as
     * dividing under its theme.
     */
    @Test
    void everyStatementTheGroupsDivideOnIsListedAsDividing() {
        KnowledgeMeasures.assertEveryDividingStatementListed(set, pk);
    }

    @Test
    void noFigureAboutFewerThanFivePeopleAndNoThemeTwiceInTheStory() {
        KnowledgeMeasures.assertNoFigureUnderFive(org.ltc.model.io.LtcJson.defaults().write(pk));
        KnowledgeMeasures.assertStoryTellsEachThemeOnceAndNeverWantsADivision(pk);
        assertNotNull(pk.opinionGroups());
        assertEquals(null, pk.opinionGroups().unavailable());
    }
}
