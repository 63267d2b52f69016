package org.ltc.theming.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ltc.model.InvalidInputException;

/**
 * Agreement between two labellings of the same items (gold classes and found clusters), as in
 * scikit-learn's {@code sklearn.metrics} with its defaults:
 *
 * <ul>
 *   <li>NMI: mutual information divided by the <b>arithmetic mean</b> of the two entropies
 *       (Strehl and Ghosh 2002; scikit-learn's default {@code average_method="arithmetic"}); equal to
 *       V-measure.</li>
 *   <li>AMI: NMI adjusted for chance with the expected mutual information under the permutation model,
 *       arithmetic normalisation (Vinh, Epps and Bailey 2010).</li>
 *   <li>ARI: the Rand index adjusted for chance (Hubert and Arabie 1985).</li>
 *   <li>Homogeneity, completeness and V-measure (Rosenberg and Hirschberg 2007), beta = 1.</li>
 * </ul>
 *
 * Natural logarithms throughout. When both labellings put everything in one group, every score is 1.
 */
public final class ClusteringMetrics {
    private ClusteringMetrics() {
    }

    /** Normalised mutual information, arithmetic-mean normalisation. */
    public static double nmi(int[] truth, int[] predicted) {
        Table t = new Table(truth, predicted);
        if (t.trivial()) {
            return 1;
        }
        double denominator = (t.entropyRows() + t.entropyCols()) / 2;
        return denominator <= 0 ? 0 : clamp(t.mutualInformation() / denominator);
    }

    /** Adjusted mutual information, arithmetic-mean normalisation. */
    public static double ami(int[] truth, int[] predicted) {
        Table t = new Table(truth, predicted);
        if (t.trivial()) {
            return 1;
        }
        double mi = t.mutualInformation();
        double emi = t.expectedMutualInformation();
        double mean = (t.entropyRows() + t.entropyCols()) / 2;
        double denominator = mean - emi;
        // as scikit-learn: keep the denominator away from zero with its sign
        double eps = Math.ulp(1.0);
        if (denominator < 0) {
            denominator = Math.min(denominator, -eps);
        } else {
            denominator = Math.max(denominator, eps);
        }
        return (mi - emi) / denominator;
    }

    /** Adjusted Rand index. */
    public static double ari(int[] truth, int[] predicted) {
        Table t = new Table(truth, predicted);
        double n = t.n;
        double sumCells = 0;
        for (int[] row : t.cells) {
            for (int c : row) {
                sumCells += pairs(c);
            }
        }
        double sumRows = 0;
        for (int a : t.rowSums) {
            sumRows += pairs(a);
        }
        double sumCols = 0;
        for (int b : t.colSums) {
            sumCols += pairs(b);
        }
        double total = pairs(n);
        if (total == 0) {
            return 1;
        }
        double expected = sumRows * sumCols / total;
        double max = (sumRows + sumCols) / 2;
        if (max == expected) {
            return 1;
        }
        return (sumCells - expected) / (max - expected);
    }

    /** Homogeneity: each cluster holds members of one class only. */
    public static double homogeneity(int[] truth, int[] predicted) {
        Table t = new Table(truth, predicted);
        double hc = t.entropyRows();
        return hc == 0 ? 1 : clamp(t.mutualInformation() / hc);
    }

    /** Completeness: all members of a class are in one cluster. */
    public static double completeness(int[] truth, int[] predicted) {
        Table t = new Table(truth, predicted);
        double hk = t.entropyCols();
        return hk == 0 ? 1 : clamp(t.mutualInformation() / hk);
    }

    /** V-measure: the harmonic mean of homogeneity and completeness. */
    public static double vMeasure(int[] truth, int[] predicted) {
        double h = homogeneity(truth, predicted);
        double c = completeness(truth, predicted);
        return h + c == 0 ? 0 : 2 * h * c / (h + c);
    }

