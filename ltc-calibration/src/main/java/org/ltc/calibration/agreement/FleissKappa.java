package org.ltc.calibration.agreement;

import org.ltc.model.InvalidInputException;

/**
 * Fleiss' kappa for many raters and nominal categories: kappa = (P - Pe) / (1 - Pe), with P the mean
 * agreement within units and Pe the agreement expected from the category proportions (Fleiss 1971,
 * "Measuring nominal scale agreement among many raters", Psychological Bulletin 76(5), 378-382). Every unit
 * must be rated by the same number of raters, at least two.
 */
public final class FleissKappa {
    private FleissKappa() {
    }

    public static double compute(CountTable table) {
        int units = table.unitCount();
        if (units == 0) {
            throw InvalidInputException.field("units", 0, "Fleiss' kappa needs at least one unit");
        }
        int n = table.raters(0);
        if (n < 2) {
            throw InvalidInputException.field("counts[0]", n, "each unit needs at least two ratings");
        }
        int k = table.categories().size();
        double[] categoryTotals = new double[k];
        double meanAgreement = 0;
        for (int i = 0; i < units; i++) {
            if (table.raters(i) != n) {
                throw InvalidInputException.field("counts[" + i + "]", table.raters(i),
                        "every unit must have the same number of ratings (" + n + " in the first)");
            }
            double sq = 0;
            for (int j = 0; j < k; j++) {
                int c = table.count(i, j);
                sq += (double) c * c;
                categoryTotals[j] += c;
            }
            meanAgreement += (sq - n) / ((double) n * (n - 1));
        }
        meanAgreement /= units;
        double expected = 0;
        for (int j = 0; j < k; j++) {
            double p = categoryTotals[j] / ((double) units * n);
            expected += p * p;
        }
        if (expected >= 1) {
            throw InvalidInputException.field("counts", "one category", "kappa is undefined when every rating is in one category");
        }
        return (meanAgreement - expected) / (1 - expected);
    }
}
