package org.ltc.calibration.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ltc.model.InvalidInputException;

/** Each statistic against the worked examples published with its method, to 3 decimals. */
class AgreementTest {
    private static final double NA = Double.NaN;

    /**
     * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: reliability data of 4
     * observers x 12 units with missing values. Published: nominal .743, ordinal .815, interval .849, ratio .797.
     */
    static RatingTable krippendorffExample() {
        double[][] byObserver = {
                {1, 2, 3, 3, 2, 1, 4, 1, 2, NA, NA, NA},
                {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NA, 3},
                {NA, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NA},
                {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NA}};
        double[][] units = new double[12][4];
        for (int u = 0; u < 12; u++) {
            for (int r = 0; r < 4; r++) {
                units[u][r] = byObserver[r][u];
            }
        }
        return RatingTable.of(units);
    }

    @Test
    void krippendorffAlphaReproducesKrippendorff2011() {
        RatingTable t = krippendorffExample();
        assertEquals(0.743, KrippendorffAlpha.compute(t, Level.NOMINAL), 0.0005);
        assertEquals(0.815, KrippendorffAlpha.compute(t, Level.ORDINAL), 0.0005);
        assertEquals(0.849, KrippendorffAlpha.compute(t, Level.INTERVAL), 0.0005);
        assertEquals(0.797, KrippendorffAlpha.compute(t, Level.RATIO), 0.0005);
    }

    /**
     * Fleiss (1971) as worked in Wikipedia's "Fleiss' kappa" article: 10 subjects, 14 raters, 5 categories,
     * kappa = 0.210.
     */
    @Test
    void fleissKappaReproducesTheStandardExample() {
        int[][] counts = {
                {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
                {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};
        assertEquals(0.210, FleissKappa.compute(CountTable.of(counts)), 0.0005);
    }

    /**
     * Wikipedia's "Cohen's kappa" worked example: 50 grant proposals, both readers yes 20, A yes B no 5,
     * A no B yes 10, both no 15; p_o = 0.7, p_e = 0.5, kappa = 0.400.
     */
    @Test
    void cohenKappaReproducesTheFiftyProposalExample() {
        double[][] rows = new double[50][];
        int i = 0;
        for (int k = 0; k < 20; k++) {
            rows[i++] = new double[] {1, 1};
        }
        for (int k = 0; k < 5; k++) {
            rows[i++] = new double[] {1, 0};
        }
        for (int k = 0; k < 10; k++) {
            rows[i++] = new double[] {0, 1};
        }
        for (int k = 0; k < 15; k++) {
            rows[i++] = new double[] {0, 0};
        }
        RatingTable t = RatingTable.of(rows);
        assertEquals(0.400, CohenKappa.compute(t, Weighting.UNWEIGHTED), 0.0005);
        // With two categories every weighting is the same statistic.
        assertEquals(0.400, CohenKappa.compute(t, Weighting.LINEAR), 0.0005);
        assertEquals(0.400, CohenKappa.compute(t, Weighting.QUADRATIC), 0.0005);
    }

    /**
     * Weighted kappa worked by hand for three ordered categories: confusion
     * [[10,5,0],[2,8,3],[0,2,10]], N = 40, row totals 15, 13, 12, column totals 12, 15, 13. Unweighted:
     * p_o = 28/40 = .7, p_e = (15*12 + 13*15 + 12*13)/1600 = 531/1600; kappa = (.7 - .331875)/.668125 = .551.
     * Linear and quadratic: observed and expected weighted disagreement from the definition, below.
     */
    @Test
    void weightedKappaFollowsCohen1968() {
        long[][] c = {{10, 5, 0}, {2, 8, 3}, {0, 2, 10}};
        assertEquals(0.551, CohenKappa.fromConfusion(c, Weighting.UNWEIGHTED), 0.0005);
        double[] rows = {15, 13, 12};
        double[] cols = {12, 15, 13};
        double obsLin = (5 + 3 + 2 + 2) * 0.5 / 40;
        double obsQuad = (5 + 3 + 2 + 2) * 0.25 / 40;
        double expLin = 0;
        double expQuad = 0;
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                double d = Math.abs(a - b) / 2.0;
                expLin += d * rows[a] * cols[b] / 1600;
                expQuad += d * d * rows[a] * cols[b] / 1600;
            }
        }
        assertEquals(1 - obsLin / expLin, CohenKappa.fromConfusion(c, Weighting.LINEAR), 1e-12);
        assertEquals(1 - obsQuad / expQuad, CohenKappa.fromConfusion(c, Weighting.QUADRATIC), 1e-12);
        // No disagreement two categories apart, so the weighted forms credit near misses.
        assertTrue(CohenKappa.fromConfusion(c, Weighting.QUADRATIC) > CohenKappa.fromConfusion(c, Weighting.UNWEIGHTED));
    }

