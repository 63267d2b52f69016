package org.ltc.calibration.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Krippendorff's alpha without the v x v coincidence matrix equals the textbook matrix computation. */
class KrippendorffAlphaProperties {
    /** The coincidence-matrix computation of Krippendorff (2011), section C, kept as the reference. */
    static double reference(RatingTable t, Level level) {
        TreeSet<Double> distinct = new TreeSet<>();
        for (int u = 0; u < t.unitCount(); u++) {
            int m = 0;
            for (int r = 0; r < t.raterCount(); r++) {
                m += t.isMissing(u, r) ? 0 : 1;
            }
            for (int r = 0; r < t.raterCount() && m >= 2; r++) {
                if (!t.isMissing(u, r)) {
                    distinct.add(t.value(u, r));
                }
            }
        }
        double[] values = distinct.stream().mapToDouble(Double::doubleValue).toArray();
        int v = values.length;
        double[][] o = new double[v][v];
        for (int u = 0; u < t.unitCount(); u++) {
            int[] idx = new int[t.raterCount()];
            int m = 0;
            for (int r = 0; r < t.raterCount(); r++) {
                if (!t.isMissing(u, r)) {
                    idx[m++] = Arrays.binarySearch(values, t.value(u, r));
                }
            }
            for (int a = 0; a < m && m >= 2; a++) {
                for (int b = 0; b < m; b++) {
                    if (a != b) {
                        o[idx[a]][idx[b]] += 1.0 / (m - 1);
                    }
                }
            }
        }
        double[] nc = new double[v];
        double n = 0;
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) {
                nc[c] += o[c][k];
            }
            n += nc[c];
        }
        double obs = 0;
        double exp = 0;
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) {
                double d;
                if (c == k) {
                    d = 0;
                } else {
                    d = switch (level) {
                        case NOMINAL -> 1;
                        case ORDINAL -> {
                            double s = 0;
                            for (int g = Math.min(c, k); g <= Math.max(c, k); g++) {
                                s += nc[g];
                            }
                            s -= (nc[c] + nc[k]) / 2;
                            yield s * s;
                        }
                        case INTERVAL -> (values[c] - values[k]) * (values[c] - values[k]);
                        case RATIO -> Math.pow((values[c] - values[k]) / (values[c] + values[k]), 2);
                    };
                }
                obs += o[c][k] * d;
                exp += nc[c] * nc[k] * d;
            }
        }
        return 1 - (n - 1) * obs / exp;
    }

    @Property(tries = 200)
    void matchesTheCoincidenceMatrixForm(@ForAll @IntRange(min = 2, max = 15) int units,
                                         @ForAll @IntRange(min = 2, max = 5) int raters,
                                         @ForAll @IntRange(min = 2, max = 6) int categories, @ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[units][raters];
        for (double[] row : x) {
            for (int j = 0; j < raters; j++) {
                row[j] = r.nextDouble() < 0.2 ? Double.NaN : 1 + r.nextInt(categories);
            }
        }
        x[0][0] = 1;
        x[0][1] = 2;
        RatingTable t = RatingTable.of(x);
        for (Level level : Level.values()) {
            assertEquals(reference(t, level), KrippendorffAlpha.compute(t, level), 1e-9, level.name());
        }
    }

    /** Regression: continuous ratings (36,000 distinct values) once needed a 36,000 x 36,000 matrix. */
    @Test
    void continuousRatingsNeedNoValueByValueMatrix() {
        SplittableRandom r = new SplittableRandom(1);
        double[][] x = new double[12_000][3];
        for (double[] row : x) {
            double truth = 5 + 2 * r.nextGaussian();
            for (int j = 0; j < 3; j++) {
                row[j] = truth + r.nextGaussian();
            }
        }
        double alpha = KrippendorffAlpha.compute(RatingTable.of(x), Level.INTERVAL);
        // Reliability = 4 / (4 + 1) = 0.8 for true-score variance 4 and error variance 1.
        assertEquals(0.8, alpha, 0.02);
        assertTrue(KrippendorffAlpha.compute(RatingTable.of(x), Level.ORDINAL) > 0.7);
    }
}
