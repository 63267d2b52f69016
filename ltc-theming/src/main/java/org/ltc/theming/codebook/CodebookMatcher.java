package org.ltc.theming.codebook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A codebook compiled for matching: each code's seed terms and phrases as light stems, for English and for
 * Spanish. {@link CodebookThemer} uses it to code notes; public-knowledge assembly uses it to find the category
 * of a theme that another themer made. Immutable and thread-safe once built.
 */
public final class CodebookMatcher implements org.ltc.theming.LabellingRequest.Codes {
    private final Codebook codebook;
    private final Map<String, Compiled> byLanguage = new LinkedHashMap<>();

    public CodebookMatcher(Codebook codebook) {
        this.codebook = java.util.Objects.requireNonNull(codebook, "codebook");
        for (String lang : List.of("en", "es")) {
            byLanguage.put(lang, new Compiled(codebook.codes(), lang));
        }
    }

    public Codebook codebook() {
        return codebook;
    }

    @Override
    public List<String> labels() {
        return codebook.codes().stream().map(Code::label).toList();
    }

    @Override
    public int[] scores(String text, String language) {
        return scores(text, language, null);
    }

    /**
     * The text's score for each code, in codebook order: each seed phrase present counts 2, each distinct seed
     * term 1 (a word inside a matched phrase is not counted again).
     *
     * @param language the text's BCP 47 tag ({@code es...} is Spanish; anything else, or {@code null}, English)
     * @param hits     when not {@code null}, receives for each code the seeds that matched
     */
    public int[] scores(String text, String language, List<List<String>> hits) {
        String lang = language != null && language.toLowerCase(Locale.ROOT).startsWith("es") ? "es" : "en";
        Compiled c = byLanguage.get(lang);
        List<String> stems = Stems.of(text, lang);
        int[] scores = new int[codebook.codes().size()];
        for (int k = 0; k < scores.length; k++) {
            List<String> matched = new ArrayList<>();
            scores[k] = c.score(k, stems, matched);
            if (hits != null) {
                hits.add(matched);
            }
        }
        return scores;
    }

    /** The codes the text fits best (highest positive score), in codebook order; empty when none matches. */
    public List<Code> best(String text, String language) {
        int[] s = scores(text, language, null);
        int max = Arrays.stream(s).max().orElse(0);
        List<Code> out = new ArrayList<>();
        for (int k = 0; max > 0 && k < s.length; k++) {
            if (s[k] == max) {
                out.add(codebook.codes().get(k));
            }
        }
        return out;
    }

    /** A codebook's seed terms and phrases as stems of one language. */
    private static final class Compiled {
        private final List<Map<String, String>> terms = new ArrayList<>();
        private final List<Map<List<String>, String>> phrases = new ArrayList<>();

        Compiled(List<Code> codes, String language) {
            for (Code code : codes) {
                Map<String, String> t = new LinkedHashMap<>();
                Map<List<String>, String> p = new LinkedHashMap<>();
                for (String term : code.terms()) {
                    add(term, Stems.of(term, language), t, p);
                }
                for (String phrase : code.phrases()) {
                    add(phrase, Stems.of(phrase, language), t, p);
                }
                terms.add(t);
                phrases.add(p);
            }
        }

        private static void add(String seed, List<String> stems, Map<String, String> t, Map<List<String>, String> p) {
            if (stems.size() == 1) {
                t.putIfAbsent(stems.get(0), seed);
            } else if (stems.size() > 1) {
                p.putIfAbsent(List.copyOf(stems), seed);
            }
        }

        /**
         * Seed phrases present count 2 each, distinct seed terms 1 each (a word inside a matched phrase is not
         * counted again); fills in the seeds that matched.
         */
        int score(int code, List<String> stems, List<String> matched) {
            int score = 0;
            boolean[] covered = new boolean[stems.size()];
            for (Map.Entry<List<String>, String> e : phrases.get(code).entrySet()) {
                List<String> p = e.getKey();
                boolean found = false;
                for (int at = 0; at + p.size() <= stems.size(); at++) {
                    if (stems.subList(at, at + p.size()).equals(p)) {
                        found = true;
                        java.util.Arrays.fill(covered, at, at + p.size(), true);
                    }
                }
                if (found) {
                    matched.add(e.getValue());
                    score += 2;
                }
            }
            Set<String> seen = new HashSet<>();
            Map<String, String> t = terms.get(code);
            for (int i = 0; i < stems.size(); i++) {
                String seed = covered[i] ? null : t.get(stems.get(i));
                if (seed != null && seen.add(seed)) {
                    matched.add(seed);
                    score++;
                }
            }
            return score;
        }
    }
}
