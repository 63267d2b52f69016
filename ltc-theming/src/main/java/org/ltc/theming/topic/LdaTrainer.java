package org.ltc.theming.topic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ltc.model.InvalidInputException;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.LtcException;

/**
 * Trains collapsed LDA (Griffiths and Steyvers, "Finding scientific topics", PNAS 2004) with a
 * Metropolis-Hastings sampler whose cost per token does not depend on the number of topics K.
 *
 * <p>Each token takes {@code mhSteps} MH steps that alternate two O(1) proposals, the cycle of LightLDA (Yuan
 * et al., "LightLDA: Big topic models on modest computer clusters", WWW 2015):
 * <ul>
 *   <li>the <b>word proposal</b> {@code q(k) ∝ n̂_wk + β}, drawn from the counts at the start of the sweep. Where
 *       LightLDA builds a stale alias table per word, we draw in O(1) without building anything, as WarpLDA does
 *       (Chen et al., "WarpLDA: a cache efficient O(1) algorithm for latent Dirichlet allocation", VLDB 2016):
 *       with probability {@code n_w / (n_w + Kβ)} take the topic of a random occurrence of w in a word-major copy
 *       of last sweep's assignments, else a uniform topic;</li>
 *   <li>the <b>document proposal</b> {@code q(k) ∝ n_dk + α}: the topic of a random token of the document (with
 *       probability {@code L / (L + Kα)}), else a uniform topic.</li>
 * </ul>
 * The acceptance ratio uses the exact current counts (the token itself excluded), so the chain targets the
 * collapsed Gibbs conditional.
 *
 * <p>Parallelism follows AD-LDA (Newman et al., "Distributed algorithms for topic models", JMLR 2009): the
 * documents are cut into {@code partitions} contiguous blocks; each block is sampled against its own copy of the
 * word-topic counts (last sweep's global counts plus its own changes), and after each sweep the copies are merged
 * by adding every block's delta. Each block draws from its own generator seeded from (seed, sweep, block), and the
 * merge is an integer sum, so the result depends on the seed and the number of partitions only, never on how many
 * threads run the blocks or in which order they finish.
 *
 * <p>Layout: tokens are flat {@code int[]} in document order; each block's word-topic counts are one
 * {@code int[V·K·2]} array, word-major, interleaving the live count and the sweep-start count of each
 * (word, topic) so that one cache line serves both in the acceptance ratio. No boxing in the sweep.
 *
 * <p>Optional hyperparameter optimisation re-estimates the symmetric alpha and beta with Minka's fixed-point
 * iteration ("Estimating a Dirichlet distribution", 2000), using histograms of the counts as MALLET does.
 * Anchor words ("seeded topics") are a prior boost: {@code anchorStrength} pseudo-occurrences of the word in its
 * topic, part of the counts (so of the word proposal too) but never resampled.
 *
 * <p>Not thread-safe: one trainer serves one caller; it runs its own worker threads inside {@link #sweep}.
 */
public final class LdaTrainer {
    private final int numDocs;
    private final int numTokens;
    private final int vocab;
    private final int topics;
    private final int partitions;
    private final int mhSteps;
    private final long seed;
    private final LdaOptions options;
    private double alpha;
    private double beta;

    private final int[] words;
    private final int[] docStart;
    private final int[] z;
    /** Word-major ranges of the word-major copy, real occurrences first, then anchor pseudo-occurrences. */
    private final int[] wordStart;
    /** Position of each token in the word-major copy. */
    private final int[] pos;
    private int[] wz;
    private int[] wzNext;
    /** Per partition, word-major [(w·K + k)·2] = live count, [+1] = count at sweep start. */
    private final int[][] counts;
    private final int[][] topicCounts;
    private final long[] topicTotals;
    private final int[] partStart;
    private final int[] anchorTopicCounts;
    private int iteration;