    /**
     * Shrout &amp; Fleiss (1979), Table 2: 6 targets x 4 judges. Published (Table 4): ICC(1,1) = .17,
     * ICC(2,1) = .29, ICC(3,1) = .71, ICC(1,4) = .44, ICC(2,4) = .62, ICC(3,4) = .91; to 3 decimals .166, .290,
     * .715.
     */
    @Test
    void intraclassCorrelationsReproduceShroutAndFleiss1979() {
        RatingTable t = RatingTable.of(new double[][] {
                {9, 2, 5, 8}, {6, 1, 3, 2}, {8, 4, 6, 8}, {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7}});
        assertEquals(0.166, IntraclassCorrelation.compute(t, IccForm.ICC_1_1), 0.0005);
        assertEquals(0.290, IntraclassCorrelation.compute(t, IccForm.ICC_2_1), 0.0005);
        assertEquals(0.715, IntraclassCorrelation.compute(t, IccForm.ICC_3_1), 0.0005);
        assertEquals(0.44, IntraclassCorrelation.compute(t, IccForm.ICC_1_K), 0.005);
        assertEquals(0.62, IntraclassCorrelation.compute(t, IccForm.ICC_2_K), 0.005);
        assertEquals(0.91, IntraclassCorrelation.compute(t, IccForm.ICC_3_K), 0.005);
    }

    @Test
    void perfectAgreementIsOneForEveryStatistic() {
        RatingTable t = RatingTable.of(new double[][] {{1, 1, 1}, {2, 2, 2}, {3, 3, 3}, {2, 2, 2}});
        for (Level l : Level.values()) {
            assertEquals(1.0, KrippendorffAlpha.compute(t, l), 1e-12, l.name());
        }
        assertEquals(1.0, CohenKappa.compute(t.columns(0, 1), Weighting.QUADRATIC), 1e-12);
        assertEquals(1.0, IntraclassCorrelation.compute(t, IccForm.ICC_2_1), 1e-12);
        assertEquals(1.0, FleissKappa.compute(CountTable.of(new int[][] {{3, 0, 0}, {0, 3, 0}, {0, 0, 3}})), 1e-12);
    }

    @Test
    void badTablesAreRejectedWithTheirReason() {
        RatingTable three = RatingTable.of(new double[][] {{1, 2, 3}});
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CohenKappa.compute(three, Weighting.UNWEIGHTED));
        assertTrue(e.getMessage().contains("exactly two raters"), e.getMessage());
        RatingTable gap = RatingTable.of(new double[][] {{1, NA}, {2, 3}});
        e = assertThrows(InvalidInputException.class, () -> IntraclassCorrelation.compute(gap, IccForm.ICC_1_1));
        assertTrue(e.getMessage().contains("complete"), e.getMessage());
        CountTable uneven = CountTable.of(new int[][] {{2, 1}, {1, 1}});
        e = assertThrows(InvalidInputException.class, () -> FleissKappa.compute(uneven));
        assertTrue(e.getMessage().contains("counts[1]"), e.getMessage());
    }
}
