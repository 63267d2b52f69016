package org.ltc.theming.topic;

import java.util.Arrays;
import org.ltc.model.InvalidOptionsException;

/**
 * A trained LDA model: topic-word counts (anchor pseudo-counts included, as part of the prior), the
 * hyperparameters, and the topic assignments of the training documents. Immutable.
 *
 * <p>Topic mixtures of new documents and the held-out log-likelihood use a deterministic fixed-point estimate
 * of the document's mixture given the topics: {@code θ_k ∝ α + Σ_i r_ik} with responsibilities
 * {@code r_ik ∝ θ_k φ_k,w_i}, iterated {@link #INFERENCE_ITERATIONS} times from the uniform mixture (the
 * "fold-in" used with document completion by Wallach et al., "Evaluation methods for topic models", ICML 2009).
 */
public final class LdaModel {
    /** Fixed-point iterations when estimating a document's mixture. */
    public static final int INFERENCE_ITERATIONS = 50;

    private final int topics;
    private final int vocab;
    private final double alpha;
    private final double beta;
    private final int[] wordTopic;
    private final long[] topicTotals;
    private final int[] docStart;
    private final int[] assignments;
    private final int iterations;
    /** φ word-major: [w·K + k] = p(w | k). */
    private final float[] phi;

    LdaModel(int topics, int vocab, double alpha, double beta, int[] wordTopic, long[] topicTotals, int[] docStart,
             int[] assignments, int iterations) {
        this.topics = topics;
        this.vocab = vocab;
        this.alpha = alpha;
        this.beta = beta;
        this.wordTopic = wordTopic;
        this.topicTotals = topicTotals;
        this.docStart = docStart;
        this.assignments = assignments;
        this.iterations = iterations;
        this.phi = new float[vocab * topics];
        double[] inv = new double[topics];
        for (int k = 0; k < topics; k++) {
            inv[k] = 1.0 / (topicTotals[k] + vocab * beta);
        }
        for (int w = 0; w < vocab; w++) {
            for (int k = 0; k < topics; k++) {
                phi[w * topics + k] = (float) ((wordTopic[w * topics + k] + beta) * inv[k]);
            }
        }
    }

    /**
     * A model from another tool's topic-word counts, for evaluating it the same way (held-out likelihood,
     * coherence). {@code topicWordCounts[k][w]}.
     */
    public static LdaModel fromCounts(int[][] topicWordCounts, double alpha, double beta) {
        int k = topicWordCounts.length;
        if (k < 1) {
            throw new InvalidOptionsException("topicWordCounts", k, "needs at least one topic");
        }
        int v = topicWordCounts[0].length;
        int[] wordTopic = new int[v * k];
        long[] totals = new long[k];
        for (int t = 0; t < k; t++) {
            for (int w = 0; w < v; w++) {
                wordTopic[w * k + t] = topicWordCounts[t][w];
                totals[t] += topicWordCounts[t][w];
            }
        }
        return new LdaModel(k, v, alpha, beta, wordTopic, totals, new int[] {0}, new int[0], 0);
    }

    public int topics() {
        return topics;
    }

    public int vocabularySize() {
        return vocab;
    }

    public double alpha() {
        return alpha;
    }

    public double beta() {
        return beta;
    }

    /** Sweeps the model was trained for. */
    public int iterations() {
        return iterations;
    }

    /** p(word | topic). */
    public double phi(int topic, int word) {
        return phi[word * topics + topic];
    }

    /** How many tokens (and anchor pseudo-counts) of {@code word} are assigned to {@code topic}. */
    public int count(int topic, int word) {
        return wordTopic[word * topics + topic];
    }

    /** Tokens assigned to {@code topic} (anchor pseudo-counts included). */
    public long topicTotal(int topic) {
        return topicTotals[topic];
    }

    /** The {@code n} most probable words of {@code topic}, most probable first (ties: lower word id first). */
    public int[] topWords(int topic, int n) {
        int m = Math.min(n, vocab);
        int[] best = new int[m];
        int size = 0;
        for (int w = 0; w < vocab; w++) {
            int c = wordTopic[w * topics + topic];
            if (size == m && c <= wordTopic[best[m - 1] * topics + topic]) {
                continue;
            }
            int j = size < m ? size++ : m - 1;
            while (j > 0 && wordTopic[best[j - 1] * topics + topic] < c) {
                best[j] = best[j - 1];
                j--;
            }
            best[j] = w;
        }
        return Arrays.copyOf(best, size);
    }

