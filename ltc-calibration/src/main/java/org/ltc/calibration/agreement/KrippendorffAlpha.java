package org.ltc.calibration.agreement;

import java.util.Arrays;
import java.util.TreeSet;
import org.ltc.model.InvalidInputException;

/**
 * Krippendorff's alpha: alpha = 1 - D_o / D_e, observed over expected disagreement, computed from the
 * coincidence matrix of pairable values, so any number of raters and missing values are allowed (Krippendorff
 * 2011, "Computing Krippendorff's Alpha-Reliability", Annenberg School for Communication, University of
 * Pennsylvania, sections C and D, including the difference functions for the nominal, ordinal, interval and
 * ratio metrics). Units with fewer than two values are not pairable and are ignored.
 */
public final class KrippendorffAlpha {
    private KrippendorffAlpha() {
    }

    public static double compute(RatingTable table, Level level) {
        TreeSet<Double> distinct = new TreeSet<>();
        for (int u = 0; u < table.unitCount(); u++) {
            if (valuesIn(table, u) >= 2) {
                for (int r = 0; r < table.raterCount(); r++) {
                    if (!table.isMissing(u, r)) {
                        distinct.add(table.value(u, r));
                    }
                }
            }
        }
        if (distinct.isEmpty()) {
            throw InvalidInputException.field("units", 0, "no unit has two or more values: alpha needs pairable values");
        }
        double[] values = distinct.stream().mapToDouble(Double::doubleValue).toArray();
        if (level == Level.RATIO && values[0] < 0) {
            throw InvalidInputException.field("values", values[0], "ratio-level values must not be negative");
        }
        int v = values.length;
        // Coincidence matrix o[c][k]: each unit with m values adds 1/(m-1) for every ordered pair of its values.
        double[][] o = new double[v][v];
        int[] index = new int[table.raterCount()];
        for (int u = 0; u < table.unitCount(); u++) {
            int m = 0;
            for (int r = 0; r < table.raterCount(); r++) {
                if (!table.isMissing(u, r)) {
                    index[m++] = Arrays.binarySearch(values, table.value(u, r));
                }
            }
            if (m < 2) {
                continue;
            }
            double w = 1.0 / (m - 1);
            for (int a = 0; a < m; a++) {
                for (int b = 0; b < m; b++) {
                    if (a != b) {
                        o[index[a]][index[b]] += w;
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
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) {
                if (c == k) {
                    continue;
                }
                double d = delta2(level, values, nc, c, k);
                observed += o[c][k] * d;
                expected += nc[c] * nc[k] * d;
            }
        }
        if (expected == 0) {
            throw InvalidInputException.field("values", values[0], "alpha is undefined when every pairable value is the same");
        }
        return 1 - (n - 1) * observed / expected;
    }

    private static int valuesIn(RatingTable table, int unit) {
        int m = 0;
        for (int r = 0; r < table.raterCount(); r++) {
            if (!table.isMissing(unit, r)) {
                m++;
            }
        }
        return m;
    }

    /** The squared difference of values c and k for the metric (Krippendorff 2011, section D). */
    private static double delta2(Level level, double[] values, double[] nc, int c, int k) {
        double a = values[c];
        double b = values[k];
        return switch (level) {
            case NOMINAL -> 1;
            case ORDINAL -> {
                int lo = Math.min(c, k);
                int hi = Math.max(c, k);
                double s = 0;
                for (int g = lo; g <= hi; g++) {
                    s += nc[g];
                }
                s -= (nc[c] + nc[k]) / 2;
                yield s * s;
            }
            case INTERVAL -> (a - b) * (a - b);
            case RATIO -> {
                double r = (a - b) / (a + b);
                yield r * r;
            }
        };
    }
}
