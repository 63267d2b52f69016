package org.ltc.theming.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.conversation.Conversation;
import org.ltc.model.conversation.ConversationFormat;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.plugin.PluginRegistry;
import org.ltc.theming.Themer;
import org.ltc.theming.Themers;
import org.ltc.theming.ThemingRequest;
import org.ltc.theming.contract.ContractFixtures;

class LdaThemerTest {
    private static final String[][] TOPICS = {
        {"bus", "transit", "routes", "schedule", "driver", "fare", "stop", "commute"},
        {"rent", "housing", "landlord", "apartment", "eviction", "lease", "mortgage", "tenant"},
        {"park", "playground", "trees", "trail", "picnic", "garden", "soccer", "pond"},
        {"library", "books", "reading", "librarian", "storytime", "computers", "study", "literacy"},
    };

    /** 160 notes, each six words of one topic (drawn with a fixed seed) after stop words. */
    static ConversationSet town() {
        SplittableRandom rnd = new SplittableRandom(11);
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < 160; i++) {
            String[] words = TOPICS[i % TOPICS.length];
            StringBuilder sb = new StringBuilder("We are the");
            for (int j = 0; j < 6; j++) {
                sb.append(' ').append(words[rnd.nextInt(words.length)]);
            }
            notes.add(Note.of(String.format(Locale.ROOT, "n%03d", i), "c1", sb.append('.').toString()));
        }
        return ConversationSet.of("synthetic-town", List.of(Conversation.of("c1", ConversationFormat.COMMUNITY_FORUM)),
                notes);
    }

    private static ThemingRequest request(Map<String, String> options) {
        return new ThemingRequest(town(), options, 7, 2, null, null, null,
                Clock.fixed(Instant.parse("2026-05-01T12:00:00Z"), ZoneOffset.UTC));
    }

    private static ThemingRequest fixtureRequest(Map<String, String> options) {
        return new ThemingRequest(ContractFixtures.town(), options, 7, 2, null, null, null,
                Clock.fixed(Instant.parse("2026-05-01T12:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void isFoundThroughServiceLoader() {
        PluginRegistry<Themer> registry = Themers.discover(getClass().getClassLoader());
        assertTrue(registry.find("lda").isPresent(), "lda themer registered");
    }

    @Test
    void findsTheTownsFourTopics() {
        ThemeSet set = new LdaThemer().theme(request(Map.of("ltc.theming.lda.k", "4")));
        // Each theme's evidence is exactly one topic's notes, and its key terms are that topic's words.
        Set<Integer> topicsFound = new HashSet<>();
        assertEquals(4, set.themes().size(), set.themes().toString());
        for (Theme t : set.themes()) {
            Set<Integer> sources = new HashSet<>();
            t.evidence().forEach(r -> sources.add(Integer.parseInt(r.noteId().substring(1)) % 4));
            assertEquals(1, sources.size(), t.toString());
            int topic = sources.iterator().next();
            topicsFound.add(topic);
            assertEquals(40, t.frequency());
            for (String term : t.keyTerms().subList(0, 5)) {
                assertTrue(String.join(" ", TOPICS[topic]).contains(term.split(" ")[0].substring(0, 3)),
                        term + " in " + t.keyTerms());
            }
            assertTrue(t.evidence().get(0).weight() >= t.evidence().get(t.evidence().size() - 1).weight());
            assertTrue(!t.quotes().isEmpty());
        }
        assertEquals(4, topicsFound.size());
        assertEquals(List.of(), set.unassigned());
        assertEquals("lda", set.provenance().algorithmId());
        assertEquals("4", set.provenance().options().get("ltc.theming.lda.k"));
    }

    @Test
    void provenanceSaysHowManySweepsRanAndWhyTheyStopped() {
        ThemeSet auto = new LdaThemer().theme(request(Map.of("ltc.theming.lda.k", "4")));
        assertEquals("auto", auto.provenance().options().get("ltc.theming.lda.iterations"));
        Map<String, String> sampling = auto.provenance().steps().stream()
                .filter(s -> s.operation().equals(LdaThemer.SAMPLING_STEP)).findFirst().orElseThrow().parameters();
        int sweeps = Integer.parseInt(sampling.get("sweeps"));
        assertTrue(sweeps >= 10 && sweeps <= 200, sampling.toString());
        assertTrue(List.of("converged", "max-iterations").contains(sampling.get("stoppedBy")), sampling.toString());
        assertTrue(Double.parseDouble(sampling.get("logLikelihoodPerToken")) < 0, sampling.toString());

        // Replaying with that many sweeps as a fixed count gives the same themes.
        ThemeSet replay = new LdaThemer().theme(request(Map.of("ltc.theming.lda.k", "4",
                "ltc.theming.lda.iterations", Integer.toString(sweeps))));
        assertEquals(auto.themes(), replay.themes());
        Map<String, String> fixed = replay.provenance().steps().stream()
                .filter(s -> s.operation().equals(LdaThemer.SAMPLING_STEP)).findFirst().orElseThrow().parameters();
        assertEquals("fixed-count", fixed.get("stoppedBy"));
        assertEquals(Integer.toString(sweeps), fixed.get("sweeps"));
        assertEquals(sampling.get("logLikelihoodPerToken"), fixed.get("logLikelihoodPerToken"));
    }

    @Test
    void anchorsPullTheirWordsIntoTheIntendedTopic() {
        ThemingRequest req = fixtureRequest(Map.of("ltc.theming.lda.k", "4",
                "ltc.theming.lda.anchors", "2:buses,transit;0:parks"));
        // On the contract town, whose notes share sentence frames, unguided topics follow the frames; anchors
        // pull the content words into the intended topics.
        LdaThemer.Fitted fitted = new LdaThemer().fit(req.withSeed(3));
        List<List<String>> top = fitted.topTerms(3);
        assertTrue(String.join(" ", top.get(2)).contains("bus"), top.toString());
        assertTrue(String.join(" ", top.get(0)).contains("park"), top.toString());
    }

    @Test
    void infersTheMixtureOfANewText() {
        LdaThemer.Fitted fitted = new LdaThemer().fit(request(Map.of("ltc.theming.lda.k", "4",
                "ltc.theming.lda.anchors", "1:bus;3:rent")));
        double[] bus = fitted.infer("The buses and bus routes are late, the driver skipped my stop.");
        double[] rent = fitted.infer("Rents keep rising and my landlord wants a new lease.");
        assertEquals(1.0, java.util.Arrays.stream(bus).sum(), 1e-9);
        assertTrue(bus[1] > 0.8, java.util.Arrays.toString(bus));
        assertTrue(rent[3] > 0.8, java.util.Arrays.toString(rent));
        assertTrue(fitted.npmi() > -1 && fitted.npmi() <= 1);
    }

    @Test
    void badOptionsNameTheProperty() {
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class,
                () -> new LdaThemer().theme(request(Map.of("ltc.theming.lda.k", "1"))));
        assertTrue(e.getMessage().contains("ltc.theming.lda.k"), e.getMessage());
        InvalidOptionsException a = assertThrows(InvalidOptionsException.class,
                () -> new LdaThemer().theme(request(Map.of("ltc.theming.lda.anchors", "bus"))));
        assertTrue(a.getMessage().contains("anchors"), a.getMessage());
    }
}
