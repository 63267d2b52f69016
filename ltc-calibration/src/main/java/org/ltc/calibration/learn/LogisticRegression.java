package org.ltc.calibration.learn;

import java.util.ArrayList;
import java.util.List;
import org.ltc.calibration.internal.Lbfgs;
import org.ltc.model.InvalidInputException;
import org.ltc.model.plugin.Cancellation;

/**
 * Fits {@link LogisticModel}s by penalised maximum likelihood with L-BFGS (Nocedal 1980).
 *
 * <ul>
 *   <li>Multinomial: P(stage k | x) = softmax_k(b_k + w_k . z), z the (standardised) features.</li>
 *   <li>Ordinal, the proportional-odds model (McCullagh 1980, "Regression models for ordinal data", JRSS B
 *       42(2)): P(stage &lt;= j | x) = sigmoid(theta_j - w . z) with theta_1 &lt; ... &lt; theta_{K-1}, kept in order by
 *       fitting theta_1 and the logarithms of the gaps.</li>
 * </ul>
 * The objective is the mean over cases of the negative log-likelihood plus {@code l2/(2n) |w|^2}; intercepts
 * get a tiny penalty ({@value #INTERCEPT_PENALTY} times l2) only so that a stage absent from the training
 * data keeps a finite intercept. Deterministic: the start point is fixed and the arithmetic sequential.
 */
public final class LogisticRegression {
    /** Relative L2 penalty on multinomial intercepts. */
    public static final double INTERCEPT_PENALTY = 1e-4;
    private static final int MEMORY = 10;

    private LogisticRegression() {
    }

