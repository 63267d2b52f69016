package org.ltc.calibration.agreement;

import java.util.Arrays;
import java.util.TreeMap;
import org.ltc.model.InvalidInputException;

/**
 * Krippendorff's alpha: alpha = 1 - D_o / D_e, observed over expected disagreement, computed from the
 * coincidence matrix of pairable values, so any number of raters and missing values are allowed (Krippendorff
 * 2011, "Computing Krippendorff's Alpha-Reliability", Annenberg School for Communication, University of
 * Pennsylvania, sections C and D, including the difference functions for the nominal, ordinal, interval and
 * ratio metrics). Units with fewer than two values are not pairable and are ignored.
 *
 * <p>Category labels ({@link RatingTable#ofLabels}) support the nominal metric, and the ordinal metric when
 * their order was declared (the ordinal metric uses only the order of values and how often each occurs, so
 * the ranks of the declared order are exact); interval and ratio need numbers.
 */
public final class KrippendorffAlpha {
    private KrippendorffAlpha() {
    }

    public static double compute(RatingTable table, Level level) {
        if (table.isCategorical() && level != Level.NOMINAL && !(level == Level.ORDINAL && table.isOrdered())) {
            throw InvalidInputException.field("level", level.name().toLowerCase(java.util.Locale.ROOT),
                    level == Level.ORDINAL
                            ? "needs ordered categories: declare the order of the labels " + table.categories()
                            : "needs numeric ratings; category labels support the nominal level, or ordinal with a "
                            + "declared order");
        }
        TreeMap<Double, Integer> counts = new TreeMap<>();
        for (int u = 0; u < table.unitCount(); u++) {
            if (valuesIn(table, u) >= 2) {
                for (int r = 0; r < table.raterCount(); r++) {
                    if (!table.isMissing(u, r)) {
                        counts.merge(table.value(u, r), 1, Integer::sum);
                    }
                }
            }
        }
        if (counts.isEmpty()) {
            throw InvalidInputException.field("units", 0, "no unit has two or more values: alpha needs pairable values");
        }
        double[] values = counts.keySet().stream().mapToDouble(Double::doubleValue).toArray();
        if (level == Level.RATIO && values[0] < 0) {
            throw InvalidInputException.field("values", values[0], "ratio-level values must not be negative");
        }
        int v = values.length;
        // n_c: how many pairable values equal value c (the margins of the coincidence matrix).
        double[] nc = counts.values().stream().mapToDouble(Integer::doubleValue).toArray();
        double n = 0;
        for (double c : nc) {
            n += c;
        }
        // The ordinal difference of values c < k is (sum_{g=c..k} n_g - (n_c + n_k)/2)^2 = (P_k - P_c)^2 with
        // P the mid-rank position, so ordinal is the interval metric on P; this avoids a v x v matrix when
        // ratings are continuous and nearly every value is distinct.
        double[] position = new double[v];
        double below = 0;
        for (int c = 0; c < v; c++) {
            position[c] = level == Level.ORDINAL ? below + nc[c] / 2 : values[c];
            below += nc[c];
        }
        // Observed: each unit with m values adds, for every ordered pair of its values, delta^2 / (m - 1).
        double observed = 0;
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
            double sum = 0;
            for (int a = 0; a < m; a++) {
                for (int b = 0; b < m; b++) {
                    if (a != b) {
                        sum += delta2(level, values, position, index[a], index[b]);
                    }
                }
            }
            observed += sum / (m - 1);
        }
        // Expected: sum over ordered pairs of values c, k of n_c n_k delta^2(c, k).
        double expected = 0;
        switch (level) {
            case NOMINAL -> {
                double sq = 0;
                for (double c : nc) {
                    sq += c * c;
                }
                expected = n * n - sq;
            }
            case ORDINAL, INTERVAL -> {
                double s1 = 0;
                double s2 = 0;
                for (int c = 0; c < v; c++) {
                    s1 += nc[c] * position[c];
                    s2 += nc[c] * position[c] * position[c];
                }
                expected = 2 * n * s2 - 2 * s1 * s1;
            }
            case RATIO -> {
                for (int c = 0; c < v; c++) {
                    for (int k = c + 1; k < v; k++) {
                        expected += 2 * nc[c] * nc[k] * delta2(level, values, position, c, k);
                    }
                }
            }
        }
        if (!(expected > 0)) {
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
    private static double delta2(Level level, double[] values, double[] position, int c, int k) {
        if (c == k) {
            return 0;
        }
        return switch (level) {
            case NOMINAL -> 1;
            case ORDINAL, INTERVAL -> (position[c] - position[k]) * (position[c] - position[k]);
            case RATIO -> {
                double r = (values[c] - values[k]) / (values[c] + values[k]);
                yield r * r;
            }
        };
    }
}
