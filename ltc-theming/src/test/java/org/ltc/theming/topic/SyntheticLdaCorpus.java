package org.ltc.theming.topic;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A corpus drawn from the LDA generating process, with its true topics, for tests and benchmarks:
 * each topic {@code φ_k ~ Dirichlet(β_gen)} over V words, each document {@code θ_d ~ Dirichlet(α_gen)} over K
 * topics, and each of its {@code length} tokens draws a topic from θ_d and a word from that topic. Gamma variates
 * by Marsaglia and Tsang (2000), with the {@code U^(1/a)} boost for shapes below 1; everything from one
 * {@link SplittableRandom} seeded with {@code seed}, so the corpus is the same on every machine.
 *
 * @param docs        the documents (word ids)
 * @param topWords    each true topic's 10 most probable words, most probable first
 * @param phi         the true topics, {@code phi[k][w]}
 * @param drawnTopWords each topic's 10 most frequent words among the tokens actually drawn from it: what the
 *                      corpus itself shows of the topic, so {@code recovered(drawnTopWords, 8)} is the most a
 *                      learner can be expected to match (ties between near-equal words go either way)
 */
public record SyntheticLdaCorpus(int[][] docs, int[][] topWords, double[][] phi, int[][] drawnTopWords) {

    public static SyntheticLdaCorpus generate(int numDocs, int length, int vocab, int topics, double alphaGen,
                                              double betaGen, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] phi = new double[topics][];
        double[][] cumulative = new double[topics][];
        int[][] top = new int[topics][];
        for (int k = 0; k < topics; k++) {
            phi[k] = dirichlet(rnd, vocab, betaGen);
            double[] c = new double[vocab];
            double s = 0;
            for (int w = 0; w < vocab; w++) {
                s += phi[k][w];
                c[w] = s;
            }
            cumulative[k] = c;
            double[] p = phi[k];
            top[k] = java.util.stream.IntStream.range(0, vocab).boxed()
                    .sorted((a, b) -> Double.compare(p[b], p[a])).limit(10).mapToInt(Integer::intValue).toArray();
        }
        int[][] docs = new int[numDocs][length];
        int[][] drawn = new int[topics][vocab];
        double[] thetaCum = new double[topics];
        for (int d = 0; d < numDocs; d++) {
            double[] theta = dirichlet(rnd, topics, alphaGen);
            double s = 0;
            for (int k = 0; k < topics; k++) {
                s += theta[k];
                thetaCum[k] = s;
            }
            for (int i = 0; i < length; i++) {
                int k = find(thetaCum, rnd.nextDouble() * thetaCum[topics - 1]);
                double[] c = cumulative[k];
                docs[d][i] = find(c, rnd.nextDouble() * c[vocab - 1]);
                drawn[k][docs[d][i]]++;
            }
        }
        int[][] drawnTop = new int[topics][];
        for (int k = 0; k < topics; k++) {
            int[] n = drawn[k];
            drawnTop[k] = java.util.stream.IntStream.range(0, vocab).boxed()
                    .sorted((a, b) -> Integer.compare(n[b], n[a])).limit(10).mapToInt(Integer::intValue).toArray();
        }
        return new SyntheticLdaCorpus(docs, top, phi, drawnTop);
    }

    private static int find(double[] cumulative, double u) {
        int i = Arrays.binarySearch(cumulative, u);
        i = i >= 0 ? i : -i - 1;
        return Math.min(i, cumulative.length - 1);
    }

    static double[] dirichlet(SplittableRandom rnd, int n, double a) {
        double[] x = new double[n];
        double sum = 0;
        while (sum <= 0) {
            for (int i = 0; i < n; i++) {
                x[i] = gamma(rnd, a);
                sum += x[i];
            }
        }
        for (int i = 0; i < n; i++) {
            x[i] /= sum;
        }
        return x;
    }

    static double gamma(SplittableRandom rnd, double a) {
        if (a < 1) {
            double u = rnd.nextDouble();
            return gamma(rnd, a + 1) * Math.pow(u, 1 / a);
        }
        double d = a - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = gaussian(rnd);
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = rnd.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    private static double gaussian(SplittableRandom rnd) {
        double u1 = rnd.nextDouble();
        double u2 = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** How many words two top-word lists share. */
    public static int shared(int[] a, int[] b) {
        int n = 0;
        for (int x : a) {
            for (int y : b) {
                n += x == y ? 1 : 0;
            }
        }
        return n;
    }

    /** How many true topics are matched by some learned topic sharing at least {@code minShared} of 10 top words. */
    public int recovered(int[][] learnedTop, int minShared) {
        return matched(topWords, learnedTop, minShared);
    }

    /** How many of the {@code reference} top-word lists some learned list shares at least {@code minShared} words with. */
    public static int matched(int[][] reference, int[][] learnedTop, int minShared) {
        int ok = 0;
        for (int[] truth : reference) {
            int best = 0;
            for (int[] learned : learnedTop) {
                best = Math.max(best, shared(truth, learned));
            }
            if (best >= minShared) {
                ok++;
            }
        }
        return ok;
    }
}
