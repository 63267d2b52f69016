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
        assertEveryDividingStatementListed(set, pk);
    }

    /**
     * The measure, computed from the raw votes: every themed statement on which two opinion groups (each
     * with at least 5 voters on it) have Laplace-smoothed agree rates 0.3 or more apart is listed as dividing under
     * its theme; listed groups have at least 5 voters and members; common ground is agreed by every group.
     */
    static void assertEveryDividingStatementListed(ConversationSet set, PublicKnowledge pk) {
        Map<String, String> groupOf = new HashMap<>();
        set.participants().forEach(p -> {
            if (p.opinionGroup() != null) {
                groupOf.put(p.id(), p.opinionGroup());
            }
        });
        Map<String, Map<String, int[]>> byNote = new HashMap<>();
        for (org.ltc.model.conversation.Vote v : set.votes()) {
            String g = groupOf.get(v.participantId());
            if (g != null) {
                int[] t = byNote.computeIfAbsent(v.noteId(), x -> new HashMap<>()).computeIfAbsent(g, x -> new int[2]);
                t[1]++;
                if (v.value() == org.ltc.model.conversation.VoteValue.AGREE) {
                    t[0]++;
                }
            }
        }
        int dividingStatements = 0;
        double gapSum = 0;
        int voted = 0;
        for (Theme t : pk.themes()) {
            Set<String> listed = t.dividing().stream().map(d -> d.noteId()).collect(Collectors.toSet());
            for (var ref : t.evidence()) {
                double lo = 1;
                double hi = 0;
                int judged = 0;
                for (int[] c : byNote.getOrDefault(ref.noteId(), Map.of()).values()) {
                    if (c[1] >= 5) {
                        double r = (c[0] + 1.0) / (c[1] + 2.0);
                        lo = Math.min(lo, r);
                        hi = Math.max(hi, r);
                        judged++;
                    }
                }
                if (judged >= 2) {
                    gapSum += hi - lo;
                    voted++;
                    if (hi - lo >= 0.3) {
                        dividingStatements++;
                        assertTrue(listed.contains(ref.noteId()), ref.noteId() + " divides the groups by " + (hi - lo)
                                + " but is not listed under " + t.label());
                    }
                }
            }
        }
        assertTrue(dividingStatements > 0, "Bowling Green's groups divide on some statements");
        assertTrue(gapSum / voted > 0.1, "mean per-statement gap " + gapSum / voted);
        for (Theme t : pk.themes()) {
            t.dividing().forEach(d -> d.groups().forEach(g -> assertTrue(g.voters() >= 5 && g.members() >= 5, g.toString())));
            t.commonGround().forEach(d -> d.groups().forEach(g -> assertTrue(g.agreeRate() >= 0.6, g.toString())));
        }
    }

    /** No count of people under 5 in a document's JSON (0 stands for "not shown"). */
    static void assertNoFigureUnderFive(String json) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "\"(participants|wrote|agreed|voted|members|voters|writers|authors)\"\\s*:\\s*(\\d+)").matcher(json);
        while (m.find()) {
            int n = Integer.parseInt(m.group(2));
            assertFalse(n > 0 && n < 5, m.group() + " is a figure about fewer than 5 people");
        }
    }

    /** The story's parts name distinct themes, and "we want" never names a theme the opinion groups divide on. */
    static void assertStoryTellsEachThemeOnceAndNeverWantsADivision(PublicKnowledge pk) {
        var story = pk.story();
        assertNotNull(story);
        List<String> parts = java.util.stream.Stream.of(story.aspiration(), story.challenge(), story.need())
                .filter(x -> x != null).toList();
        assertEquals(parts.size(), new java.util.HashSet<>(parts).size(), story.text());
        if (story.aspiration() != null) {
            Theme wanted = pk.themes().stream().filter(t -> t.label().equalsIgnoreCase(story.aspiration()))
                    .findFirst().orElseThrow(() -> new AssertionError("no theme named " + story.aspiration()));
            assertFalse(wanted.divides(), "\"we want\" a theme the groups divide on: " + story.text());
        }
        for (Theme t : pk.themes()) {
            if (t.divides() && parts.stream().anyMatch(p -> p.equalsIgnoreCase(t.label()))) {
                assertTrue(story.text().contains("Opinion groups divide"), "the division is said: " + story.text());
            }
        }
    }

    @Test
    void noFigureAboutFewerThanFivePeopleAndNoThemeTwiceInTheStory() {
        assertNoFigureUnderFive(org.ltc.model.io.LtcJson.defaults().write(pk));
        assertStoryTellsEachThemeOnceAndNeverWantsADivision(pk);
        assertNotNull(pk.opinionGroups());
        assertEquals(null, pk.opinionGroups().unavailable());
    }
}