    /**
     * @param docs          each document as word ids in [0, vocabularySize)
     * @param vocabularySize V
     * @param options       the options (topics, priors, steps, partitions, anchor strength)
     * @param anchorWordIds per topic, the word ids anchored to it (may be {@code null} or shorter than K)
     * @param seed          the random seed
     */
    public LdaTrainer(int[][] docs, int vocabularySize, LdaOptions options, int[][] anchorWordIds, long seed) {
        if (vocabularySize < 1) {
            throw new InvalidOptionsException("vocabularySize", vocabularySize, "must be at least 1");
        }
        this.options = options;
        this.vocab = vocabularySize;
        this.topics = options.topics();
        this.partitions = options.partitions();
        this.mhSteps = options.mhSteps();
        this.alpha = options.alpha();
        this.beta = options.beta();
        this.seed = seed;
        this.numDocs = docs.length;
        long n = 0;
        for (int[] d : docs) {
            n += d.length;
        }
        if (n > Integer.MAX_VALUE / 2) {
            throw InvalidInputException.field("docs", n, "has too many tokens for one model");
        }
        this.numTokens = (int) n;
        if ((long) vocab * topics * 2 > Integer.MAX_VALUE - 16) {
            throw new InvalidOptionsException("topics", topics, "times the vocabulary size " + vocab + " is too large");
        }
        words = new int[numTokens];
        docStart = new int[numDocs + 1];
        int[] wordFreq = new int[vocab];
        int at = 0;
        for (int d = 0; d < numDocs; d++) {
            docStart[d] = at;
            for (int w : docs[d]) {
                if (w < 0 || w >= vocab) {
                    throw InvalidInputException.field("docs[" + d + "]", w, "must hold word ids in [0, " + vocab + ")");
                }
                words[at++] = w;
                wordFreq[w]++;
            }
        }
        docStart[numDocs] = at;

        // Anchors: pseudo-occurrences appended to each anchored word's range.
        int[] pseudo = new int[vocab];
        int[] anchorTopic = new int[vocab];
        Arrays.fill(anchorTopic, -1);
        anchorTopicCounts = new int[topics];
        List<int[]> anchorPairs = new ArrayList<>();
        int strength = options.anchorStrength();
        if (anchorWordIds != null && strength > 0) {
            for (int k = 0; k < Math.min(topics, anchorWordIds.length); k++) {
                if (anchorWordIds[k] == null) {
                    continue;
                }
                for (int w : anchorWordIds[k]) {
                    if (w < 0 || w >= vocab) {
                        throw new InvalidOptionsException("anchors." + k, w, "is not a word id in [0, " + vocab + ")");
                    }
                    anchorPairs.add(new int[] {w, k});
                    pseudo[w] += strength;
                    anchorTopic[w] = k;
                }
            }
        }
        wordStart = new int[vocab + 1];
        int m = 0;
        for (int w = 0; w < vocab; w++) {
            wordStart[w] = m;
            m += wordFreq[w] + pseudo[w];
        }
        wordStart[vocab] = m;
        pos = new int[numTokens];
        int[] fill = new int[vocab];
        for (int i = 0; i < numTokens; i++) {
            int w = words[i];
            pos[i] = wordStart[w] + fill[w]++;
        }
        wz = new int[m];
        wzNext = new int[m];
        int[] pseudoFill = fill; // continue after the real occurrences
        for (int[] p : anchorPairs) {
            int w = p[0];
            int k = p[1];
            for (int j = 0; j < strength; j++) {
                int q = wordStart[w] + pseudoFill[w]++;
                wz[q] = k;
                wzNext[q] = k;
            }
            anchorTopicCounts[k] += strength;
        }

        // Partitions: contiguous document blocks of about equal token counts.
        partStart = new int[partitions + 1];
        int d = 0;
        for (int p = 1; p < partitions; p++) {
            long target = (long) numTokens * p / partitions;
            while (d < numDocs && docStart[d] < target) {
                d++;
            }
            partStart[p] = d;
        }
        partStart[partitions] = numDocs;

        // Initial state: anchored words start in their topic, others uniformly at random.
        z = new int[numTokens];
        long r = mix(seed, -1, -1);
        for (int i = 0; i < numTokens; i++) {
            int k = anchorTopic[words[i]];
            if (k < 0) {
                r = next(r);
                k = (int) (((r >>> 33) * topics) >>> 31);
            }
            z[i] = k;
        }
        int[] global = new int[vocab * topics * 2];
        long[] nk = new long[topics];
        for (int i = 0; i < numTokens; i++) {
            int k = z[i];
            global[(words[i] * topics + k) * 2]++;
            nk[k]++;
            wz[pos[i]] = k;
        }
        for (int[] p : anchorPairs) {
            global[(p[0] * topics + p[1]) * 2] += strength;
        }
        for (int k = 0; k < topics; k++) {
            nk[k] += anchorTopicCounts[k];
        }
        for (int x = 0; x < global.length; x += 2) {
            global[x + 1] = global[x];
        }
        counts = new int[partitions][];
        topicCounts = new int[partitions][];
        topicTotals = nk;
        for (int p = 0; p < partitions; p++) {
            counts[p] = p == 0 ? global : global.clone();
            topicCounts[p] = new int[topics];
            for (int k = 0; k < topics; k++) {
                topicCounts[p][k] = Math.toIntExact(nk[k]);
            }
        }
    }