    /**
     * Fits a model.
     *
     * @param features     n rows of p feature values
     * @param stages       n stage numbers, 1..K
     * @param stageIds     the K stage ids, in order
     * @param featureNames the p feature names
     */
    public static LogisticModel fit(double[][] features, int[] stages, List<String> stageIds, List<String> featureNames,
                                    LogisticOptions options, Cancellation cancellation) {
        int n = features.length;
        int k = stageIds.size();
        int p = featureNames.size();
        if (n == 0) {
            throw InvalidInputException.field("cases", 0, "cannot fit a model to no cases");
        }
        if (stages.length != n) {
            throw InvalidInputException.field("stages", stages.length, "must hold one stage per case (" + n + ")");
        }
        if (k < 2) {
            throw InvalidInputException.field("stageIds", k, "must name at least two stages");
        }
        for (int i = 0; i < n; i++) {
            if (features[i].length != p) {
                throw InvalidInputException.field("features[" + i + "]", features[i].length, "must hold " + p + " values");
            }
            if (stages[i] < 1 || stages[i] > k) {
                throw InvalidInputException.field("stages[" + i + "]", stages[i], "must be a stage number 1.." + k);
            }
            for (int j = 0; j < p; j++) {
                if (!Double.isFinite(features[i][j])) {
                    throw InvalidInputException.field("features[" + i + "][" + j + "]", features[i][j],
                            "must be finite (feature " + featureNames.get(j) + ")");
                }
            }
        }
        double[] means = new double[p];
        double[] scales = new double[p];
        java.util.Arrays.fill(scales, 1);
        if (options.standardise()) {
            for (int j = 0; j < p; j++) {
                double m = 0;
                for (double[] row : features) {
                    m += row[j];
                }
                m /= n;
                double v = 0;
                for (double[] row : features) {
                    v += (row[j] - m) * (row[j] - m);
                }
                double sd = Math.sqrt(v / n);
                means[j] = m;
                scales[j] = sd > 1e-12 ? sd : 1;
            }
        }
        double[] z = new double[n * p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                z[i * p + j] = (features[i][j] - means[j]) / scales[j];
            }
        }
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = stages[i] - 1;
        }
        Lbfgs.Result r;
        List<List<Double>> weights = new ArrayList<>();
        List<Double> intercepts = new ArrayList<>();
        if (options.model() == LogisticOptions.Model.MULTINOMIAL) {
            Multinomial f = new Multinomial(z, y, n, p, k, options.l2());
            r = Lbfgs.minimise(f, new double[k * (p + 1)], MEMORY, options.maxIterations(), options.tolerance(),
                    cancellation);
            for (int c = 0; c < k; c++) {
                intercepts.add(r.x()[c * (p + 1)]);
                List<Double> w = new ArrayList<>();
                for (int j = 0; j < p; j++) {
                    w.add(r.x()[c * (p + 1) + 1 + j]);
                }
                weights.add(w);
            }
        } else {
            Ordinal f = new Ordinal(z, y, n, p, k, options.l2());
            r = Lbfgs.minimise(f, f.start(), MEMORY, options.maxIterations(), options.tolerance(), cancellation);
            List<Double> w = new ArrayList<>();
            for (int j = 0; j < p; j++) {
                w.add(r.x()[j]);
            }
            weights.add(w);
            double[] theta = Ordinal.thresholds(r.x(), p, k);
            for (double t : theta) {
                intercepts.add(t);
            }
        }
        List<Double> meanList = new ArrayList<>();
        List<Double> scaleList = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            meanList.add(means[j]);
            scaleList.add(scales[j]);
        }
        return new LogisticModel(options.model(), stageIds, featureNames, meanList, scaleList, weights, intercepts,
                options, n, r.iterations(), r.value(), r.converged());
    }

    /** The multinomial objective; parameters are K blocks of [intercept, p weights]. */
    static final class Multinomial implements Lbfgs.Objective {
        private final double[] z;
        private final int[] y;
        private final int n;
        private final int p;
        private final int k;
        private final double l2;
        private final double[] eta;

        Multinomial(double[] z, int[] y, int n, int p, int k, double l2) {
            this.z = z;
            this.y = y;
            this.n = n;
            this.p = p;
            this.k = k;
            this.l2 = l2;
            this.eta = new double[k];
        }

        @Override
        public double evaluate(double[] x, double[] g) {
            java.util.Arrays.fill(g, 0);
            int stride = p + 1;
            double loss = 0;
            for (int i = 0; i < n; i++) {
                int off = i * p;
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    int b = c * stride;
                    double e = x[b];
                    for (int j = 0; j < p; j++) {
                        e += x[b + 1 + j] * z[off + j];
                    }
                    eta[c] = e;
                    max = Math.max(max, e);
                }
                double sum = 0;
                for (int c = 0; c < k; c++) {
                    eta[c] = Math.exp(eta[c] - max);
                    sum += eta[c];
                }
                loss += Math.log(sum) + max - (Math.log(eta[y[i]]) + max);
                for (int c = 0; c < k; c++) {
                    double d = eta[c] / sum - (c == y[i] ? 1 : 0);
                    int b = c * stride;
                    g[b] += d;
                    for (int j = 0; j < p; j++) {
                        g[b + 1 + j] += d * z[off + j];
                    }
                }
            }
            double penalty = 0;
            for (int c = 0; c < k; c++) {
                int b = c * stride;
                penalty += INTERCEPT_PENALTY * l2 * x[b] * x[b];
                g[b] += INTERCEPT_PENALTY * l2 * x[b];
                for (int j = 0; j < p; j++) {
                    double w = x[b + 1 + j];
                    penalty += l2 * w * w;
                    g[b + 1 + j] += l2 * w;
                }
            }
            for (int i = 0; i < g.length; i++) {
                g[i] /= n;
            }
            return (loss + penalty / 2) / n;
        }
    }

    /** The proportional-odds objective; parameters are [p weights, theta_1, log gap_2, ..., log gap_{K-1}]. */
    static final class Ordinal implements Lbfgs.Objective {
        private final double[] z;
        private final int[] y;
        private final int n;
        private final int p;
        private final int k;
        private final double l2;

        Ordinal(double[] z, int[] y, int n, int p, int k, double l2) {
            this.z = z;
            this.y = y;
            this.n = n;
            this.p = p;
            this.k = k;
            this.l2 = l2;
        }

        /** Zero weights and thresholds at the logits of the smoothed cumulative stage frequencies. */
        double[] start() {
            double[] x = new double[p + k - 1];
            int[] counts = new int[k];
            for (int c : y) {
                counts[c]++;
            }
            double cum = 0;
            double prev = 0;
            for (int j = 0; j < k - 1; j++) {
                cum += counts[j];
                double q = (cum + 0.5 * (j + 1)) / (n + 0.5 * k);
                double theta = Math.log(q / (1 - q));
                if (j == 0) {
                    x[p] = theta;
                } else {
                    x[p + j] = Math.log(Math.max(1e-3, theta - prev));
                    theta = prev + Math.exp(x[p + j]);
                }
                prev = theta;
            }
            return x;
        }

        static double[] thresholds(double[] x, int p, int k) {
            double[] t = new double[k - 1];
            t[0] = x[p];
            for (int j = 1; j < k - 1; j++) {
                t[j] = t[j - 1] + Math.exp(x[p + j]);
            }
            return t;
        }

        @Override
        public double evaluate(double[] x, double[] g) {
            java.util.Arrays.fill(g, 0);
            double[] theta = thresholds(x, p, k);
            double[] gTheta = new double[k - 1];
            double loss = 0;
            for (int i = 0; i < n; i++) {
                int off = i * p;
                double eta = 0;
                for (int j = 0; j < p; j++) {
                    eta += x[j] * z[off + j];
                }
                int c = y[i];
                boolean hasUpper = c < k - 1;
                boolean hasLower = c > 0;
                double u = hasUpper ? theta[c] - eta : Double.POSITIVE_INFINITY;
                double l = hasLower ? theta[c - 1] - eta : Double.NEGATIVE_INFINITY;
                double prob = LogisticModel.interval(l, u);
                double safe = Math.max(prob, 1e-300);
                loss -= Math.log(safe);
                double du = hasUpper ? LogisticModel.sigmoidSlope(u) / safe : 0;
                double dl = hasLower ? LogisticModel.sigmoidSlope(l) / safe : 0;
                // d(-log p)/d eta = (du - dl); d(-log p)/d theta_c = -du; d(-log p)/d theta_{c-1} = +dl.
                double dEta = du - dl;
                for (int j = 0; j < p; j++) {
                    g[j] += dEta * z[off + j];
                }
                if (hasUpper) {
                    gTheta[c] -= du;
                }
                if (hasLower) {
                    gTheta[c - 1] += dl;
                }
            }
            double penalty = 0;
            for (int j = 0; j < p; j++) {
                penalty += l2 * x[j] * x[j];
                g[j] += l2 * x[j];
            }
            // Chain rule to theta_1 and the log gaps: theta_j = x[p] + sum_{m<=j} exp(x[p+m]).
            double tail = 0;
            for (int j = k - 2; j >= 1; j--) {
                tail += gTheta[j];
                g[p + j] = tail * Math.exp(x[p + j]);
            }
            g[p] = tail + gTheta[0];
            for (int i = 0; i < g.length; i++) {
                g[i] /= n;
            }
            return (loss + penalty / 2) / n;
        }
    }
}
