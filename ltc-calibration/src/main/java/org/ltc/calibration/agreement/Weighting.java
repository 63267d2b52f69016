package org.ltc.calibration.agreement;

/** How Cohen's kappa weighs a disagreement between categories i and j of K ordered categories (Cohen 1968). */
public enum Weighting {
    /** Every disagreement counts fully (Cohen 1960). */
    UNWEIGHTED,
    /** Disagreement weight |i - j| / (K - 1). */
    LINEAR,
    /** Disagreement weight ((i - j) / (K - 1))^2; the usual choice for ordered stages. */
    QUADRATIC;

    /** The disagreement weight of categories {@code i} and {@code j} out of {@code k}. */
    double disagreement(int i, int j, int k) {
        if (i == j) {
            return 0;
        }
        double d = Math.abs(i - j) / (double) Math.max(1, k - 1);
        return switch (this) {
            case UNWEIGHTED -> 1;
            case LINEAR -> d;
            case QUADRATIC -> d * d;
        };
    }
}
