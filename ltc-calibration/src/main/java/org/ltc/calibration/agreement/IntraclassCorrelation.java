package org.ltc.calibration.agreement;

import org.ltc.model.InvalidInputException;

/**
 * Intraclass correlation coefficients from the two-way analysis of variance of an n targets x k judges
 * table (Shrout &amp; Fleiss 1979, "Intraclass correlations: uses in assessing rater reliability",
 * Psychological Bulletin 86(2), 420-428, Table 1). The table must be complete: no missing ratings.
 */
public final class IntraclassCorrelation {
    private IntraclassCorrelation() {
    }

    public static double compute(RatingTable table, IccForm form) {
        if (table.isCategorical()) {
            throw InvalidInputException.field("ratings", String.join(",", table.categories()),
                    "are category labels: an intraclass correlation needs numeric ratings");
        }
        int n = table.unitCount();
        int k = table.raterCount();
        if (n < 2 || k < 2) {
            throw InvalidInputException.field("table", n + "x" + k, "ICC needs at least two targets and two judges");
        }
        double grand = 0;
        double[] rowMean = new double[n];
        double[] colMean = new double[k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                if (table.isMissing(i, j)) {
                    throw InvalidInputException.field("values[" + i + "][" + j + "]", "missing",
                            "ICC needs a complete table: every judge must rate every target");
                }
                double x = table.value(i, j);
                if (!Double.isFinite(x)) {
                    throw InvalidInputException.field("values[" + i + "][" + j + "]", x, "must be a finite number");
                }
                grand += x;
                rowMean[i] += x / k;
                colMean[j] += x / n;
            }
        }
        grand /= (double) n * k;
        double ssTotal = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                double d = table.value(i, j) - grand;
                ssTotal += d * d;
            }
        }
        double ssRows = 0;
        for (double m : rowMean) {
            ssRows += k * (m - grand) * (m - grand);
        }
        double ssCols = 0;
        for (double m : colMean) {
            ssCols += n * (m - grand) * (m - grand);
        }
        double bms = ssRows / (n - 1);
        double wms = (ssTotal - ssRows) / ((double) n * (k - 1));
        double jms = ssCols / (k - 1);
        double ems = (ssTotal - ssRows - ssCols) / ((double) (n - 1) * (k - 1));
        double icc = switch (form) {
            case ICC_1_1 -> (bms - wms) / (bms + (k - 1) * wms);
            case ICC_2_1 -> (bms - ems) / (bms + (k - 1) * ems + k * (jms - ems) / n);
            case ICC_3_1 -> (bms - ems) / (bms + (k - 1) * ems);
            case ICC_1_K -> (bms - wms) / bms;
            case ICC_2_K -> (bms - ems) / (bms + (jms - ems) / n);
            case ICC_3_K -> (bms - ems) / bms;
        };
        if (!Double.isFinite(icc)) {
            // Never NaN or Infinity as if it were a coefficient: say why the coefficient does not exist.
            throw InvalidInputException.field("table", n + "x" + k, "ICC is undefined for these ratings: "
                    + (!Double.isFinite(ssTotal) ? "they are too large to square (beyond about 1e154)"
                    : ssTotal == 0 ? "every rating is the same, so there is no variance between targets to compare"
                    : "the form's denominator is zero (no variance within " + (form.name().startsWith("ICC_1")
                    ? "targets" : "the error term") + ")"));
        }
        return icc;
    }
}
