package org.ltc.theming.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ltc.theming.text.Corpus;
import org.ltc.theming.text.TextAnalyzer;
import org.ltc.theming.text.Token;

/**
 * Label-free theme quality.
 *
 * <ul>
 *   <li>NPMI coherence (Bouma 2009; Lau, Newman and Baldwin 2014; Röder et al. 2015's C_NPMI with
 *       document co-occurrence): for every pair of a theme's top terms,
 *       {@code ln(p(a,b) / (p(a) p(b))) / -ln p(a,b)} with probabilities estimated from the documents of the
 *       corpus itself that contain the terms (a pair never seen together scores -1), averaged over pairs, then
 *       over themes. In [-1, 1]; higher reads better.</li>
 *   <li>Topic diversity (Dieng, Ruiz and Blei 2020): the share of distinct terms among all themes' top
 *       terms. In [0, 1]; 1 means no two themes share a top term.</li>
 * </ul>
 */
public final class TopicMetrics {
    private TopicMetrics() {
    }

    /**
     * Mean NPMI coherence of the themes' top terms over the corpus documents. Terms are given as people
     * read them ("public transit", "arrived") and analysed with the corpus's own options; terms not in the
     * vocabulary are skipped. Themes with fewer than two known terms are left out; with none left the
     * result is 0.
     *
     * @param topN how many leading terms of each theme to use
     */
    public static double npmiCoherence(List<List<String>> themeTerms, Corpus corpus, int topN) {
        TextAnalyzer analyzer = new TextAnalyzer(corpus.options());
        int n = corpus.size();
        double sum = 0;
        int themes = 0;
        for (List<String> terms : themeTerms) {
            List<Integer> ids = new ArrayList<>();
            for (String term : terms) {
                if (ids.size() >= topN) {
                    break;
                }
                int id = resolve(term, corpus, analyzer);
                if (id >= 0 && !ids.contains(id)) {
                    ids.add(id);
                }
            }
            if (ids.size() < 2) {
                continue;
            }
            // which documents hold each term
            List<Set<Integer>> docs = new ArrayList<>();
            for (int ignored : ids) {
                docs.add(new HashSet<>());
            }
            for (int d = 0; d < n; d++) {
                for (int p = 0; p < corpus.documentLength(d); p++) {
                    int k = ids.indexOf(corpus.termAt(d, p));
                    if (k >= 0) {
                        docs.get(k).add(d);
                    }
                }
            }
            double pairSum = 0;
            int pairs = 0;
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    int both = 0;
                    for (int d : docs.get(i)) {
                        if (docs.get(j).contains(d)) {
                            both++;
                        }
                    }
                    pairSum += npmi(docs.get(i).size(), docs.get(j).size(), both, n);
                    pairs++;
                }
            }
            sum += pairSum / pairs;
            themes++;
        }
        analyzer.close();
        return themes == 0 ? 0 : sum / themes;
    }

    /** NPMI of two terms from document counts. */
    static double npmi(int countA, int countB, int countBoth, int documents) {
        if (countBoth == 0 || countA == 0 || countB == 0) {
            return -1;
        }
        double pab = countBoth / (double) documents;
        if (pab >= 1) {
            return 1;
        }
        double pa = countA / (double) documents;
        double pb = countB / (double) documents;
        return Math.log(pab / (pa * pb)) / -Math.log(pab);
    }

    /** Share of distinct terms among the first {@code topN} terms of every theme (0 when there are none). */
    public static double topicDiversity(List<List<String>> themeTerms, int topN) {
        Set<String> distinct = new HashSet<>();
        int total = 0;
        for (List<String> terms : themeTerms) {
            for (int i = 0; i < Math.min(topN, terms.size()); i++) {
                distinct.add(terms.get(i));
                total++;
            }
        }
        return total == 0 ? 0 : distinct.size() / (double) total;
    }

    private static int resolve(String term, Corpus corpus, TextAnalyzer analyzer) {
        int direct = corpus.termId(term);
        if (direct >= 0) {
            return direct;
        }
        List<Token> tokens = analyzer.tokens(term, null);
        StringBuilder joined = new StringBuilder();
        for (Token t : tokens) {
            joined.append(joined.length() == 0 ? "" : " ").append(t.term());
        }
        int id = corpus.termId(joined.toString());
        if (id < 0 && tokens.size() == 1) {
            id = corpus.termId(tokens.get(0).term());
        }
        return id;
    }
}
