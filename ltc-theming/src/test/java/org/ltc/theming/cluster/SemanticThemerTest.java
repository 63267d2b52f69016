package org.ltc.theming.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ltc.model.conversation.Conversation;
import org.ltc.model.conversation.ConversationFormat;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Moderation;
import org.ltc.model.conversation.Note;
import org.ltc.model.io.LtcJson;
import org.ltc.model.io.PolisImport;
import org.ltc.model.knowledge.NoteRef;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.privacy.Redactor;
import org.ltc.model.testdata.RealData;
import org.ltc.model.testdata.SharedData;
import org.ltc.theming.ThemableNotes;
import org.ltc.theming.Themer;
import org.ltc.theming.ThemingRequest;
import org.ltc.theming.codebook.CodebookThemer;
import org.ltc.theming.embed.SharedModel;
import org.ltc.theming.eval.ClusteringMetrics;
import org.ltc.theming.eval.ThemingEvaluator;
import org.ltc.theming.topic.LdaThemer;

/** The semantic themer on the real Bowling Green conversation, and its rules for levels and set-aside notes. */
@RealData
class SemanticThemerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T00:00:00Z"), ZoneOffset.UTC);
    private static final SemanticThemer THEMER = new SemanticThemer(SemanticOptions.defaults(), SharedModel.MINILM);
    private static ConversationSet bowlingGreen;
    private static final Map<Long, ThemeSet> RUNS = new HashMap<>();

    @BeforeAll
    static void themeBowlingGreen() {
        bowlingGreen = Redactor.defaults().redact(PolisImport.importDirectory(
                SharedData.dir("polis-bowling-green")).conversationSet()).value();
        for (long seed = 1; seed <= 3; seed++) {
            RUNS.put(seed, THEMER.theme(ThemingRequest.of(bowlingGreen, seed).withClock(CLOCK).withThreads(2)));
        }
    }

    @Test
    void bowlingGreenHasAReadableTopLevelWithSubThemes() {
        ThemeSet t = RUNS.get(1L);
        int top = t.topLevel().size();
        assertTrue(top >= 4 && top <= 20, "top-level themes: " + top);
        assertTrue(t.finest().size() > top, "finest " + t.finest().size() + " vs top " + top);
        Set<String> topIds = new HashSet<>();
        t.topLevel().forEach(x -> topIds.add(x.id()));
        for (Theme sub : t.themes()) {
            if (sub.parent() != null) {
                assertTrue(topIds.contains(sub.parent()));
                Set<String> parentNotes = new HashSet<>();
                t.theme(sub.parent()).orElseThrow().evidence().forEach(r -> parentNotes.add(r.noteId()));
                sub.evidence().forEach(r -> assertTrue(parentNotes.contains(r.noteId()), sub.id()));
            }
        }
        // each themed note is in exactly one finest theme, or unassigned
        Set<String> seen = new HashSet<>();
        for (Theme f : t.finest()) {
            for (NoteRef r : f.evidence()) {
                assertTrue(seen.add(r.noteId()), r.noteId() + " in two finest themes");
            }
        }
        t.unassigned().forEach(id -> assertTrue(seen.add(id), id + " both themed and unassigned"));
        assertEquals(ThemableNotes.of(bowlingGreen).notes().size(), seen.size());
        // outliers are few
        assertTrue(t.unassigned().size() < 0.15 * seen.size(), t.unassigned().size() + " unassigned");
    }

    @Test
    void bowlingGreenTopLevelAgreesAcrossSeeds() {
        List<String> ids = ThemableNotes.of(bowlingGreen).notes().stream().map(Note::id).toList();
        List<int[]> top = new ArrayList<>();
        for (long seed = 1; seed <= 3; seed++) {
            top.add(ThemingEvaluator.assignments(RUNS.get(seed).topLevel(), ids));
        }
        double ari = (ClusteringMetrics.ari(top.get(0), top.get(1)) + ClusteringMetrics.ari(top.get(0), top.get(2))
                + ClusteringMetrics.ari(top.get(1), top.get(2))) / 3;
        System.out.printf("Bowling Green top-level mean pairwise ARI over seeds 1-3: %.3f (%d, %d, %d themes)%n",
                ari, RUNS.get(1L).topLevel().size(), RUNS.get(2L).topLevel().size(), RUNS.get(3L).topLevel().size());
        // measured 1.000: 607 statements fit the Ward sample, so the seed changes nothing (the issue asks 0.6)
        assertTrue(ari >= 0.95, "mean pairwise ARI " + ari);
    }

    @Test
    void rejectedAndMetaStatementsAreNeverThemedByAnyThemer() {
        List<Note> notes = new ArrayList<>();
        String[] topics = {"We need more buses running at night and on weekends.",
            "The bus should come more often in the evening.", "Parks need more trees and shade for families.",
            "Plant trees in the park so children have shade.", "Rent is too expensive for young families.",
            "Housing costs keep rising and rents are too high."};
        for (int i = 0; i < 30; i++) {
            notes.add(new Note("n" + i, "c1", null, null, topics[i % topics.length] + " (" + i + ")", 0, 0, 0,
                    List.of(), Moderation.ACCEPTED, null, "en"));
        }
        notes.add(new Note("rej", "c1", null, null, "The bus is awful and the mayor is an idiot.", 0, 0, 0, List.of(),
                Moderation.REJECTED, null, "en"));
        notes.add(new Note("meta", "c1", null, null, "I have lived here all my life.", 0, 0, 0,
                List.of(Note.META_TAG), Moderation.ACCEPTED, null, "en"));
        ConversationSet set = ConversationSet.of("s", List.of(Conversation.of("c1", ConversationFormat.POLIS)), notes);
        ThemableNotes themable = ThemableNotes.of(set);
        assertEquals("themed 30 accepted statements; 1 rejected and 1 meta statement set aside", themable.summary());
        for (Themer themer : List.of(THEMER, new SphericalKMeansThemer(), new CodebookThemer(), new LdaThemer())) {
            ThemeSet t = themer.theme(ThemingRequest.of(set, 1).withClock(CLOCK));
            String json = LtcJson.defaults().write(t);
            assertFalse(json.contains("\"rej\""), themer.id() + " themed a rejected statement");
            assertFalse(json.contains("\"meta\""), themer.id() + " themed a meta statement");
        }
    }

    @Test
    void aSmallMinorityLanguageKeepsAThemeOfItsOwn() {
        List<Note> notes = new ArrayList<>();
        String[] en = {"We need more buses running at night.", "Parks need more trees and shade.",
            "Rent is too expensive for families.", "The library should open on Sundays.",
            "Sidewalks are broken near the school."};
        for (int i = 0; i < 40; i++) {
            notes.add(new Note("e" + i, "c1", null, null, en[i % en.length] + " Note " + i + ".", 0, 0, 0,
                    List.of(), Moderation.ACCEPTED, null, "en"));
        }
        String[] es = {"Necesitamos más autobuses en la noche.", "La renta es muy cara.",
            "Información en español en la biblioteca.", "Clases de inglés con cuidado de niños."};
        for (int i = 0; i < es.length; i++) {
            notes.add(new Note("s" + i, "c1", null, null, es[i], 0, 0, 0, List.of(), Moderation.ACCEPTED, null,
                    "es"));
        }
        ConversationSet set = ConversationSet.of("s", List.of(Conversation.of("c1", ConversationFormat.KITCHEN_TABLE)),
                notes);
        ThemeSet t = THEMER.theme(ThemingRequest.of(set, 1).withClock(CLOCK));
        for (Theme theme : t.themes()) {
            long spanish = theme.evidence().stream().filter(r -> r.noteId().startsWith("s")).count();
            assertTrue(spanish == 0 || spanish == theme.evidence().size(), theme.id() + " mixes languages");
        }
        assertTrue(t.themes().stream().anyMatch(x -> x.evidence().size() == 4
                && x.evidence().stream().allMatch(r -> r.noteId().startsWith("s"))), "the Spanish notes' theme");
    }
}
