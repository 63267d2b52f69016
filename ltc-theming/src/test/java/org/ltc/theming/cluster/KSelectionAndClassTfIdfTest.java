package org.ltc.theming.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ltc.theming.text.Corpus;
import org.ltc.theming.text.TextAnalysisOptions;

/** The pieces both clustering themers share: the k grid, the silhouette, the pick near the best, c-TF-IDF. */
class KSelectionAndClassTfIdfTest {
    @Test
    void theGridRunsGeometricallyFromMinToMaxK() {
        List<Integer> grid = KSelection.kGrid(2, 40);
        assertEquals(2, grid.get(0));
        assertEquals(40, grid.get(grid.size() - 1));
        for (int g = 1; g < grid.size(); g++) {
            assertTrue(grid.get(g) > grid.get(g - 1), grid.toString());
            // a step of 1.2, rounded; the last step may be shorter, to land on maxK
            assertTrue(grid.get(g) <= Math.ceil(grid.get(g - 1) * 1.2) + 1, grid.toString());
        }
        assertEquals(List.of(5), KSelection.kGrid(5, 5));
    }

    @Test
    void theSmallestKWithinThreePercentOfTheBestIsChosen() {
        List<Integer> grid = List.of(2, 3, 4, 5);
        assertEquals(4, KSelection.smallestNearBest(grid, new double[] {0.30, 0.40, 0.495, 0.50}));
        assertEquals(5, KSelection.smallestNearBest(grid, new double[] {0.30, 0.40, 0.48, 0.50}));
        assertEquals(2, KSelection.smallestNearBest(grid, new double[] {0.60, 0.40, 0.48, 0.50}));
    }

    @Test
    void silhouettesScoreSeparatedClustersNearOneAndSingletonsZero() {
        // two tight groups of unit vectors, orthogonal to each other
        float[][] sim = new float[4][4];
        int[] group = {0, 0, 1, 1};
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                sim[i][j] = group[i] == group[j] ? 0.99f : 0f;
            }
        }
        double good = KSelection.silhouette(sim, group, 2);
        assertTrue(good > 0.95, "separated: " + good);
        double bad = KSelection.silhouette(sim, new int[] {0, 1, 0, 1}, 2);
        assertTrue(bad < 0, "mixed: " + bad);
        assertEquals(0, KSelection.silhouette(sim, new int[] {0, 1, 2, 3}, 4), 1e-12);
    }

    @Test
    void aGroupsKeyTermsAreTheWordsThatSetItApart() {
        Corpus corpus = Corpus.analyse(List.of(
                "library hours should be longer on weekends",
                "longer library hours on sunday would help",
                "the park needs more trees and library benches",
                "plant trees in the park near the library"), TextAnalysisOptions.defaults());
        List<List<String>> terms = ClassTfIdf.keyTerms(corpus, List.of(List.of(0, 1), List.of(2, 3)), 3);
        assertEquals(2, terms.size());
        assertTrue(terms.get(0).contains("hours"), terms.toString());
        assertTrue(terms.get(1).contains("trees") || terms.get(1).contains("park"), terms.toString());
        // a word every group uses weighs less than one only this group uses
        assertTrue(!terms.get(0).contains("library") || terms.get(0).indexOf("library") > terms.get(0).indexOf("hours"),
                terms.toString());
        assertTrue(terms.get(0).size() <= 3);
    }
}
