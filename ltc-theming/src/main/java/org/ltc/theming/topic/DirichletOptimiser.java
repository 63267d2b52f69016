package org.ltc.theming.topic;

/**
 * Re-estimates LDA's symmetric Dirichlet priors from the current assignments with Minka's fixed-point iteration
 * ("Estimating a Dirichlet distribution", 2000): alpha over the document-topic counts, beta over the word-topic
 * counts. Histograms of the counts keep it cheap, as in MALLET's {@code ParallelTopicModel} (Wallach, "Structured
 * topic models for language", PhD thesis, 2008, ch. 2). Five rounds each; a round that cannot improve keeps the
 * value it has.
 *
 * <p>Stateless and thread-safe.
 */
final class DirichletOptimiser {
    /** Fixed-point rounds per estimate. */
    private static final int ROUNDS = 5;

    /** The two priors after one optimisation. */
    record Priors(double alpha, double beta) {
    }

    private DirichletOptimiser() {
    }

    /**
     * Both priors from the assignments {@code z} of documents {@code docStart} (all {@code numDocs} in the
     * model), the word-topic counts (anchors included) and the topic totals.
     */
    static Priors optimise(int[] z, int[] docStart, int numDocs, int maxDocLength, int topics, int vocab,
                           int[] wordTopicCounts, long[] topicTotals, double alpha, double beta) {
        long[] countHist = new long[maxDocLength + 1];
        long[] lenHist = new long[maxDocLength + 1];
        int[] nd = new int[topics];
        for (int d = 0; d < numDocs; d++) {
            int from = docStart[d];
            int to = docStart[d + 1];
            lenHist[to - from]++;
            for (int i = from; i < to; i++) {
                nd[z[i]]++;
            }
            for (int i = from; i < to; i++) {
                int c = nd[z[i]];
                if (c > 0) {
                    countHist[c]++;
                    nd[z[i]] = 0;
                }
            }
        }
        double a = fixedPoint(alpha, topics, countHist, lenHist);

        int maxCount = 0;
        for (int c : wordTopicCounts) {
            maxCount = Math.max(maxCount, c);
        }
        long[] wordHist = new long[maxCount + 1];
        for (int c : wordTopicCounts) {
            wordHist[c]++;
        }
        double b = beta;
        for (int round = 0; round < ROUNDS; round++) {
            double num = 0;
            double cum = 0;
            for (int c = 1; c <= maxCount; c++) {
                cum += 1.0 / (b + c - 1);
                num += wordHist[c] * cum;
            }
            double den = 0;
            for (int k = 0; k < topics; k++) {
                den += digamma(topicTotals[k] + vocab * b) - digamma(vocab * b);
            }
            if (!(num > 0 && den > 0)) {
                break;
            }
            b = b * num / (vocab * den);
        }
        return new Priors(a, b > 0 && Double.isFinite(b) ? b : beta);
    }

    /** The symmetric concentration {@code a} of a {@code dim}-dimensional Dirichlet from count and length histograms. */
    static double fixedPoint(double a, int dim, long[] countHist, long[] lenHist) {
        for (int round = 0; round < ROUNDS; round++) {
            double num = 0;
            double cum = 0;
            for (int c = 1; c < countHist.length; c++) {
                cum += 1.0 / (a + c - 1);
                num += countHist[c] * cum;
            }
            double den = 0;
            cum = 0;
            double sum = dim * a;
            for (int l = 1; l < lenHist.length; l++) {
                cum += 1.0 / (sum + l - 1);
                den += lenHist[l] * cum;
            }
            if (!(num > 0 && den > 0)) {
                return a;
            }
            a = a * num / (dim * den);
        }
        return a;
    }

    /**
     * The digamma function: the recurrence {@code ψ(x) = ψ(x + 1) − 1/x} up to 6, then the asymptotic series
     * (Abramowitz and Stegun 6.3.18).
     */
    static double digamma(double x) {
        double result = 0;
        while (x < 6) {
            result -= 1 / x;
            x += 1;
        }
        double f = 1 / (x * x);
        return result + Math.log(x) - 0.5 / x
                - f * (1.0 / 12 - f * (1.0 / 120 - f * (1.0 / 252 - f * (1.0 / 240 - f / 132))));
    }
}
