package org.ltc.theming.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.ltc.model.conversation.Conversation;
import org.ltc.model.conversation.ConversationFormat;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;
import org.ltc.model.knowledge.NoteRef;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeCategory;
import org.ltc.theming.LabellingRequest;
import org.ltc.theming.ThemeLabellers;

/**
 * The labeller reads notes on several threads and totals c-TF-IDF only for phrases a theme supports: the names do
 * not depend on the threads, and every phrase that could be scored has its exact total.
 */
class KeyPhraseParallelTest {
    private static final String[][] TOPICS = {
        {"bus routes", "the bus stop", "later buses", "bus shelters"},
        {"potholes", "road repairs", "the potholes", "street paving"},
        {"library hours", "the library", "library books", "story time"},
        {"park benches", "the dog park", "park trails", "playground equipment"},
        {"rent prices", "affordable housing", "the rent", "housing costs"},
        {"youth sports", "summer camps", "sports fields", "after school programs"},
    };
    private static final String[] FILLER = {"honestly", "downtown", "every", "week", "neighbors", "children",
        "after", "morning", "evening", "families", "seniors", "winter", "summer", "near", "our", "street", "please",
        "more", "fix", "want", "need", "the", "is", "are", "too", "few", "many", "safe", "quiet", "kids"};

    /**
     * A generated conversation: notes on {@code k} topics with filler, a theme per topic (noisy membership, some
     * notes in none), and when asked two sub-themes under each of the first two themes.
     */
    private static LabellingRequest request(long seed, int k, int notesPerTheme, boolean subThemes, int threads) {
        Random r = new Random(seed);
        List<Note> notes = new ArrayList<>();
        List<List<NoteRef>> members = new ArrayList<>();
        for (int t = 0; t < k; t++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < k * notesPerTheme; i++) {
            int topic = i % k;
            String[] phrases = TOPICS[topic % TOPICS.length];
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 3 + r.nextInt(8); w++) {
                text.append(w == 0 ? "" : " ").append(r.nextInt(3) == 0 ? phrases[r.nextInt(phrases.length)]
                        : FILLER[r.nextInt(FILLER.length)]);
            }
            if (i == 7) {
                text.append(" zebra crossing signals");
            }
            notes.add(Note.of("n" + i, "c", text.toString()));
            // one note in ten sits in another theme, so the classes are not the topics exactly, and one in twenty
            // in none (the rest, one more class)
            int draw = r.nextInt(20);
            if (draw > 0) {
                members.get(draw < 3 ? r.nextInt(k) : topic).add(NoteRef.of("n" + i));
            }
        }
        List<Theme> themes = new ArrayList<>();
        Map<String, String> parents = new HashMap<>();
        for (int t = 0; t < k; t++) {
            themes.add(Theme.of("t" + t, "draft", ThemeCategory.UNCATEGORISED, List.of(), members.get(t)));
            if (subThemes && t < 2) {
                List<NoteRef> m = members.get(t);
                themes.add(Theme.of("t" + t + "a", "draft", ThemeCategory.UNCATEGORISED, List.of(),
                        m.subList(0, m.size() / 2)));
                themes.add(Theme.of("t" + t + "b", "draft", ThemeCategory.UNCATEGORISED, List.of(),
                        m.subList(m.size() / 2, m.size())));
                parents.put("t" + t + "a", "t" + t);
                parents.put("t" + t + "b", "t" + t);
            }
        }
        Conversation c = new Conversation("c", "Town listening session", null, null, ConversationFormat.OTHER, null,
                null, 0, null, null);
        ConversationSet set = ConversationSet.builder().id("s").conversations(List.of(c)).notes(notes).build();
        return new LabellingRequest(set, themes, parents,
                Map.of(KeyPhraseOptions.PREFIX + "sampleNotes", "100"), null, null, threads);
    }

    @Property(tries = 12)
    void namesAreTheSameOnOneAndThreeThreads(@ForAll @IntRange(min = 0, max = 1_000_000) int seed,
                                             @ForAll @IntRange(min = 2, max = 7) int k,
                                             @ForAll @IntRange(min = 20, max = 260) int notesPerTheme,
                                             @ForAll boolean subThemes) {
        KeyPhraseLabeller labeller = new KeyPhraseLabeller();
        List<String> one = ThemeLabellers.names(labeller, request(seed, k, notesPerTheme, subThemes, 1));
        List<String> three = ThemeLabellers.names(labeller, request(seed, k, notesPerTheme, subThemes, 3));
        assertEquals(one, three);
    }

    /** The hand-written word splitter reads a text as the regular expression it replaced. */
    @Property(tries = 500)
    void wordsAreTheRegexSplit(@ForAll String text, @ForAll @IntRange(min = 0, max = 12) int most) {
        readsAsTheRegexSplit(text, most);
    }

    /**
     * Texts that are mostly ASCII (most notes), where openings and short notes are read in place: the same reading,
     * also when a character outside ASCII (a letter that joins words, one that lower-cases to two characters, a dash
     * that ends a clause) comes early or late.
     */
    @Property(tries = 2000)
    void asciiTextsReadAsTheRegexSplit(@ForAll("mostlyAscii") String text,
                                       @ForAll @IntRange(min = 0, max = 12) int most) {
        readsAsTheRegexSplit(text, most);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> mostlyAscii() {
        return net.jqwik.api.Arbitraries.oneOf(
                net.jqwik.api.Arbitraries.strings().withChars("aAbBzZ09 .,;:!?(\t\n\u001c'-").ofMaxLength(40),
                net.jqwik.api.Arbitraries.strings().withChars("aAbB09 ,.éİ\u2014\u00a0\u2003").ofMaxLength(30),
                net.jqwik.api.Arbitraries.strings().withChars("ab ").ofMaxLength(60));
    }

    private static void readsAsTheRegexSplit(String text, int most) {
        String[] parts = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+")
                .split((text + " İstanbul 12 Ünal ß-ß").toLowerCase(java.util.Locale.ROOT));
        List<String> expected = java.util.Arrays.stream(parts).filter(w -> !w.isEmpty()).toList();
        assertEquals(expected, KeyPhraseLabeller.wordList(text + " İstanbul 12 Ünal ß-ß"));
        for (String t : List.of(text, text + "\u2014 Then; more", " (" + text, text + "? " + text)) {
            String clause = java.util.regex.Pattern.compile("[.!?;:,\u2014(]").split(t.strip(), 2)[0];
            String opening = String.join(" ", KeyPhraseLabeller.wordList(clause));
            assertEquals(opening, KeyPhraseLabeller.opening(t));
            // read only up to a bound: the clause when it has at most that many words, else nothing
            assertEquals(KeyPhraseLabeller.wordList(clause).size() <= most ? opening : null,
                    KeyPhraseLabeller.opening(t, most));
        }
        assertEquals("bus routes", KeyPhraseLabeller.opening("  Bus routes, later!"));
        java.util.Set<String> distinct = KeyPhraseLabeller.words(text);
        assertEquals(distinct.isEmpty() || distinct.size() > most ? null : distinct,
                KeyPhraseLabeller.shortWords(text, most));
    }

    /**
     * A note's phrases are read as spans with their hashes, not as strings in a map: each key once, in the order
     * first seen with its first written form, hashed as the counting expects; a text said twice holds its phrases
     * once, then only those across the join.
     */
    @Property(tries = 200)
    void aNotesPhrasesAreEachKeyOnceWithItsHash(@ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        Random r = new Random(seed);
        StringBuilder t = new StringBuilder();
        for (int w = 0; w < 1 + r.nextInt(14); w++) {
            String[] topic = TOPICS[r.nextInt(TOPICS.length)];
            t.append(w == 0 ? "" : " ").append(r.nextInt(3) == 0 ? topic[r.nextInt(topic.length)]
                    : FILLER[r.nextInt(FILLER.length)]);
        }
        String text = t.toString();
        List<Note> notes = List.of(Note.of("once", "c", text), Note.of("twice", "c", text + " " + text));
        Conversation c = new Conversation("c", "Town listening session", null, null, ConversationFormat.OTHER, null,
                null, 0, null, null);
        ConversationSet set = ConversationSet.builder().id("s").conversations(List.of(c)).notes(notes).build();
        LabellingRequest request = new LabellingRequest(set, List.of(Theme.of("t", "draft",
                ThemeCategory.UNCATEGORISED, List.of(), List.of(NoteRef.of("once")))), Map.of(), Map.of(), null, null);
        KeyPhraseLabeller labeller = new KeyPhraseLabeller();
        List<List<String>> once = labeller.phrases(request, "once");
        List<List<String>> twice = labeller.phrases(request, "twice");
        java.util.Set<String> onceKeys = new java.util.HashSet<>();
        once.forEach(phrase -> onceKeys.add(phrase.get(0)));
        assertEquals(once, twice.stream().filter(phrase -> onceKeys.contains(phrase.get(0))).toList(), text);
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (List<String> phrase : twice) {
            assertTrue(keys.add(phrase.get(0)), "twice: " + phrase + " in " + twice);
            assertEquals(Long.toString(fnvSplitMix(phrase.get(0))), phrase.get(2), phrase.toString());
            assertEquals(phrase.get(0).split(" ").length, phrase.get(1).split(" ").length, phrase.toString());
        }
        // what the second saying adds spans the join
        twice.stream().filter(phrase -> !onceKeys.contains(phrase.get(0)))
                .forEach(phrase -> assertTrue(phrase.get(0).contains(" "), phrase + " in " + text));
    }

    @Property(tries = 50)
    void closenessIsTheCosineOfEachNotesStemSetToTheirSum(@ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        LabellingRequest request = request(seed, 3, 12, false, 1);
        List<String> ids = request.themes().get(0).evidence().stream().map(NoteRef::noteId).toList();
        Map<String, Double> closeness = new KeyPhraseLabeller().closeness(request, ids);
        // the plain way: each note's distinct stems as strings, the centre their counts over the notes
        Map<String, java.util.Set<String>> stems = new HashMap<>();
        Map<String, Integer> centre = new HashMap<>();
        try (org.ltc.theming.text.TextAnalyzer analyzer = new org.ltc.theming.text.TextAnalyzer(
                org.ltc.theming.text.TextAnalysisOptions.defaults())) {
            for (String id : ids) {
                String text = request.conversations().notes().stream().filter(n -> n.id().equals(id)).findFirst()
                        .orElseThrow().text();
                java.util.Set<String> s = new java.util.TreeSet<>(analyzer.terms(text));
                stems.put(id, s);
                s.forEach(x -> centre.merge(x, 1, Integer::sum));
            }
        }
        double norm = Math.sqrt(centre.values().stream().mapToDouble(c -> (double) c * c).sum());
        assertEquals(new java.util.HashSet<>(ids), closeness.keySet());
        for (String id : ids) {
            java.util.Set<String> s = stems.get(id);
            double dot = s.stream().mapToDouble(centre::get).sum();
            double expected = s.isEmpty() ? 0 : dot / (Math.sqrt(s.size()) * norm);
            assertEquals(expected, closeness.get(id), 1e-12, id);
        }
    }

    @Property(tries = 100)
    void howWordsAreUsedIsTheSameReadInOneRunOrInParts(@ForAll @IntRange(min = 0, max = 1_000_000) int seed,
                                                      @ForAll @IntRange(min = 2, max = 9) int parts) {
        String[] names = {"Bowling Green", "Carver City", "BG", "Warren County", "The Park", "Main Street"};
        String[] starts = {"The ", "A ", "We need ", "In ", "near ", "", "I live in "};
        Random r = new Random(seed);
        List<String> texts = new ArrayList<>();
        for (int n = 0; n < 1 + r.nextInt(60); n++) {
            StringBuilder t = new StringBuilder(starts[r.nextInt(starts.length)]);
            for (int w = 0; w < 2 + r.nextInt(12); w++) {
                String[] topic = TOPICS[r.nextInt(TOPICS.length)];
                int pick = r.nextInt(6);
                t.append(w == 0 ? "" : pick == 0 ? ". " : pick == 1 ? ", " : " ").append(pick == 2
                        ? names[r.nextInt(names.length)] : pick == 3 ? topic[r.nextInt(topic.length)]
                        : FILLER[r.nextInt(FILLER.length)]);
            }
            texts.add(t.toString());
        }
        List<Object> whole = KeyPhraseLabeller.usage(texts, 1);
        assertEquals(whole, KeyPhraseLabeller.usage(texts, parts), texts.toString());
        assertFalse(((Map<?, ?>) whole.get(2)).isEmpty(), "some written forms: " + texts);
    }

    /** The counting hash, written out: FNV-1a over the key's characters, then the SplitMix64 finaliser. */
    private static long fnvSplitMix(String key) {
        long h = 0xcbf29ce484222325L;
        for (char ch : key.toCharArray()) {
            h = (h ^ ch) * 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return h == Long.MIN_VALUE ? h + 1 : h;
    }

    @Test
    void onlyPhrasesAThemeSupportsAreTotalledAndTheirTotalsAreExact() {
        for (int threads : new int[] {1, 3}) {
            // themes under sampleNotes, so the one note holding the aside is read (larger ones are sampled)
            KeyPhraseLabeller.ClassTotals ct = new KeyPhraseLabeller().classTotals(request(5, 5, 90, false, threads));
            KeyPhraseOptions o = ct.options();
            assertEquals(5, ct.sizes().size());
            for (int i = 0; i < ct.sizes().size(); i++) {
                // the phrases gathered by hash are exactly those at least minNotes notes hold, with exact counts
                Map<String, Integer> expected = new HashMap<>();
                ct.exact().get(i).forEach((key, n) -> {
                    if (n >= o.minNotes()) {
                        expected.put(key, n);
                    }
                });
                assertEquals(expected, ct.support().get(i));
            }
            for (Map.Entry<String, Integer> e : ct.exactTotals().entrySet()) {
                boolean supported = false;
                for (int i = 0; i < ct.sizes().size(); i++) {
                    int min = Math.max(o.minNotes(), (int) Math.ceil(o.minShare() * ct.sizes().get(i)));
                    supported |= ct.exact().get(i).getOrDefault(e.getKey(), 0) >= min;
                }
                assertEquals(supported, ct.totals().containsKey(e.getKey()), e.getKey());
                if (supported) {
                    assertEquals(e.getValue(), ct.totals().get(e.getKey()), e.getKey());
                }
            }
            assertFalse(ct.totals().isEmpty());
            // one note's aside is read but never totalled
            List<String> aside = ct.exactTotals().keySet().stream().filter(key -> key.startsWith("zebra")).toList();
            assertFalse(aside.isEmpty());
            aside.forEach(key -> assertTrue(!ct.totals().containsKey(key) && ct.exactTotals().get(key) == 1, key));
        }
    }
}
