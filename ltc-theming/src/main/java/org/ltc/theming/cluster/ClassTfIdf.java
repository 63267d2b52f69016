package org.ltc.theming.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ltc.theming.text.Corpus;

/**
 * Class-based TF-IDF key terms (c-TF-IDF, Grootendorst 2022, "BERTopic: neural topic modeling with a class-based
 * TF-IDF procedure", arXiv:2203.05794): each group of notes is one document, and a term's weight in a group is its
 * frequency there, normalised by the group's length, times {@code ln(1 + A / f)} with A the mean number of words
 * per group and f the term's frequency over all groups. Terms are shown in their most frequent written form
 * ({@link Corpus#label}); ties break by term id. Not API.
 */
final class ClassTfIdf {
    private ClassTfIdf() {
    }

    /**
     * The {@code count} heaviest distinct key terms of each group.
     *
     * @param corpus the analysed notes
     * @param groups each group's notes, as document indices into the corpus
     * @param count  how many key terms a group gets at most
     * @return one list per group, in the groups' order (empty for a group with no words)
     */
    static List<List<String>> keyTerms(Corpus corpus, List<List<Integer>> groups, int count) {
        int v = corpus.vocabularySize();
        double[] termTotal = new double[v];
        double words = 0;
        for (List<Integer> g : groups) {
            for (int doc : g) {
                for (int p = 0; p < corpus.documentLength(doc); p++) {
                    termTotal[corpus.termAt(doc, p)]++;
                    words++;
                }
            }
        }
        double avgWords = groups.isEmpty() ? 0 : words / groups.size();
        double[] tf = new double[v];
        List<List<String>> out = new ArrayList<>(groups.size());
        for (List<Integer> g : groups) {
            Arrays.fill(tf, 0);
            double length = 0;
            for (int doc : g) {
                for (int p = 0; p < corpus.documentLength(doc); p++) {
                    tf[corpus.termAt(doc, p)]++;
                    length++;
                }
            }
            out.add(length == 0 ? List.of() : heaviest(corpus, tf, termTotal, length, avgWords, count));
        }
        return out;
    }

    private static List<String> heaviest(Corpus corpus, double[] tf, double[] termTotal, double length,
                                         double avgWords, int count) {
        List<Integer> candidates = new ArrayList<>();
        double[] weight = new double[tf.length];
        for (int t = 0; t < tf.length; t++) {
            if (tf[t] > 0) {
                weight[t] = tf[t] / length * Math.log(1 + avgWords / termTotal[t]);
                candidates.add(t);
            }
        }
        candidates.sort((a, b) -> {
            int cmp = Double.compare(weight[b], weight[a]);
            return cmp != 0 ? cmp : Integer.compare(a, b);
        });
        List<String> out = new ArrayList<>();
        for (int t : candidates) {
            String label = corpus.label(t);
            if (!out.contains(label)) {
                out.add(label);
            }
            if (out.size() >= count) {
                break;
            }
        }
        return out;
    }
}
