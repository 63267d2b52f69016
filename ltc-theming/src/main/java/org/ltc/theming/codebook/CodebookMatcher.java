package org.ltc.theming.codebook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A codebook compiled for matching: each code's seed terms and phrases as light stems, for English and for
 * Spanish. {@link CodebookThemer} uses it to code notes; public-knowledge assembly uses it to find the category
 * of a theme that another themer made. Immutable and thread-safe once built.
 */
public final class CodebookMatcher implements org.ltc.theming.LabellingRequest.Codes {
    private final Codebook codebook;
    private final Map<String, Compiled> byLanguage = new LinkedHashMap<>();
    private final Stems stems = new Stems();

    public CodebookMatcher(Codebook codebook) {
        this.codebook = java.util.Objects.requireNonNull(codebook, "codebook");
        for (String lang : List.of("en", "es")) {
            byLanguage.put(lang, new Compiled(codebook.codes(), lang, stems));
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
        return byLanguage.get(lang).scores(stems.stems(text, lang), hits);
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

    /**
     * A codebook's seed terms and phrases as stems of one language, indexed by stem: a text is scored against
     * every code in one pass over its stems (looking up each stem once), not code by code, so matching costs
     * the text's length whatever the size of the codebook.
     */
    private static final class Compiled {
        private final int codes;
        /** stem -> the (code, seed) pairs whose single-stem seed it is, in code order. */
        private final Map<String, List<TermSeed>> terms = new HashMap<>();
        /** first stem -> the multi-stem seeds starting with it, in code then seed order. */
        private final Map<String, List<PhraseSeed>> phrases = new HashMap<>();
        /** per code, its phrase seeds by ordinal (codebook order). */
        private final List<List<PhraseSeed>> phrasesByCode = new ArrayList<>();

        Compiled(List<Code> codes, String language, Stems stemmer) {
            this.codes = codes.size();
            for (int k = 0; k < codes.size(); k++) {
                Code code = codes.get(k);
                Map<String, String> t = new LinkedHashMap<>();
                Map<List<String>, String> p = new LinkedHashMap<>();
                for (String term : code.terms()) {
                    add(term, stemmer.stems(term, language), t, p);
                }
                for (String phrase : code.phrases()) {
                    add(phrase, stemmer.stems(phrase, language), t, p);
                }
                int index = k;
                t.forEach((stem, seed) -> terms.computeIfAbsent(stem, x -> new ArrayList<>(1))
                        .add(new TermSeed(index, seed)));
                List<PhraseSeed> mine = new ArrayList<>();
                for (Map.Entry<List<String>, String> e : p.entrySet()) {
                    PhraseSeed ps = new PhraseSeed(k, mine.size(), e.getKey(), e.getValue());
                    mine.add(ps);
                    phrases.computeIfAbsent(e.getKey().get(0), x -> new ArrayList<>(1)).add(ps);
                }
                phrasesByCode.add(List.copyOf(mine));
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
         * Each code's score: seed phrases present count 2 each, distinct seed terms 1 each (a word inside a
         * phrase matched for that code is not counted again); fills in, per code, the seeds that matched
         * (phrases in codebook order, then terms in text order).
         */
        int[] scores(List<String> stems, List<List<String>> hits) {
            int n = stems.size();
            int[] scores = new int[codes];
            List<List<String>> matched = new ArrayList<>(java.util.Collections.nCopies(codes, List.of()));
            Map<Integer, boolean[]> covered = null;
            Map<Integer, java.util.BitSet> found = null;
            for (int at = 0; at < n; at++) {
                List<PhraseSeed> starting = phrases.get(stems.get(at));
                if (starting == null) {
                    continue;
                }
                for (PhraseSeed ps : starting) {
                    int len = ps.stems().size();
                    if (at + len <= n && stems.subList(at, at + len).equals(ps.stems())) {
                        if (covered == null) {
                            covered = new HashMap<>();
                            found = new java.util.TreeMap<>();
                        }
                        java.util.Arrays.fill(covered.computeIfAbsent(ps.code(), x -> new boolean[n]), at, at + len,
                                true);
                        found.computeIfAbsent(ps.code(), x -> new java.util.BitSet()).set(ps.ordinal());
                    }
                }
            }
            if (found != null) {
                for (Map.Entry<Integer, java.util.BitSet> e : found.entrySet()) {
                    int k = e.getKey();
                    List<String> m = new ArrayList<>();
                    List<PhraseSeed> byOrdinal = phrasesByCode.get(k);
                    e.getValue().stream().forEach(o -> m.add(byOrdinal.get(o).seed()));
                    scores[k] += 2 * m.size();
                    matched.set(k, m);
                }
            }
            for (int i = 0; i < n; i++) {
                List<TermSeed> seeds = terms.get(stems.get(i));
                if (seeds == null) {
                    continue;
                }
                for (TermSeed ts : seeds) {
                    int k = ts.code();
                    boolean[] c = covered == null ? null : covered.get(k);
                    if (c != null && c[i]) {
                        continue;
                    }
                    List<String> m = matched.get(k);
                    if (m.isEmpty()) {
                        m = new ArrayList<>();
                        matched.set(k, m);
                    } else if (m.contains(ts.seed())) {
                        continue; // a seed counts once however often it occurs
                    }
                    m.add(ts.seed());
                    scores[k]++;
                }
            }
            if (hits != null) {
                hits.addAll(matched);
            }
            return scores;
        }
    }

    private record TermSeed(int code, String seed) {
    }

    private record PhraseSeed(int code, int ordinal, List<String> stems, String seed) {
    }
}