    /** Mean adjusted Rand index over all pairs of labellings: the stability of runs with different seeds. */
    public static double meanPairwiseAri(List<int[]> runs) {
        if (runs.size() < 2) {
            throw InvalidInputException.field("runs", runs.size(), "needs at least two runs to compare");
        }
        double sum = 0;
        int count = 0;
        for (int i = 0; i < runs.size(); i++) {
            for (int j = i + 1; j < runs.size(); j++) {
                sum += ari(runs.get(i), runs.get(j));
                count++;
            }
        }
        return sum / count;
    }

    /** Maps arbitrary labels (e.g. class names) to dense ints in order of first appearance. */
    public static int[] encode(List<String> labels) {
        Map<String, Integer> ids = new HashMap<>();
        int[] out = new int[labels.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids.computeIfAbsent(labels.get(i), k -> ids.size());
        }
        return out;
    }

    private static double pairs(double x) {
        return x * (x - 1) / 2;
    }

    private static double clamp(double x) {
        return Math.max(0, Math.min(1, x));
    }

    /** The contingency table of two labellings. */
    private static final class Table {
        final int n;
        final int[][] cells;
        final int[] rowSums;
        final int[] colSums;

        Table(int[] truth, int[] predicted) {
            if (truth.length != predicted.length) {
                throw InvalidInputException.field("predicted", predicted.length,
                        "must label as many items as the truth (" + truth.length + ")");
            }
            n = truth.length;
            int[] rows = dense(truth);
            int[] cols = dense(predicted);
            int r = 0;
            int c = 0;
            for (int i = 0; i < n; i++) {
                r = Math.max(r, rows[i] + 1);
                c = Math.max(c, cols[i] + 1);
            }
            cells = new int[r][c];
            rowSums = new int[r];
            colSums = new int[c];
            for (int i = 0; i < n; i++) {
                cells[rows[i]][cols[i]]++;
                rowSums[rows[i]]++;
                colSums[cols[i]]++;
            }
        }

        private static int[] dense(int[] labels) {
            Map<Integer, Integer> ids = new HashMap<>();
            int[] out = new int[labels.length];
            for (int i = 0; i < labels.length; i++) {
                out[i] = ids.computeIfAbsent(labels[i], k -> ids.size());
            }
            return out;
        }

        boolean trivial() {
            return (rowSums.length <= 1 && colSums.length <= 1) || n == 0;
        }

        double entropyRows() {
            return entropy(rowSums);
        }

        double entropyCols() {
            return entropy(colSums);
        }

        private double entropy(int[] sums) {
            double h = 0;
            for (int s : sums) {
                if (s > 0) {
                    double p = s / (double) n;
                    h -= p * Math.log(p);
                }
            }
            return h;
        }

        double mutualInformation() {
            double mi = 0;
            for (int i = 0; i < cells.length; i++) {
                for (int j = 0; j < cells[i].length; j++) {
                    int nij = cells[i][j];
                    if (nij > 0) {
                        mi += nij / (double) n * Math.log((double) n * nij / ((double) rowSums[i] * colSums[j]));
                    }
                }
            }
            return Math.max(mi, 0);
        }

        /** E[MI] under the hypergeometric model (Vinh et al. 2010, eq. 24a). */
        double expectedMutualInformation() {
            double[] logFact = new double[n + 1];
            for (int i = 2; i <= n; i++) {
                logFact[i] = logFact[i - 1] + Math.log(i);
            }
            double emi = 0;
            for (int a : rowSums) {
                for (int b : colSums) {
                    int start = Math.max(1, a + b - n);
                    int end = Math.min(a, b);
                    for (int nij = start; nij <= end; nij++) {
                        double term1 = nij / (double) n * Math.log((double) n * nij / ((double) a * b));
                        double logP = logFact[a] + logFact[b] + logFact[n - a] + logFact[n - b] - logFact[n]
                                - logFact[nij] - logFact[a - nij] - logFact[b - nij] - logFact[n - a - b + nij];
                        emi += term1 * Math.exp(logP);
                    }
                }
            }
            return emi;
        }
    }
}
