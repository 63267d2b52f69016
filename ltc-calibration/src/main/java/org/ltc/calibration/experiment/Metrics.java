package org.ltc.calibration.experiment;

import java.util.ArrayList;
import java.util.List;
import org.ltc.calibration.agreement.CohenKappa;
import org.ltc.calibration.agreement.Weighting;
import org.ltc.model.InvalidInputException;

/** Computes {@link MetricSet}s from expert stages and predicted distributions. Stateless. */
public final class Metrics {
    /** Probabilities are clipped to at least this in the log-loss. */
    public static final double CLIP = 1e-15;

    private Metrics() {
    }

    /** The predicted stage: the first stage of highest probability (1..K). */
    public static int predicted(double[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best + 1;
    }

    /**
     * Metrics over the cases listed in {@code which} (indexes into {@code truth} and {@code probs}; a case may
     * appear more than once, as in a bootstrap resample).
     *
     * @param truth expert stages 1..K
     * @param probs one distribution over the K stages per case
     */
    public static MetricSet of(int[] truth, double[][] probs, int k, int[] which) {
        long[][] confusion = new long[k][k];
        double[] v = new double[MetricSet.NAMES.size()];
        scalars(truth, probs, k, which, confusion, v);
        List<List<Integer>> table = new ArrayList<>();
        for (long[] row : confusion) {
            List<Integer> r = new ArrayList<>();
            for (long x : row) {
                r.add((int) x);
            }
            table.add(r);
        }
        return new MetricSet(v[0], v[1], v[2], v[3], v[4], v[5], table);
    }

    /**
     * The scalar metrics in {@link MetricSet#NAMES} order into {@code out}, and the confusion counts into
     * {@code confusion} (which must be zero on entry): the allocation-free form the bootstrap uses.
     */
    static void scalars(int[] truth, double[][] probs, int k, int[] which, long[][] confusion, double[] out) {
        if (which.length == 0) {
            throw InvalidInputException.field("cases", 0, "metrics need at least one case");
        }
        double logLoss = 0;
        double brier = 0;
        double absErr = 0;
        for (int i : which) {
            double[] p = probs[i];
            int t = truth[i];
            int pred = predicted(p);
            confusion[t - 1][pred - 1]++;
            absErr += Math.abs(pred - t);
            logLoss -= Math.log(Math.min(1, Math.max(CLIP, p[t - 1])));
            for (int c = 0; c < k; c++) {
                double e = p[c] - (c == t - 1 ? 1 : 0);
                brier += e * e;
            }
        }
        double n = which.length;
        long right = 0;
        double f1Sum = 0;
        int f1Count = 0;
        for (int c = 0; c < k; c++) {
            right += confusion[c][c];
            long rowSum = 0;
            long colSum = 0;
            for (int j = 0; j < k; j++) {
                rowSum += confusion[c][j];
                colSum += confusion[j][c];
            }
            if (rowSum + colSum > 0) {
                f1Sum += 2.0 * confusion[c][c] / (rowSum + colSum);
                f1Count++;
            }
        }
        double qwk;
        try {
            qwk = CohenKappa.fromConfusion(confusion, Weighting.QUADRATIC);
        } catch (InvalidInputException e) {
            qwk = 0;
        }
        out[0] = right / n;
        out[1] = f1Sum / f1Count;
        out[2] = qwk;
        out[3] = absErr / n;
        out[4] = logLoss / n;
        out[5] = brier / n;
    }

    /** Metrics over every case. */
    public static MetricSet of(int[] truth, double[][] probs, int k) {
        int[] all = new int[truth.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return of(truth, probs, k, all);
    }

    /**
     * McNemar's exact test (two-sided binomial) of whether two calibrators' error rates differ on the same
     * cases (McNemar 1947, Psychometrika 12(2)).
     *
     * @param onlyA cases A got right and B wrong
     * @param onlyB cases B got right and A wrong
     * @return the p-value
     */
    public static double mcNemarExact(int onlyA, int onlyB) {
        int m = onlyA + onlyB;
        if (m == 0) {
            return 1;
        }
        int low = Math.min(onlyA, onlyB);
        // Sum of Binomial(m, 1/2) probabilities up to low, in logs to survive large m.
        double logHalf = m * Math.log(0.5);
        double sum = 0;
        double logC = 0;
        for (int i = 0; i <= low; i++) {
            if (i > 0) {
                logC += Math.log(m - i + 1) - Math.log(i);
            }
            sum += Math.exp(logC + logHalf);
        }
        return Math.min(1, 2 * sum);
    }
}
