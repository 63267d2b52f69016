package org.ltc.theming.codebook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The indexed matcher scores every text exactly as matching code by code did (the reference below is that
 * earlier implementation, kept as the oracle): same scores, same seeds matched, in the same order.
 */
class CodebookMatcherProperties {
    private static final Codebook BOOK = Codebook.defaults();
    private static final CodebookMatcher MATCHER = new CodebookMatcher(BOOK);
    private static final List<String> SEEDS = BOOK.codes().stream()
            .flatMap(c -> java.util.stream.Stream.concat(c.terms().stream(), c.phrases().stream())).toList();

    @Property(tries = 300)
    void indexedMatchingEqualsCodeByCode(@ForAll("texts") String text) {
        List<List<String>> hits = new ArrayList<>();
        int[] scores = MATCHER.scores(text, "en", hits);
        List<List<String>> expectedHits = new ArrayList<>();
        int[] expected = reference(text, "en", expectedHits);
        assertArrayEquals(expected, scores, text);
        assertEquals(expectedHits, hits, text);
    }

    @Test
    void aPhraseCoversItsWordsAndCountsTwo() {
        String text = SEEDS.stream().filter(s -> s.contains(" ")).findFirst().orElseThrow();
        int[] scores = MATCHER.scores(text + " and " + text, "en");
        assertArrayEquals(reference(text + " and " + text, "en", null), scores);
        assertEquals(true, Arrays.stream(scores).anyMatch(s -> s >= 2), text);
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> filler = Arbitraries.of("the", "we", "need", "more", "and", "a", "for", "our", "kids",
                "people", "Parks", "buses", "safe", "late", "near", "town");
        Arbitrary<String> seed = Arbitraries.of(SEEDS);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(2, seed), net.jqwik.api.Tuple.of(3, filler))
                .list().ofMinSize(0).ofMaxSize(25).map(w -> String.join(" ", w));
    }

    /** Matching code by code, as before the index: the oracle. */
    private static int[] reference(String text, String language, List<List<String>> hits) {
        List<String> stems = Stems.of(text, language);
        int[] scores = new int[BOOK.codes().size()];
        for (int k = 0; k < scores.length; k++) {
            Code code = BOOK.codes().get(k);
            Map<String, String> t = new LinkedHashMap<>();
            Map<List<String>, String> p = new LinkedHashMap<>();
            for (String s : code.terms()) {
                add(s, Stems.of(s, language), t, p);
            }
            for (String s : code.phrases()) {
                add(s, Stems.of(s, language), t, p);
            }
            List<String> matched = new ArrayList<>();
            int score = 0;
            boolean[] covered = new boolean[stems.size()];
            for (Map.Entry<List<String>, String> e : p.entrySet()) {
                List<String> ph = e.getKey();
                boolean found = false;
                for (int at = 0; at + ph.size() <= stems.size(); at++) {
                    if (stems.subList(at, at + ph.size()).equals(ph)) {
                        found = true;
                        Arrays.fill(covered, at, at + ph.size(), true);
                    }
                }
                if (found) {
                    matched.add(e.getValue());
                    score += 2;
                }
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < stems.size(); i++) {
                String s = covered[i] ? null : t.get(stems.get(i));
                if (s != null && seen.add(s)) {
                    matched.add(s);
                    score++;
                }
            }
            scores[k] = score;
            if (hits != null) {
                hits.add(matched);
            }
        }
        return scores;
    }

    private static void add(String seed, List<String> stems, Map<String, String> t, Map<List<String>, String> p) {
        if (stems.size() == 1) {
            t.putIfAbsent(stems.get(0), seed);
        } else if (stems.size() > 1) {
            p.putIfAbsent(List.copyOf(stems), seed);
        }
    }
}
