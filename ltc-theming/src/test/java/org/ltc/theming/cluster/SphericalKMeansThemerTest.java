package org.ltc.theming.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.ltc.model.CancelledException;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.io.LtcJson;
import org.ltc.model.knowledge.NoteRef;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.plugin.Cancellation;
import org.ltc.theming.NoteEmbeddings;
import org.ltc.theming.ThemeLabellers;
import org.ltc.theming.Themer;
import org.ltc.theming.Themers;
import org.ltc.theming.ThemingRequest;
import org.ltc.theming.eval.ClusteringMetrics;
import org.ltc.theming.eval.ThemingEvaluator;

class SphericalKMeansThemerTest {
    private static final String[][] TOPICS = {
        {"bus", "route", "fare", "schedule", "transit", "stop", "driver"},
        {"park", "tree", "bench", "playground", "grass", "trail", "garden"},
        {"library", "book", "computer", "reading", "librarian", "storytime", "wifi"},
    };
    private static final String[] FILLER = {"really", "town", "residents", "think", "better", "more", "need"};

    /** Notes drawn from three word pools, with their pool as gold label. */
    static List<String[]> notes(int count, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int topic = i % TOPICS.length;
            StringBuilder b = new StringBuilder();
            for (int w = 0; w < 5; w++) {
                String[] pool = r.nextInt(5) == 0 ? FILLER : TOPICS[topic];
                b.append(pool[r.nextInt(pool.length)]).append(' ');
            }
            out.add(new String[] {b.toString().strip(), Integer.toString(topic)});
        }
        return out;
    }

    /** The distinct lower-case words (letters and digits) of a text. */
    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static ThemingRequest request(List<String[]> notes, Map<String, String> options, long seed, int threads) {
        return new ThemingRequest(ThemingEvaluator.asConversationSet(notes.stream().map(n -> n[0]).toList()), options,
                seed, threads, null, null, null, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void findsTheTopicsAndPlacesEachNoteOnce() {
        List<String[]> notes = notes(300, 1);
        ThemeSet set = new SphericalKMeansThemer().theme(request(notes, Map.of("ltc.theming.kmeans.k", "3"), 7, 1));
        assertEquals(3, set.themes().size());
        Set<String> seen = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Theme t : set.themes()) {
            for (NoteRef ref : t.evidence()) {
                assertTrue(seen.add(ref.noteId()), "note in two themes: " + ref.noteId());
                assertTrue(ref.weight() > 0 && ref.weight() <= 1);
            }
            assertFalse(t.keyTerms().isEmpty());
            assertFalse(t.quotes().isEmpty());
            assertEquals(t.quotes().get(0).noteId(), t.evidence().get(0).noteId(), "first quote is nearest the centre");
            // The name comes from the theme labeller: a short phrase, not a resident's statement.
            String name = t.label();
            assertTrue(name.split(" ").length <= ThemeLabellers.MAX_WORDS && name.length() <= ThemeLabellers.MAX_CHARS,
                    name);
            assertFalse(name.matches(".*[.!?\u2026]$"), "a sentence, not a name: " + name);
            assertTrue(names.add(name.toLowerCase(java.util.Locale.ROOT)), "two themes named " + name);
            Set<String> nameWords = words(name);
            for (var q : t.quotes()) {
                Set<String> words = words(q.text());
                long held = words.stream().filter(nameWords::contains).count();
                assertTrue(words.isEmpty() || held < 0.8 * words.size(), "\"" + name + "\" restates " + q.text());
            }
        }
        assertEquals(300, seen.size() + set.unassigned().size());
        int[] truth = notes.stream().mapToInt(n -> Integer.parseInt(n[1])).toArray();
        int[] found = ThemingEvaluator.assignments(set, ids(300));
        assertTrue(ClusteringMetrics.ari(truth, found) > 0.9, "ari " + ClusteringMetrics.ari(truth, found));
        // themes are largest first; key terms come from the topic's own words
        assertTrue(set.themes().get(0).frequency() >= set.themes().get(2).frequency());
        Set<String> topicWords = new HashSet<>();
        for (String[] t : TOPICS) {
            topicWords.addAll(List.of(t));
        }
        assertTrue(topicWords.contains(set.themes().get(0).keyTerms().get(0)), set.themes().get(0).keyTerms().toString());
        assertEquals("kmeans", set.provenance().algorithmId());
        assertEquals("3", set.provenance().options().get("ltc.theming.kmeans.k"));
        assertEquals(7, set.provenance().seed());
        assertEquals("label", set.provenance().steps().get(set.provenance().steps().size() - 1).operation());
    }

    @Test
    void sameSeedSameBytesOnOneAndTwoThreads() {
        List<String[]> notes = notes(5000, 2);
        for (String rep : List.of("terms", "lsa")) {
            Map<String, String> options = Map.of("ltc.theming.kmeans.k", "5", "ltc.theming.kmeans.representation", rep,
                    "ltc.theming.kmeans.restarts", "6", "ltc.theming.kmeans.sampleSize", "3000");
            Themer themer = new SphericalKMeansThemer();
            String one = LtcJson.defaults().write(themer.theme(request(notes, options, 11, 1)));
            String two = LtcJson.defaults().write(themer.theme(request(notes, options, 11, 2)));
            String again = LtcJson.defaults().write(themer.theme(request(notes, options, 11, 2)));
            assertEquals(one, two, rep);
            assertEquals(two, again, rep);
        }
    }

    @Test
    void chosenKIsRecordedAndSensible() {
        ThemeSet set = new SphericalKMeansThemer().theme(request(notes(400, 3), Map.of("ltc.theming.kmeans.maxK", "12"),
                1, 2));
        int k = Integer.parseInt(set.provenance().options().get("ltc.theming.kmeans.k"));
        assertTrue(k >= 2 && k <= 6, "k " + k);
        assertEquals(k, set.themes().size());
    }

    @Test
    void emptyNotesAreReportedUnassigned() {
        List<String[]> notes = new ArrayList<>(notes(60, 4));
        notes.add(new String[] {"the and of", "x"});
        notes.add(new String[] {"zzqx", "x"});
        ThemeSet set = new SphericalKMeansThemer().theme(request(notes, Map.of("ltc.theming.kmeans.k", "3"), 1, 1));
        assertEquals(List.of("n61", "n62"), set.unassigned());
    }

    @Test
    void hostEmbeddingsAreUsed() {
        List<String[]> notes = notes(90, 5);
        Map<String, float[]> vectors = new HashMap<>();
        // embeddings that disagree with the words: group by note number mod 2
        for (int i = 0; i < notes.size(); i++) {
            vectors.put("n" + (i + 1), i % 2 == 0 ? new float[] {1, 0.01f * (i % 5)} : new float[] {0.01f * (i % 5), 1});
        }
        ThemingRequest req = request(notes, Map.of("ltc.theming.kmeans.k", "2"), 1, 1)
                .withEmbeddings(NoteEmbeddings.of("test-model", vectors));
        ThemeSet set = new SphericalKMeansThemer().theme(req);
        int[] parity = new int[notes.size()];
        for (int i = 0; i < parity.length; i++) {
            parity[i] = i % 2;
        }
        assertEquals(1.0, ClusteringMetrics.ari(parity, ThemingEvaluator.assignments(set, ids(notes.size()))), 1e-12);
        assertEquals("test-model", set.provenance().options().get("ltc.theming.kmeans.embeddings.model"));
        assertThrows(InvalidOptionsException.class, () -> new SphericalKMeansThemer().theme(request(notes,
                Map.of("ltc.theming.kmeans.representation", "embeddings"), 1, 1)));
    }

    @Test
    void badOptionsNameTheProperty() {
        List<String[]> notes = notes(30, 6);
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class, () -> new SphericalKMeansThemer()
                .theme(request(notes, Map.of("ltc.theming.kmeans.kay", "3"), 1, 1)));
        assertTrue(e.getMessage().contains("ltc.theming.kmeans.kay"), e.getMessage());
        e = assertThrows(InvalidOptionsException.class, () -> new SphericalKMeansThemer()
                .theme(request(notes, Map.of("ltc.theming.kmeans.k", "lots"), 1, 1)));
        assertTrue(e.getMessage().contains("lots"), e.getMessage());
        assertEquals("es", KMeansOptions.defaults().withProperties(Map.of("ltc.theming.kmeans.text.language", "es"))
                .text().language().tag());
    }

    @Test
    void cancellationStopsTheRun() {
        Cancellation.Source source = Cancellation.source();
        source.cancel();
        assertThrows(CancelledException.class, () -> new SphericalKMeansThemer().theme(
                request(notes(50, 7), Map.of("ltc.theming.kmeans.k", "3"), 1, 1).withCancellation(source)));
    }

    @Test
    void progressIsReported() {
        List<String> phases = new ArrayList<>();
        new SphericalKMeansThemer().theme(request(notes(50, 8), Map.of("ltc.theming.kmeans.k", "3"), 1, 1)
                .withProgress((phase, done, total) -> phases.add(phase)));
        assertTrue(phases.contains("restarts"), phases.toString());
        assertEquals("done", phases.get(phases.size() - 1));
    }

    @Test
    void differentSeedsMayDifferButStayClose() {
        List<String[]> notes = notes(600, 9);
        Map<String, String> options = Map.of("ltc.theming.kmeans.k", "3");
        int[] a = ThemingEvaluator.assignments(new SphericalKMeansThemer().theme(request(notes, options, 1, 1)), ids(600));
        int[] b = ThemingEvaluator.assignments(new SphericalKMeansThemer().theme(request(notes, options, 2, 1)), ids(600));
        assertTrue(ClusteringMetrics.ari(a, b) > 0.9);
        assertNotEquals(0, a.length);
    }

    @Test
    void foundThroughServiceLoader() {
        Themer t = Themers.discover(getClass().getClassLoader()).get("kmeans");
        assertEquals("kmeans", t.id());
    }

    private static List<String> ids(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            ids.add("n" + i);
        }
        return ids;
    }
}
