package org.ltc.calibration.agreement;

import java.util.TreeSet;
import org.ltc.model.InvalidInputException;

/**
 * Cohen's kappa for two raters: agreement beyond chance, kappa = 1 - sum(w * observed) / sum(w * expected),
 * with disagreement weights w (Cohen 1960, "A coefficient of agreement for nominal scales"; weighted form
 * Cohen 1968, "Weighted kappa", Psychological Bulletin 70(4)). Categories are the distinct values either
 * rater used, in numeric order (for category labels, the order of {@link RatingTable#categories()}); units
 * one rater left blank are skipped. Labels are nominal unless their order was declared, so a weighted kappa
 * needs numbers or ordered labels.
 */
public final class CohenKappa {
    private CohenKappa() {
    }

    /** Kappa of the first two raters of the table. */
    public static double compute(RatingTable table, Weighting weighting) {
        if (table.raterCount() != 2) {
            throw InvalidInputException.field("raters", table.raterCount(), "Cohen's kappa needs exactly two raters (columns)");
        }
        if (weighting != Weighting.UNWEIGHTED && !table.isOrdered()) {
            throw InvalidInputException.field("weights", weighting.name().toLowerCase(java.util.Locale.ROOT),
                    "need ordered categories: the labels " + table.categories() + " have no declared order, so "
                            + "use unweighted kappa or declare their order");
        }
        TreeSet<Double> values = new TreeSet<>();
        int used = 0;
        for (int u = 0; u < table.unitCount(); u++) {
            if (!table.isMissing(u, 0) && !table.isMissing(u, 1)) {
                values.add(table.value(u, 0));
                values.add(table.value(u, 1));
                used++;
            }
        }
        if (used == 0) {
            throw InvalidInputException.field("units", 0, "no unit was rated by both raters");
        }
        Double[] categories = values.toArray(new Double[0]);
        int k = categories.length;
        long[][] confusion = new long[k][k];
        for (int u = 0; u < table.unitCount(); u++) {
            if (!table.isMissing(u, 0) && !table.isMissing(u, 1)) {
                int a = java.util.Arrays.binarySearch(categories, table.value(u, 0));
                int b = java.util.Arrays.binarySearch(categories, table.value(u, 1));
                confusion[a][b]++;
            }
        }
        return fromConfusion(confusion, weighting);
    }

    /**
     * Kappa from a K x K confusion matrix of counts (rows rater A, columns rater B, categories in order).
     *
     * @throws InvalidInputException when chance agreement is perfect (both raters used one category only),
     *                               where kappa is undefined
     */
    public static double fromConfusion(long[][] confusion, Weighting weighting) {
        int k = confusion.length;
        double total = 0;
        double[] rows = new double[k];
        double[] cols = new double[k];
        for (int i = 0; i < k; i++) {
            if (confusion[i].length != k) {
                throw InvalidInputException.field("confusion[" + i + "]", confusion[i].length, "must have " + k + " columns");
            }
            for (int j = 0; j < k; j++) {
                total += confusion[i][j];
                rows[i] += confusion[i][j];
                cols[j] += confusion[i][j];
            }
        }
        if (total == 0) {
            throw InvalidInputException.field("confusion", 0, "holds no ratings");
        }
        double observed = 0;
        double expected = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double w = weighting.disagreement(i, j, k);
                observed += w * confusion[i][j] / total;
                expected += w * rows[i] * cols[j] / (total * total);
            }
        }
        if (expected == 0) {
            throw InvalidInputException.field("confusion", "one category", "kappa is undefined when both raters use a single category");
        }
        return 1 - observed / expected;
    }
}
