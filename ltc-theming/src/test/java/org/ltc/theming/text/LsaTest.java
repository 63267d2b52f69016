package org.ltc.theming.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ltc.model.plugin.Cancellation;

class LsaTest {
    /** Two groups of notes with disjoint wording but shared bridge words land apart; synonyms land together. */
    @Test
    void coOccurrenceBringsNotesTogether() {
        List<String> t = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            t.add("bus route schedule");
            t.add("bus fare transit");
            t.add("tree park bench");
            t.add("park playground grass");
        }
        Corpus c = Corpus.analyse(t, TextAnalysisOptions.builder().phrases(false).build());
        List<SparseVector> rows = TermWeighting.TF_IDF.vectors(c);
        Lsa lsa = Lsa.fit(rows, c.vocabularySize(), 2, 2, 7, 1, Cancellation.never());
        float[][] x = lsa.transformAll(rows, 1, Cancellation.never());
        // "route schedule" and "fare transit" share no word, yet both are about buses
        assertTrue(dot(x[0], x[1]) > 0.9, "bus notes meet: " + dot(x[0], x[1]));
        assertTrue(Math.abs(dot(x[0], x[2])) < 0.2, "bus and park notes stay apart: " + dot(x[0], x[2]));
    }

    @Test
    void singularValuesMatchExactOnesAndThreadsDoNotMatter() {
        List<String> t = new ArrayList<>();
        for (int i = 0; i < 9000; i++) {
            t.add("w" + (i % 17) + " v" + (i % 5) + " u" + (i % 11) + (i % 3 == 0 ? " z" + (i % 4) : ""));
        }
        Corpus c = Corpus.analyse(t, TextAnalysisOptions.builder().phrases(false).minTokenLength(1).build());
        List<SparseVector> rows = TermWeighting.TF_IDF.vectors(c);
        Lsa one = Lsa.fit(rows, c.vocabularySize(), 5, 8, 1, 1, Cancellation.never());
        Lsa two = Lsa.fit(rows, c.vocabularySize(), 5, 8, 1, 2, Cancellation.never());
        assertArrayEquals(one.singularValues(), two.singularValues());
        assertArrayEquals(one.transform(rows.get(3)), two.transform(rows.get(3)));
        // the exact top singular values from the Gram matrix A^T A
        int v = c.vocabularySize();
        double[][] g = new double[v][v];
        for (SparseVector r : rows) {
            for (int p = 0; p < r.size(); p++) {
                for (int q = 0; q < r.size(); q++) {
                    g[r.index(p)][r.index(q)] += r.value(p) * (double) r.value(q);
                }
            }
        }
        double[] exact = org.ltc.theming.internal.Dense.symmetricEigen(g)[0][0];
        for (int i = 0; i < 5; i++) {
            assertEquals(Math.sqrt(exact[i]), one.singularValues()[i], 1e-3 * Math.sqrt(exact[0]));
        }
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