    /** Top words of every topic. */
    public int[][] topWords(int n) {
        int[][] out = new int[topics][];
        for (int k = 0; k < topics; k++) {
            out[k] = topWords(k, n);
        }
        return out;
    }

    /** Training documents the model holds assignments for. */
    public int documents() {
        return docStart.length - 1;
    }

    /** The posterior mean topic mixture of training document {@code doc}: {@code (n_dk + α) / (L + Kα)}. */
    public double[] documentTopics(int doc) {
        return documentTopics(doc, new double[topics]);
    }

    /** {@link #documentTopics(int)} written into {@code theta} (length K), which it returns: no array per call. */
    public double[] documentTopics(int doc, double[] theta) {
        if (theta.length != topics) {
            throw org.ltc.model.InvalidInputException.field("theta", theta.length,
                    "must have one entry per topic (" + topics + ")");
        }
        Arrays.fill(theta, 0);
        int from = docStart[doc];
        int to = docStart[doc + 1];
        for (int i = from; i < to; i++) {
            theta[assignments[i]]++;
        }
        double norm = to - from + topics * alpha;
        for (int k = 0; k < topics; k++) {
            theta[k] = (theta[k] + alpha) / norm;
        }
        return theta;
    }

    /** The topic mixture of a new document (word ids outside the vocabulary are ignored). Deterministic. */
    public double[] infer(int[] doc) {
        int[] known = Arrays.stream(doc).filter(w -> w >= 0 && w < vocab).toArray();
        return foldIn(known, 0, 1, new double[topics], new double[topics], new double[topics]);
    }

    /**
     * Fixed-point estimate of θ from tokens {@code doc[start], doc[start+step], ...}. Writes into {@code theta}
     * and returns it; {@code acc} and {@code r} are scratch.
     */
    private double[] foldIn(int[] doc, int start, int step, double[] theta, double[] acc, double[] r) {
        int k = topics;
        int n = 0;
        for (int i = start; i < doc.length; i += step) {
            n++;
        }
        Arrays.fill(theta, 1.0 / k);
        double norm = n + k * alpha;
        for (int iter = 0; iter < INFERENCE_ITERATIONS && n > 0; iter++) {
            Arrays.fill(acc, alpha);
            for (int i = start; i < doc.length; i += step) {
                int base = doc[i] * k;
                double sum = 0;
                for (int t = 0; t < k; t++) {
                    double p = theta[t] * phi[base + t];
                    r[t] = p;
                    sum += p;
                }
                double inv = 1.0 / sum;
                for (int t = 0; t < k; t++) {
                    acc[t] += r[t] * inv;
                }
            }
            for (int t = 0; t < k; t++) {
                theta[t] = acc[t] / norm;
            }
        }
        return theta;
    }

    /**
     * Held-out log-likelihood by document completion (Wallach et al. 2009): in each document the tokens at even
     * positions estimate the mixture (see the class comment) and the tokens at odd positions are scored,
     * {@code Σ log Σ_k θ_k φ_k,w}. Documents shorter than 2 tokens are skipped; unknown word ids are dropped.
     */
    public HeldOutLikelihood documentCompletion(int[][] docs) {
        double ll = 0;
        long scored = 0;
        int k = topics;
        double[] theta = new double[k];
        double[] acc = new double[k];
        double[] r = new double[k];
        for (int[] raw : docs) {
            int[] doc = Arrays.stream(raw).filter(w -> w >= 0 && w < vocab).toArray();
            if (doc.length < 2) {
                continue;
            }
            foldIn(doc, 0, 2, theta, acc, r);
            for (int i = 1; i < doc.length; i += 2) {
                int base = doc[i] * k;
                double p = 0;
                for (int t = 0; t < k; t++) {
                    p += theta[t] * phi[base + t];
                }
                ll += Math.log(p);
                scored++;
            }
        }
        return new HeldOutLikelihood(ll, scored);
    }

    /**
     * A held-out log-likelihood.
     *
     * @param logLikelihood the total log-likelihood (natural log) of the scored tokens
     * @param tokens        how many tokens were scored
     */
    public record HeldOutLikelihood(double logLikelihood, long tokens) {
        /** Per scored token (the figure to compare across models). */
        public double perToken() {
            return tokens == 0 ? 0 : logLikelihood / tokens;
        }
    }
}
