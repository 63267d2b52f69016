package org.ltc.theming.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ltc.model.InvalidInputException;

class ClusteringMetricsTest {
    private static final int[] TRUTH = {0, 0, 0, 1, 1, 1};
    private static final int[] PRED = {0, 0, 1, 1, 2, 2};

    /** The values scikit-learn 1.x gives for this pair (its documentation's own example). */
    @Test
    void matchScikitLearn() {
        assertEquals(0.5158037429793889, ClusteringMetrics.nmi(TRUTH, PRED), 1e-12);
        assertEquals(0.2987924581708901, ClusteringMetrics.ami(TRUTH, PRED), 1e-12);
        assertEquals(0.24242424242424246, ClusteringMetrics.ari(TRUTH, PRED), 1e-12);
        assertEquals(0.6666666666666669, ClusteringMetrics.homogeneity(TRUTH, PRED), 1e-12);
        assertEquals(0.420619835714305, ClusteringMetrics.completeness(TRUTH, PRED), 1e-12);
        assertEquals(0.5158037429793889, ClusteringMetrics.vMeasure(TRUTH, PRED), 1e-12);
    }

    /** Values computed by hand from the contingency table (see the Python check in the commit message). */
    @Test
    void unevenClusters() {
        int[] t = {0, 0, 1, 1, 2, 2, 2, 3};
        int[] p = {1, 1, 0, 0, 2, 2, 3, 3};
        assertEquals(0.8478197989367872, ClusteringMetrics.nmi(t, p), 1e-12);
        assertEquals(0.6578662492646176, ClusteringMetrics.ami(t, p), 1e-12);
        assertEquals(0.6037735849056604, ClusteringMetrics.ari(t, p), 1e-12);
    }

    @Test
    void perfectAndPermutedAgreeFully() {
        int[] t = {0, 0, 1, 1, 2};
        int[] p = {5, 5, 3, 3, 9};
        assertEquals(1.0, ClusteringMetrics.nmi(t, p), 1e-12);
        assertEquals(1.0, ClusteringMetrics.ami(t, p), 1e-12);
        assertEquals(1.0, ClusteringMetrics.ari(t, p), 1e-12);
        assertEquals(1.0, ClusteringMetrics.ari(new int[] {0, 0}, new int[] {1, 1}), 1e-12);
    }

    @Test
    void stabilityIsMeanPairwiseAri() {
        double expected = (1 + ClusteringMetrics.ari(TRUTH, PRED) + ClusteringMetrics.ari(TRUTH, PRED)) / 3;
        assertEquals(expected, ClusteringMetrics.meanPairwiseAri(List.of(TRUTH, TRUTH.clone(), PRED)), 1e-12);
        assertThrows(InvalidInputException.class, () -> ClusteringMetrics.meanPairwiseAri(List.of(TRUTH)));
        assertThrows(InvalidInputException.class, () -> ClusteringMetrics.nmi(TRUTH, new int[] {1}));
    }

    @Test
    void encodesLabels() {
        assertEquals(List.of(0, 1, 0, 2), java.util.Arrays.stream(ClusteringMetrics.encode(List.of("a", "b", "a", "c")))
                .boxed().toList());
    }
}