    /** Sweeps done so far. */
    public int iteration() {
        return iteration;
    }

    public double alpha() {
        return alpha;
    }

    public double beta() {
        return beta;
    }

    public int tokens() {
        return numTokens;
    }

    /** Runs the options' number of sweeps, checking {@code listener} after each. */
    public LdaModel train(int threads, SweepListener listener) {
        while (iteration < options.iterations()) {
            sweep(1, threads);
            if (listener != null) {
                listener.afterSweep(iteration, options.iterations());
            }
        }
        return model();
    }

    /** Hears about each finished sweep; may throw to stop training (e.g. on cancellation). */
    @FunctionalInterface
    public interface SweepListener {
        void afterSweep(int done, int total);
    }

    /** Runs {@code count} more sweeps on {@code threads} threads. */
    public void sweep(int count, int threads) {
        if (threads < 1) {
            throw new InvalidOptionsException("threads", threads, "must be at least 1");
        }
        int t = Math.min(threads, partitions);
        ExecutorService pool = t > 1 ? Executors.newFixedThreadPool(t, r -> {
            Thread th = new Thread(r, "ltc-lda");
            th.setDaemon(true);
            return th;
        }) : null;
        try {
            for (int c = 0; c < count; c++) {
                int it = iteration;
                List<Runnable> tasks = new ArrayList<>();
                for (int p = 0; p < partitions; p++) {
                    int part = p;
                    tasks.add(() -> samplePartition(part, it));
                }
                run(pool, tasks);
                tasks.clear();
                int chunks = Math.max(1, t);
                int cells = vocab * topics;
                for (int ch = 0; ch < chunks; ch++) {
                    int from = (int) ((long) cells * ch / chunks);
                    int to = (int) ((long) cells * (ch + 1) / chunks);
                    tasks.add(() -> mergeCells(from, to));
                }
                run(pool, tasks);
                mergeTopicTotals();
                int[] swap = wz;
                wz = wzNext;
                wzNext = swap;
                iteration++;
                if (options.optimiseInterval() > 0 && iteration > options.burnIn()
                        && (iteration - options.burnIn()) % options.optimiseInterval() == 0) {
                    optimiseHyperparameters();
                }
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private static void run(ExecutorService pool, List<Runnable> tasks) {
        if (pool == null) {
            tasks.forEach(Runnable::run);
            return;
        }
        List<Future<?>> futures = new ArrayList<>();
        for (Runnable r : tasks) {
            futures.add(pool.submit(r));
        }
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LtcException("LDA training was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new LtcException("LDA training failed: " + cause, cause);
        }
    }

    /** One sweep over one partition's documents: the hot loop. */
    private void samplePartition(int part, int it) {
        final int[] c = counts[part];
        final int[] nk = topicCounts[part];
        final int[] zz = z;
        final int[] ww = words;
        final int[] cur = wz;
        final int[] next = wzNext;
        final int[] ps = pos;
        final int[] ws0 = wordStart;
        final int k = topics;
        final double a = alpha;
        final double b = beta;
        final double vb = vocab * beta;
        final double ka = k * alpha;
        final double kb = k * beta;
        final double invA = 1.0 / alpha;
        final double invB = 1.0 / beta;
        final int steps = mhSteps;
        final int[] nd = new int[k];
        long r = mix(seed, it, part);
        for (int d = partStart[part]; d < partStart[part + 1]; d++) {
            final int from = docStart[d];
            final int to = docStart[d + 1];
            final int len = to - from;
            for (int i = from; i < to; i++) {
                nd[zz[i]]++;
            }
            final double docTotal = len + ka;
            for (int i = from; i < to; i++) {
                final int w = ww[i];
                final int row = w * k;
                int s = zz[i];
                nd[s]--;
                c[(row + s) << 1]--;
                nk[s]--;
                final int wStart = ws0[w];
                final int wn = ws0[w + 1] - wStart;
                final double wordTotal = wn + kb;
                for (int step = 0; step < steps; step++) {
                    // One xorshift64* draw gives both uniforms: the proposal (high half), the acceptance (low).
                    r ^= r << 13;
                    r ^= r >>> 7;
                    r ^= r << 17;
                    final long bits = r * 0x2545F4914F6CDD1DL;
                    double u = (bits >>> 32) * 0x1.0p-32;
                    final double accept = (bits & 0xFFFFFFFFL) * 0x1.0p-32;
                    int t;
                    double num;
                    double den;
                    final int is = (row + s) << 1;
                    if ((step & 1) == 0) {
                        u *= wordTotal;
                        t = u < wn ? cur[wStart + (int) u] : Math.min(k - 1, (int) ((u - wn) * invB));
                        if (t == s) {
                            continue;
                        }
                        final int it2 = (row + t) << 1;
                        num = (nd[t] + a) * (c[it2] + b) * (nk[s] + vb) * (c[is + 1] + b);
                        den = (nd[s] + a) * (c[is] + b) * (nk[t] + vb) * (c[it2 + 1] + b);
                    } else {
                        u *= docTotal;
                        t = u < len ? zz[from + (int) u] : Math.min(k - 1, (int) ((u - len) * invA));
                        if (t == s) {
                            continue;
                        }
                        final int it2 = (row + t) << 1;
                        num = (c[it2] + b) * (nk[s] + vb);
                        den = (c[is] + b) * (nk[t] + vb);
                    }
                    if (accept * den < num) {
                        s = t;
                        zz[i] = t;
                    }
                }
                nd[s]++;
                c[(row + s) << 1]++;
                nk[s]++;
                zz[i] = s;
                next[ps[i]] = s;
            }
            for (int i = from; i < to; i++) {
                nd[zz[i]] = 0;
            }
        }
    }

    /** AD-LDA merge of cells [from, to): global + the sum of every partition's delta, into every copy. */
    private void mergeCells(int from, int to) {
        final int[] first = counts[0];
        final int parts = partitions;
        for (int x = from; x < to; x++) {
            final int j = x << 1;
            final int g = first[j + 1];
            int sum = g;
            for (int p = 0; p < parts; p++) {
                sum += counts[p][j] - g;
            }
            for (int p = 0; p < parts; p++) {
                counts[p][j] = sum;
                counts[p][j + 1] = sum;
            }
        }
    }

    private void mergeTopicTotals() {
        for (int k = 0; k < topics; k++) {
            long sum = topicTotals[k];
            for (int p = 0; p < partitions; p++) {
                sum += topicCounts[p][k] - topicTotals[k];
            }
            topicTotals[k] = sum;
            for (int p = 0; p < partitions; p++) {
                topicCounts[p][k] = (int) sum;
            }
        }
    }

    /**
     * Minka's fixed point for a symmetric Dirichlet, for alpha over the document-topic counts and for beta over
     * the word-topic counts; histograms keep it cheap (as in MALLET's ParallelTopicModel).
     */
    private void optimiseHyperparameters() {
        int maxLen = 0;
        for (int d = 0; d < numDocs; d++) {
            maxLen = Math.max(maxLen, docStart[d + 1] - docStart[d]);
        }
        long[] countHist = new long[maxLen + 1];
        long[] lenHist = new long[maxLen + 1];
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
        alpha = fixedPoint(alpha, topics, countHist, lenHist);

        int[] global = counts[0];
        int maxCount = 0;
        for (int x = 1; x < global.length; x += 2) {
            maxCount = Math.max(maxCount, global[x]);
        }
        long[] wordHist = new long[maxCount + 1];
        for (int x = 1; x < global.length; x += 2) {
            wordHist[global[x]]++;
        }
        double b = beta;
        for (int round = 0; round < 5; round++) {
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
        if (b > 0 && Double.isFinite(b)) {
            beta = b;
        }
    }

    private static double fixedPoint(double a, int dim, long[] countHist, long[] lenHist) {
        for (int round = 0; round < 5; round++) {
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

    /** The digamma function: recurrence up to 6, then the asymptotic series. */
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

    /** The model as it stands after the sweeps so far (a copy: training may go on). */
    public LdaModel model() {
        int[] global = counts[0];
        int[] wordTopic = new int[vocab * topics];
        for (int x = 0; x < wordTopic.length; x++) {
            wordTopic[x] = global[(x << 1) + 1];
        }
        return new LdaModel(topics, vocab, alpha, beta, wordTopic, topicTotals.clone(), docStart.clone(), z.clone(),
                iteration);
    }

    static long mix(long seed, long a, long b) {
        long x = seed * 0x9E3779B97F4A7C15L + a * 0xBF58476D1CE4E5B9L + b * 0x94D049BB133111EBL + 0x632BE59BD9B4E019L;
        x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
        x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
        x = x ^ (x >>> 31);
        return x == 0 ? 0x2545F4914F6CDD1DL : x;
    }

    private static long next(long r) {
        r ^= r << 13;
        r ^= r >>> 7;
        r ^= r << 17;
        return r;
    }
}
