package org.ltc.theming.topic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ltc.model.InvalidInputException;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.plugin.Cancellation;
import org.ltc.model.plugin.Workers;
import org.ltc.model.LtcException;

/**
 * Trains collapsed LDA (Griffiths and Steyvers, "Finding scientific topics", PNAS 2004) with a sampler that draws
 * each token exactly from its collapsed conditional against a per-sweep snapshot of the word-topic counts.
 *
 * <p><b>Sampler.</b> A sweep visits the documents; within a document the document-topic counts are live. The
 * word side, {@code φ̂_wk = (n_wk + β) / (n_k + Vβ)}, is the snapshot taken from all assignments at the start of
 * the sweep, so every document is sampled against the same counts: this is AD-LDA (Newman et al., "Distributed
 * algorithms for topic models", JMLR 2009) with one partition per document, and the token's own count is taken
 * out of the snapshot exactly. The conditional is cut into SparseLDA's buckets (Yao, Mimno and McCallum,
 * "Efficient methods for topic model inference on streaming document collections", KDD 2009), but the
 * word-dependent bucket {@code n_dk n_wk / D_k} is summed only over the topics the document and the word share,
 * found by AND-ing their topic bit sets, where SparseLDA walks all the word's topics. So a token costs O(k_d) at
 * worst, k_d the distinct topics of its document (never more than the document's length, whatever K), and
 * usually a few operations on one or two cache lines of a packed per-word record; the rare smoothing branch is a
 * binary search over the word's topics. The snapshot is rebuilt word by word after each sweep from a word-major
 * copy of the assignments that the sampler keeps, in O(tokens + V·K/32).

 * <p><b>Determinism.</b> Each document draws from its own generator seeded by (seed, sweep, document), and the
 * snapshot is an integer count, so the model depends on the seed and the options only: the same on any number
 * of threads ({@link SeedMix}).
 *
 * <p><b>Warm start.</b> From a random start, most of the work of any LDA sampler is spent while the topics
 * form. So training starts on a small, seed-chosen share of the documents and doubles it stage by stage; each
 * document joining a stage has its tokens drawn, in order, from the conditional given the topics formed so far
 * (the incremental initialisation of Canini, Shi and Griffiths, "Online inference of topics with latent
 * Dirichlet allocation", AISTATS 2009) before it is swept with the rest; the first stage's documents start
 * the same way, against an empty word side. In the first stage β is annealed
 * down to its value from up to ten times it over two thirds of {@code warmStartSweeps}; the rest of the first
 * stage stops early by the {@link ConvergenceRule} of the full sweeps. See {@link LdaOptions#warmStart()}, {@link WarmStartPlan} (which
 * documents start) and {@link #warmStart}.
 *
 * <p><b>Split-merge.</b> Gibbs sampling settles into states where one topic holds two true topics while another
 * holds a little of many, and no single-token move gets out. Once the topics have formed at the end of the warm
 * start's first stage, rounds of {@link SplitMerge} moves each dissolve one topic and split another, kept only
 * when the collapsed likelihood rises. Not without a warm start: on the small Bowling Green collection (K = 20,
 * 200 sweeps, ten seeds) rounds after burn-in kept about 36 moves a run, left the held-out likelihood where it
 * was (−6.4717 vs −6.4715) and lowered NPMI from −0.201 to −0.217. On the generated benchmark corpus at K = 200
 * they took the first stage from 142 to 197 of 200 true topics recovered (seed 2).
 *
 * <p>Optional hyperparameter optimisation re-estimates the symmetric alpha and beta with Minka's fixed-point
 * iteration ("Estimating a Dirichlet distribution", 2000), using histograms of the counts as MALLET does
 * ({@link DirichletOptimiser}). Anchor words ("seeded topics", {@link AnchorCounts}) are a prior boost:
 * {@code anchorStrength} pseudo-occurrences of the word in its
 * topic, part of the counts but never resampled.
 *
 * <p>Not thread-safe: one trainer serves one caller; it runs its own worker threads inside {@link #sweep}.
 */
public final class LdaTrainer {
    private final int numDocs;
    private final int numTokens;
    private final int vocab;
    private final int topics;
    private final long seed;
    private final LdaOptions options;
    private double alpha;
    private double beta;

    private final int[] words;
    private final int[] docStart;
    private final int[] z;
    private final int maxDocLength;
    /**
     * The topics of the documents in the model's tokens grouped by word, kept by the sampler: word w's are
     * {@code wordZ[wordStart[w] .. wordStart[w+1])}, and token i's is {@code wordZ[wordPos[i]]}. Regrouped when
     * the warm start adds documents, so a stage's snapshot costs its own tokens.
     */
    private final int[] wordStart;
    private final int[] wordPos;
    private final int[] wordZ;
    /** Anchor pseudo-counts, per word: topics {@code anchorTopic[anchorStart[w] ..]} with {@code anchorCount}. */
    private final int[] anchorStart;
    private final int[] anchorTopic;
    private final int[] anchorCount;
    private final long[] anchorTopicTotals;

    // The snapshot of the word side, rebuilt after every sweep.
    private final long[] topicTotals;
    private final double[] topicDen;
    private final double[] topicInv;
    /** {@code 1 / (D_k - 1)}: a token's own topic without the token. */
    private final double[] topicInv1;
    /** 32-bit blocks in a set of topics. */
    private final int blocks;
    /**
     * The snapshot's word side, one record per word at {@code record[w]} so that a token touches one or two cache
     * lines: {@code [nz, float bits of Σ_k n_wk / D_k, topic set (blocks ints), each block's rank (blocks ints:
     * the topics in the blocks before it), counts (nz), topics (nz), float bits of the cumulative n_wk / D_k
     * (nz)]}, topics in increasing order. The ranks let a token read only the blocks its document holds topics in.
     * The records are packed by each word's topics at every rebuild ({@link #packRecords}), so the array is sized
     * for the worst case but the sampler reads only its front: at K = 200 on the 5M-token benchmark corpus the
     * words hold 6 to 50 topics each on average, not the 200 their capacity allows, and the packed records take
     * 3-13 MB instead of 39 MB. Reading tokens in an order no cache follows, the sampler's time goes to cache and
     * TLB misses over these records; fewer pages hold them.
     */
    private final int[] record;
    /** Each word's record offset in {@link #record}, as packed at the last rebuild (vocab + 1 entries). */
    private final int[] recordStart;
    /** Per word, the distinct topics of its assignments and anchors: the record sizes of the next rebuild. */
    private final int[] wordTopics;
    private final double[] globalCumulative;
    private double globalMass;

    /**
     * Inside, documents are laid out in the order they join the warm start: inner document x is the caller's
     * {@code order[x]}, and the first {@code active} are in the model.
     */
    private final int[] order;
    private int active;
    private boolean warmDone;
    /** Every sweep so far, warm-start stages included: the generator stream of the next sweep. */
    private int sweepsRun;
    private int warmSweeps;
    private double warmWork;
    private int splitMergeMoves;

    private int iteration;
    /** The log-likelihood per token of the last sweep's documents (see {@link #logLikelihoodPerToken}). */
    private double lastLogLikelihood = Double.NaN;
    /** Each full sweep's log-likelihood per token, in order. */
    private double[] history = new double[16];
    private StopReason stopReason;

    /** A document's log-likelihood is summed in fixed point (units of 2^-24 nats), so in any order. */
    private static final double LL_SCALE = 0x1p24;
    /**
     * Parts of a sweep per thread. On two cores a sweep cut in two left about a fifth of the model's phase idle on
     * the benchmark corpus (a part's cost depends on its documents, and the JIT compiler and the collector take a
     * core now and then).
     */
    private static final int PARTS_PER_THREAD = 8;
    /** Tokens whose normalisers are multiplied before one logarithm. */
    private static final int LL_BATCH = 16;

    /** Sweeps between split-merge rounds: the other topics settle around the moved ones. */
    static final int SPLIT_MERGE_SETTLE_SWEEPS = 10;
    /** β starts at most this many times larger in the warm start's first stage. */
    static final double MAX_BETA_ANNEAL = 10;
    /** ... and its pseudo-counts per topic, Vβ, at most this share of the first stage's tokens per topic. */
    static final double MAX_BETA_ANNEAL_SHARE = 0.2;

    /**
     * @param docs          each document as word ids in [0, vocabularySize)
     * @param vocabularySize V
     * @param options       the options (topics, priors, sweeps, anchor strength)
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
        this.alpha = options.alpha();
        this.beta = options.beta();
        this.seed = seed;
        this.numDocs = docs.length;
        long n = 0;
        int longest = 0;
        for (int[] d : docs) {
            n += d.length;
            longest = Math.max(longest, d.length);
        }
        if (n > Integer.MAX_VALUE / 2) {
            throw InvalidInputException.field("docs", n, "has too many tokens for one model");
        }
        this.numTokens = (int) n;
        this.maxDocLength = longest;
        if ((long) vocab * topics > Integer.MAX_VALUE - 16) {
            throw new InvalidOptionsException("topics", topics, "times the vocabulary size " + vocab + " is too large");
        }
        int[] wordFreq = new int[vocab];
        for (int d = 0; d < numDocs; d++) {
            for (int w : docs[d]) {
                if (w < 0 || w >= vocab) {
                    throw InvalidInputException.field("docs[" + d + "]", w, "must hold word ids in [0, " + vocab + ")");
                }
                wordFreq[w]++;
            }
        }
        WarmStartPlan plan = new WarmStartPlan(docs, options, topics, seed);
        order = plan.order;
        active = plan.firstStage;
        warmDone = !plan.warm;
        words = new int[numTokens];
        docStart = new int[numDocs + 1];
        int at = 0;
        for (int x = 0; x < numDocs; x++) {
            docStart[x] = at;
            for (int w : docs[order[x]]) {
                words[at++] = w;
            }
        }
        docStart[numDocs] = at;
        wordStart = new int[vocab + 1];
        wordPos = new int[numTokens];
        wordZ = new int[numTokens];

        AnchorCounts anchors = new AnchorCounts(anchorWordIds, options.anchorStrength(), vocab, topics);
        anchorStart = anchors.start;
        anchorTopic = anchors.topic;
        anchorCount = anchors.count;
        anchorTopicTotals = anchors.topicTotals;
        int[] firstAnchor = anchors.firstTopic;

        // The snapshot's storage: the word side of the conditional and, per word, its nonzero topics.
        topicTotals = new long[topics];
        topicDen = new double[topics];
        topicInv = new double[topics];
        topicInv1 = new double[topics];
        blocks = (topics + 31) >>> 5;
        recordStart = new int[vocab + 1];
        long size = 0;
        for (int w = 0; w < vocab; w++) {
            recordStart[w] = (int) size;
            int cap = Math.min(topics, wordFreq[w] + anchorStart[w + 1] - anchorStart[w]);
            size += 2 + 2L * blocks + 3L * cap;
            if (size > Integer.MAX_VALUE - 16) {
                throw InvalidInputException.field("docs", numTokens, "has too many tokens for one model");
            }
        }
        recordStart[vocab] = (int) size;
        record = new int[(int) size];
        wordTopics = new int[vocab];
        globalCumulative = new double[topics];

        // Initial state. Without a warm start: anchored words in their (first) topic, the others uniformly at
        // random. With one, every token waits (-1): the first stage's first sweep draws each document's tokens in
        // order against the empty word side (see #warmStart), and later documents join stage by stage.
        z = new int[numTokens];
        Arrays.fill(z, -1);
        if (!plan.warm) {
            long r = SeedMix.mix(seed, -1, -1);
            for (int i = 0; i < numTokens; i++) {
                int k = firstAnchor[words[i]];
                if (k < 0) {
                    r = SeedMix.next(r);
                    k = (int) (((r >>> 33) * topics) >>> 31);
                }
                z[i] = k;
                topicTotals[k]++;
            }
        }
        for (int k = 0; k < topics; k++) {
            topicTotals[k] += anchorTopicTotals[k];
        }
        indexActive();
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

    /**
     * Trains: the warm start, then full sweeps until the stop rule of the options says so. With a fixed
     * {@link LdaOptions#iterations() iterations} count, exactly that many; otherwise ({@code iterations = 0},
     * "auto") until {@link ConvergenceRule} finds that the log-likelihood per token has stopped improving by more
     * than {@link LdaOptions#tolerance()}, or {@link LdaOptions#maxIterations()} sweeps have run. Checks
     * {@code listener} after each sweep. The sweeps depend on the seed and options only (the likelihood is summed
     * in the same order on any number of threads), so the stop does too.
     */
    public LdaModel train(int threads, SweepListener listener) {
        int fixed = options.iterations();
        int max = fixed > 0 ? fixed : options.maxIterations();
        ConvergenceRule rule = fixed > 0 ? null : ConvergenceRule.of(options);
        sweep(0, threads);
        while (iteration < max) {
            sweep(1, threads);
            if (listener != null) {
                listener.afterSweep(iteration, max);
            }
            if (rule != null && rule.converged(history, iteration)) {
                stopReason = StopReason.CONVERGED;
                return model();
            }
        }
        stopReason = fixed > 0 ? StopReason.FIXED_COUNT : StopReason.MAX_ITERATIONS;
        return model();
    }

    /** Why {@link #train} stopped, or {@code null} before it has. */
    public StopReason stopReason() {
        return stopReason;
    }

    /** Why training stopped sweeping. */
    public enum StopReason {
        /** The log-likelihood per token stopped improving by more than the tolerance. */
        CONVERGED("converged"),
        /** The most sweeps allowed ran before it converged. */
        MAX_ITERATIONS("max-iterations"),
        /** A fixed number of sweeps was asked for, and ran. */
        FIXED_COUNT("fixed-count");

        private final String id;

        StopReason(String id) {
            this.id = id;
        }

        /** The reason as provenance writes it: {@code converged}, {@code max-iterations}, {@code fixed-count}. */
        public String id() {
            return id;
        }
    }

    /**
     * The log-likelihood per token of the documents in the last sweep (natural log), {@code NaN} before any
     * sweep: the mean over tokens of {@code log p(w_i | w_-i, z_-i)}, the probability of the token's word given
     * every other assignment, as the sampler computes it anyway (the normaliser of the token's conditional,
     * {@code Σ_k (n_dk + α)(n_wk + β)/(n_k + Vβ)}, divided by {@code L_d - 1 + Kα}), against the sweep's snapshot
     * of the word side. A leave-one-out (pseudo-)likelihood of the training tokens, free to compute; it rises
     * as the topics sharpen and levels off when the chain has converged. Summed per document in a fixed order
     * with {@link StrictMath}, then in fixed point across documents, so it is the same on any number of threads
     * and machines. Documents joining the warm start in that sweep are not counted.
     */
    public double logLikelihoodPerToken() {
        return lastLogLikelihood;
    }

    /** The log-likelihood per token after each full sweep so far (after the warm start), in order. */
    public double[] logLikelihoods() {
        return Arrays.copyOf(history, iteration);
    }

    /** Hears about each finished sweep; may throw to stop training (e.g. on cancellation). */
    @FunctionalInterface
    public interface SweepListener {
        void afterSweep(int done, int total);
    }

    /**
     * Runs the warm start if it has not run (see the class comment), then {@code count} more sweeps over all the
     * documents, on {@code threads} threads.
     */
    public void sweep(int count, int threads) {
        if (threads < 1) {
            throw new InvalidOptionsException("threads", threads, "must be at least 1");
        }
        int t = Math.max(1, Math.min(threads, numDocs));
        // the SDK's shared pool, not one per call (a sweep runs thousands of times per training)
        Workers pool = t > 1 ? Workers.of(null, t, Cancellation.never()) : null;
        if (!warmDone) {
            warmStart(pool, t);
        }
        for (int c = 0; c < count; c++) {
            sweepDocs(pool, t, numDocs);
            if (iteration == history.length) {
                history = Arrays.copyOf(history, 2 * history.length);
            }
            history[iteration] = lastLogLikelihood;
            iteration++;
            if (options.optimiseInterval() > 0 && iteration > options.burnIn()
                    && (iteration - options.burnIn()) % options.optimiseInterval() == 0) {
                optimiseHyperparameters();
            }
        }
    }

    /**
     * The warm start: sweeps over the first stage's documents, then doubles the documents in the model stage by
     * stage (each joining document drawn token by token given the topics so far) until all are in.
     */
    private void warmStart(Workers pool, int t) {
        // First stage. β starts larger and comes down geometrically over the first two thirds of the sweeps:
        // smoother topics early let them form without merging two true topics into one, a state Gibbs sampling is
        // slow to leave (deterministic annealing, Rose, "Deterministic annealing for clustering, compression,
        // classification, regression, and related optimization problems", Proc. IEEE 1998). It starts at ten
        // times β, but never with more pseudo-counts per topic (Vβ) than a fifth of the stage's tokens per topic,
        // lest the prior wash out topics that hold few tokens yet. On the generated benchmark corpus at K = 50
        // (factor 10), two of three seeds that did not reach MALLET's 100-iteration likelihood within 60 sweeps
        // without it reached it after 15 and 40; at K = 200 with 2,500 tokens per topic, factor 10 instead of 2.5
        // cost 0.02 of NPMI (more junk topics).
        // The stage starts unassigned: its first sweep draws each document's tokens in order against the empty
        // word side, so each document starts on the few topics its own earlier tokens took, not on one topic a
        // token. A random start spreads a 50-token document over about 45 topics at K = 200, which made the first
        // sweeps the slowest of the run. On the generated corpus (K = 50 and 200, seeds 1 and 2, two runs each) the
        // first stage then settled 10 sweeps sooner at K = 200, split-merge kept 20 moves where it kept 26-27, and
        // the model's phase took 2.5 s less there on average (0.6 s at K = 50), with the same NPMI (within 0.0012)
        // and true topics (191 and 191 against 193 and 191 at K = 200; 50 of 50 at K = 50).
        int sweeps = options.warmStartSweeps();
        int annealed = sweeps * 2 / 3;
        double target = beta;
        double perTopic = (double) docStart[active] / topics;
        double factor = Math.max(1, Math.min(MAX_BETA_ANNEAL, MAX_BETA_ANNEAL_SHARE * perTopic / (vocab * target)));
        // Once β is down, the first stage stops by the same rule as the full sweeps: on the generated corpus at
        // K = 200 its likelihood per token rose 0.0004 a sweep right after the annealing and 0.013 in all over
        // the 50 sweeps that used to follow, while those sweeps cost a quarter of the corpus each.
        ConvergenceRule settled = new ConvergenceRule(options.tolerance(), options.window(), 0);
        double[] atTarget = new double[Math.max(0, sweeps - annealed)];
        int n = 0;
        try {
            for (int c = 0; c < sweeps; c++) {
                double left = c >= annealed ? 0 : 1 - (double) c / annealed;
                beta = target * Math.pow(factor, left);
                sweepDocs(pool, t, active);
                warmWork += docStart[active];
                warmSweeps++;
                if (c >= annealed) {
                    atTarget[n++] = lastLogLikelihood;
                    if (settled.converged(atTarget, n)) {
                        break;
                    }
                }
            }
        } finally {
            beta = target;
        }
        splitMergeFirstStage(pool, t);
        // Later stages: double the documents, one sweep each (the joining documents draw their tokens in order).
        while (active < numDocs) {
            active = (int) Math.min(numDocs, 2L * active);
            indexActive();
            sweepDocs(pool, t, active);
            warmWork += docStart[active];
            warmSweeps++;
        }
        warmWork /= numTokens;
        warmDone = true;
    }

    /**
     * Split-merge rounds on the first stage (see {@link SplitMerge}), each followed by a few sweeps that let the
     * other topics settle around the moved ones, until a round keeps no move.
     */
    private void splitMergeFirstStage(Workers pool, int t) {
        int left = options.splitMergeRounds();
        while (left-- > 0 && splitMergeRound(pool)) {
            for (int c = 0; c < SPLIT_MERGE_SETTLE_SWEEPS; c++) {
                sweepDocs(pool, t, active);
                warmWork += docStart[active];
                warmSweeps++;
            }
        }
    }

    /** One round of split-merge moves on the documents in the model (ranked on the pool); true if it kept a move. */
    private boolean splitMergeRound(Workers pool) {
        boolean[] frozen = new boolean[topics];
        for (int k : anchorTopic) {
            frozen[k] = true;
        }
        SplitMerge moves = new SplitMerge(words, z, docStart, active, topics, vocab, alpha, beta, anchorStart,
                anchorTopic, anchorCount, frozen, SeedMix.mix(seed, sweepsRun, -3));
        SplitMerge.Round done = moves.round(pool);
        splitMergeMoves += done.kept();
        if (done.kept() == 0) {
            return false;
        }
        System.arraycopy(countTopicTotals(), 0, topicTotals, 0, topics);
        indexActive();
        return true;
    }

    /** Split-merge moves kept so far. */
    public int splitMergeMoves() {
        return splitMergeMoves;
    }

    /**
     * Checks that the bookkeeping the sampler reads agrees with the assignments: topic totals (anchors included),
     * the word-major copy of the topics, and each word's packed record in the snapshot taken from them. For tests;
     * throws {@link IllegalStateException} naming the first disagreement.
     */
    void checkConsistent() {
        for (int i = 0; i < docStart[active]; i++) {
            if (wordZ[wordPos[i]] != z[i] || words[i] != wordOf(wordPos[i])) {
                throw new IllegalStateException("token " + i + ": word-major copy out of date");
            }
        }
        long[] totals = countTopicTotals();
        if (!Arrays.equals(totals, topicTotals)) {
            throw new IllegalStateException("topic totals " + Arrays.toString(topicTotals) + ", counted "
                    + Arrays.toString(totals));
        }
        // the snapshot as the next sweep takes it: each word's packed record holds exactly its topics and counts
        rebuildSnapshot(null, cut(wordStart, vocab, 1), 1);
        int[] counts = wordTopicCounts();
        for (int w = 0; w < vocab; w++) {
            int o = recordStart[w];
            int nz = record[o];
            if (recordStart[w + 1] != o + 2 + 2 * blocks + 3 * nz || recordStart[w + 1] > record.length) {
                throw new IllegalStateException("word " + w + ": record of " + nz + " topics at " + o
                        + " does not end where the next begins (" + recordStart[w + 1] + ")");
            }
            int j = 0;
            for (int k = 0; k < topics; k++) {
                if (counts[w * topics + k] == 0) {
                    continue;
                }
                int countAt = o + 2 + 2 * blocks;
                if (j >= nz || record[countAt + nz + j] != k || record[countAt + j] != counts[w * topics + k]) {
                    throw new IllegalStateException("word " + w + ": topic " + k + " (count "
                            + counts[w * topics + k] + ") not its record's topic " + j);
                }
                j++;
            }
            if (j != nz) {
                throw new IllegalStateException("word " + w + ": record holds " + nz + " topics, counted " + j);
            }
        }
    }

    /** Tokens per topic among the documents in the model, plus the anchors' pseudo-counts. */
    private long[] countTopicTotals() {
        long[] totals = anchorTopicTotals.clone();
        for (int i = 0; i < docStart[active]; i++) {
            totals[z[i]]++;
        }
        return totals;
    }

    private int wordOf(int position) {
        int lo = 0;
        int hi = vocab - 1;
        while (lo < hi) { // the word w with wordStart[w] <= position < wordStart[w + 1]
            int mid = (lo + hi + 1) >>> 1;
            if (wordStart[mid] <= position) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Groups the tokens of the documents in the model (inner documents [0, active)) by word. */
    private void indexActive() {
        Arrays.fill(wordStart, 0);
        final int tokens = docStart[active];
        for (int i = 0; i < tokens; i++) {
            wordStart[words[i] + 1]++;
        }
        for (int w = 0; w < vocab; w++) {
            wordStart[w + 1] += wordStart[w];
        }
        int[] fill = Arrays.copyOf(wordStart, vocab);
        for (int i = 0; i < tokens; i++) {
            int at = fill[words[i]]++;
            wordPos[i] = at;
            wordZ[at] = z[i];
        }
    }

    /** Sweeps done during the warm start (each over part of the documents). */
    public int warmStartSweeps() {
        return warmSweeps;
    }

    /** The warm start's work in full sweeps: tokens it sampled divided by the corpus's tokens. */
    public double warmStartWork() {
        return warmDone ? warmWork : 0;
    }

    /** One sweep over inner documents [0, n): the snapshot, then the documents on {@code t} threads. */
    private void sweepDocs(Workers pool, int t, int n) {
        // More parts than threads, taken as threads come free: a thread whose part costs less (documents spread over
        // fewer topics) or that started late no longer waits at the end of every sweep for the other. The parts
        // change nothing drawn (each document draws from its own generator against the snapshot, and the sums are
        // whole numbers).
        int parts = pool == null ? 1 : PARTS_PER_THREAD * t;
        rebuildSnapshot(pool, cut(wordStart, vocab, parts), parts);
        int[] docCut = cut(docStart, n, parts);
        int it = sweepsRun;
        // Each part's topic total changes, then (at [topics]) its log-likelihood in fixed point.
        long[][] deltas = new long[parts][topics + 1];
        List<Runnable> tasks = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            int part = p;
            tasks.add(() -> sampleDocuments(docCut[part], docCut[part + 1], it, deltas[part]));
        }
        run(pool, tasks);
        long ll = 0;
        for (long[] delta : deltas) {
            for (int k = 0; k < topics; k++) {
                topicTotals[k] += delta[k];
            }
            ll += delta[topics];
        }
        long scored = docStart[n];
        lastLogLikelihood = scored == 0 ? 0 : ll / LL_SCALE / scored;
        sweepsRun++;
    }

    /** Cuts items [0, n) whose token ranges are {@code start} into {@code parts} runs of about equal tokens. */
    private static int[] cut(int[] start, int n, int parts) {
        int[] cut = new int[parts + 1];
        long total = start[n];
        int x = 0;
        for (int p = 1; p < parts; p++) {
            long target = total * p / parts;
            while (x < n && start[x] < target) {
                x++;
            }
            cut[p] = x;
        }
        cut[parts] = n;
        return cut;
    }

    private static void run(Workers pool, List<Runnable> tasks) {
        if (pool == null) {
            tasks.forEach(Runnable::run);
            return;
        }
        pool.runAll(tasks, "LDA training");
    }

    /** The word side of the conditional from the current assignments (topic totals are kept current). */
    private void rebuildSnapshot(Workers pool, int[] wordCut, int parts) {
        double vb = vocab * beta;
        double g = 0;
        for (int k = 0; k < topics; k++) {
            topicDen[k] = topicTotals[k] + vb;
            topicInv[k] = 1.0 / topicDen[k];
            topicInv1[k] = 1.0 / (topicDen[k] - 1);
            g += topicInv[k];
            globalCumulative[k] = g;
        }
        globalMass = g;
        List<Runnable> counts = new ArrayList<>();
        List<Runnable> tasks = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            int from = wordCut[p];
            int to = wordCut[p + 1];
            counts.add(() -> countWordTopics(from, to));
            tasks.add(() -> rebuildWords(from, to));
        }
        run(pool, counts);
        packRecords();
        run(pool, tasks);
    }

    /** Each word's distinct topics in [from, to) into {@link #wordTopics}, from its assignments and anchors. */
    private void countWordTopics(int from, int to) {
        final int[] mask = new int[blocks];
        final int[] wz = wordZ;
        for (int w = from; w < to; w++) {
            for (int j = wordStart[w]; j < wordStart[w + 1]; j++) {
                int t = wz[j];
                if (t >= 0) {
                    mask[t >>> 5] |= 1 << t;
                }
            }
            for (int a = anchorStart[w]; a < anchorStart[w + 1]; a++) {
                int t = anchorTopic[a];
                mask[t >>> 5] |= 1 << t;
            }
            int nz = 0;
            for (int b = 0; b < mask.length; b++) {
                nz += Integer.bitCount(mask[b]);
                mask[b] = 0;
            }
            wordTopics[w] = nz;
        }
    }

    /**
     * Places each word's record right after the one before, sized by the topics it holds now. A word holds no more
     * topics than its capacity (its tokens and anchors, at most K), so the packed records fit the array.
     */
    private void packRecords() {
        int at = 0;
        for (int w = 0; w < vocab; w++) {
            recordStart[w] = at;
            at += 2 + 2 * blocks + 3 * wordTopics[w];
        }
        recordStart[vocab] = at;
    }

    private void rebuildWords(int from, int to) {
        final int[] row = new int[topics];
        final double[] inv = topicInv;
        final int[] rec = record;
        final int[] wz = wordZ;
        final int nb = blocks;
        for (int w = from; w < to; w++) {
            final int o = recordStart[w];
            final int mb = o + 2;
            Arrays.fill(rec, mb, mb + nb, 0);
            for (int j = wordStart[w]; j < wordStart[w + 1]; j++) {
                int t = wz[j];
                if (t >= 0 && row[t]++ == 0) {
                    rec[mb + (t >>> 5)] |= 1 << t;
                }
            }
            for (int a = anchorStart[w]; a < anchorStart[w + 1]; a++) {
                int t = anchorTopic[a];
                row[t] += anchorCount[a];
                rec[mb + (t >>> 5)] |= 1 << t;
            }
            // each block's rank: the word's topics in the blocks before it
            int nz = 0;
            for (int b = 0; b < nb; b++) {
                rec[mb + nb + b] = nz;
                nz += Integer.bitCount(rec[mb + b]);
            }
            final int countAt = mb + 2 * nb;
            final int topicAt = countAt + nz;
            final int cumAt = topicAt + nz;
            int j = 0;
            double mass = 0;
            for (int b = 0; b < nb; b++) {
                int m = rec[mb + b];
                while (m != 0) {
                    int t = (b << 5) + Integer.numberOfTrailingZeros(m);
                    m &= m - 1;
                    rec[countAt + j] = row[t];
                    rec[topicAt + j] = t;
                    mass += row[t] * inv[t];
                    rec[cumAt + j++] = Float.floatToRawIntBits((float) mass);
                    row[t] = 0;
                }
            }
            rec[o] = nz;
            rec[o + 1] = Float.floatToRawIntBits((float) mass);
        }
    }

    /**
     * One sweep over inner documents [from, to): the hot loop. A document whose tokens are not yet in the
     * model (joining the warm start) has them drawn in order, then swept once more, both without the snapshot
     * correction since the snapshot never counted them.
     *
     * <p>The conditional {@code (n_dk + α)(n_wk + β) / (n_k + Vβ)} is cut into SparseLDA's buckets: {@code q =
     * n_dk n_wk / D_k} over the topics the document and the word share (an AND of their topic bit sets, usually
     * one to three topics), {@code r = β n_dk / D_k} (kept as a running sum per document), {@code α n_wk / D_k}
     * (its mass precomputed per word) and {@code αβ / D_k} (one mass for all). The snapshot still counts the
     * token in its old topic s, so every term for s uses {@code n_ws - 1} and {@code D_s - 1}: the draw is exact.
     */
    private void sampleDocuments(int from, int to, int it, long[] delta) {
        final int k = topics;
        final int nb = blocks;
        final int[] nd = new int[k];
        final int[] slot = new int[k];
        final int[] docMask = new int[nb];
        // the blocks of docMask that are not empty, a bit each: the q bucket visits only those
        final long[] docBlocks = new long[(nb + 63) >>> 6];
        final int nsb = docBlocks.length;
        final int cap = Math.min(k, maxDocLength + 1); // + 1: the old topic lingers at count 0 while the new joins
        final int[] list = new int[cap];
        final int[] qTopic = new int[cap];
        final double[] qCum = new double[cap];
        final double[] inv = topicInv;
        final double[] inv1 = topicInv1;
        final int[] rec = record;
        final int[] zz = z;
        final int[] ww = words;
        final int[] wz = wordZ;
        final int[] wp = wordPos;
        final int[] rs = recordStart;
        final double a = alpha;
        final double b = beta;
        final double globalPart = alpha * beta * globalMass;
        for (int d = from; d < to; d++) {
            final int start = docStart[d];
            final int end = docStart[d + 1];
            if (start == end) {
                continue;
            }
            final boolean fresh = zz[start] < 0;
            int size = 0;
            double rSum = 0;
            if (!fresh) {
                for (int i = start; i < end; i++) {
                    int t = zz[i];
                    if (nd[t]++ == 0) {
                        slot[t] = size;
                        list[size++] = t;
                        docMask[t >>> 5] |= 1 << t;
                        docBlocks[t >>> 11] |= 1L << (t >>> 5);
                    }
                    rSum += inv[t];
                }
            }
            long r = SeedMix.mix(seed, it, order[d]);
            // The document's log-likelihood (see #logLikelihoodPerToken): the product of the tokens' normalisers,
            // its log taken every LL_BATCH tokens (a product of a few stays far from under- and overflow).
            double product = 1;
            double logSum = 0;
            int batch = 0;
            for (int pass = fresh ? 2 : 1; pass > 0; pass--) {
                for (int i = start; i < end; i++) {
                    final int s = zz[i];
                    final int w = ww[i];
                    // s stays in the document's topic list even at count 0 until the token has moved: it usually
                    // stays, and then the list is left alone.
                    if (s >= 0) {
                        rSum -= inv[s];
                        nd[s]--;
                    }
                    final int o = rs[w];
                    final int nz = rec[o];
                    final int mb = o + 2;
                    final int rankAt = mb + nb;
                    final int countAt = rankAt + nb;
                    // The snapshot still counts this token in s: its terms for s use n_ws - 1 and D_s - 1.
                    final int sc = fresh ? -1 : s;
                    double invS = 0;
                    double invS1 = 0;
                    int nws = 0;
                    if (sc >= 0) {
                        nws = rec[countAt + rec[rankAt + (s >>> 5)]
                                + Integer.bitCount(rec[mb + (s >>> 5)] & ((1 << s) - 1))];
                        invS = inv[s];
                        invS1 = inv1[s];
                    }
                    // q: the topics this document and this word share, in increasing order, from the document's
                    // non-empty blocks only (a document holds a few topics; K = 200 has seven blocks)
                    int nq = 0;
                    double q = 0;
                    for (int sb = 0; sb < nsb; sb++) {
                        for (long bm = docBlocks[sb]; bm != 0; bm &= bm - 1) {
                            final int blk = (sb << 6) + Long.numberOfTrailingZeros(bm);
                            final int wm = rec[mb + blk];
                            int m = docMask[blk] & wm;
                            final int rank = countAt + rec[rankAt + blk];
                            while (m != 0) {
                                final int bit = Integer.numberOfTrailingZeros(m);
                                m &= m - 1;
                                final int t = (blk << 5) + bit;
                                final int c = rec[rank + Integer.bitCount(wm & ((1 << bit) - 1))];
                                q += t == sc ? nd[t] * (c - 1) * invS1 : nd[t] * c * inv[t];
                                qTopic[nq] = t;
                                qCum[nq++] = q;
                            }
                        }
                    }
                    final double rPart = sc < 0 ? b * rSum : b * Math.max(0, rSum + nd[s] * (invS1 - invS));
                    final double wordMass = Float.intBitsToFloat(rec[o + 1]);
                    final double wordPart = a * Math.max(0, sc < 0 ? wordMass
                            : wordMass + (nws - 1) * invS1 - nws * invS);
                    final double extraS = sc < 0 ? 0 : a * b * (invS1 - invS);
                    final double total = q + rPart + wordPart + globalPart + extraS;
                    product *= total;
                    if (++batch == LL_BATCH) {
                        logSum += StrictMath.log(product);
                        product = 1;
                        batch = 0;
                    }
                    r = SeedMix.next(r);
                    double u = ((r * 0x2545F4914F6CDD1DL) >>> 11) * 0x1.0p-53 * total;
                    int t;
                    if (u < q) {
                        int j = 0;
                        while (j < nq - 1 && qCum[j] <= u) {
                            j++;
                        }
                        t = qTopic[j];
                    } else if ((u -= q) < rPart) {
                        u /= b;
                        int j = 0;
                        while (j < size - 1) {
                            int c = list[j];
                            if ((u -= nd[c] * (c == sc ? invS1 : inv[c])) < 0) {
                                break;
                            }
                            j++;
                        }
                        t = list[j];
                    } else if (u - rPart < wordPart) {
                        // From the word's cumulative n_wk / D_k by binary search; s, whose snapshot term is too
                        // large by the token itself, is kept with probability (n_ws - 1) D_s / (n_ws (D_s - 1)).
                        final int topicAt = countAt + nz;
                        final int cumAt = topicAt + nz;
                        final float top = Float.intBitsToFloat(rec[cumAt + nz - 1]);
                        while (true) {
                            r = SeedMix.next(r);
                            double v = ((r * 0x2545F4914F6CDD1DL) >>> 11) * 0x1.0p-53 * top;
                            int lo = 0;
                            int hi = nz - 1;
                            while (lo < hi) {
                                int mid = (lo + hi) >>> 1;
                                if (Float.intBitsToFloat(rec[cumAt + mid]) <= v) {
                                    lo = mid + 1;
                                } else {
                                    hi = mid;
                                }
                            }
                            t = rec[topicAt + lo];
                            if (t != sc) {
                                break;
                            }
                            r = SeedMix.next(r);
                            if (((r * 0x2545F4914F6CDD1DL) >>> 11) * 0x1.0p-53 * nws * invS < (nws - 1) * invS1) {
                                break;
                            }
                        }
                    } else if ((u -= rPart + wordPart) < globalPart) {
                        t = searchGlobal(u / (a * b));
                    } else {
                        t = s;
                    }
                    rSum += inv[t];
                    if (nd[t]++ == 0 && t != s) {
                        slot[t] = size;
                        list[size++] = t;
                        docMask[t >>> 5] |= 1 << t;
                        docBlocks[t >>> 11] |= 1L << (t >>> 5);
                    }
                    if (t != s) {
                        if (s >= 0 && nd[s] == 0) {
                            int j = slot[s];
                            int last = list[--size];
                            list[j] = last;
                            slot[last] = j;
                            docMask[s >>> 5] &= ~(1 << s);
                            if (docMask[s >>> 5] == 0) {
                                docBlocks[s >>> 11] &= ~(1L << (s >>> 5));
                            }
                        }
                        zz[i] = t;
                        wz[wp[i]] = t;
                        if (s >= 0) {
                            delta[s]--;
                        }
                        delta[t]++;
                    }
                }
            }
            if (!fresh) {
                // p(w_i | rest) = total_i / (L - 1 + Kα): every token's normaliser shares that denominator.
                int len = end - start;
                double docLl = logSum + StrictMath.log(product) - len * StrictMath.log(len - 1 + k * a);
                delta[k] += Math.round(docLl * LL_SCALE);
            }
            for (int j = 0; j < size; j++) {
                nd[list[j]] = 0;
            }
            Arrays.fill(docMask, 0);
            Arrays.fill(docBlocks, 0);
        }
    }

    private int searchGlobal(double u) {
        int lo = 0;
        int hi = topics - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (globalCumulative[mid] <= u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Word-topic counts from the current assignments, anchors included, word-major {@code [w·K + k]}. */
    private int[] wordTopicCounts() {
        int[] counts = new int[vocab * topics];
        for (int i = 0; i < numTokens; i++) {
            if (z[i] >= 0) { // a token waiting to join the warm start has no topic yet
                counts[words[i] * topics + z[i]]++;
            }
        }
        for (int w = 0; w < vocab; w++) {
            for (int a = anchorStart[w]; a < anchorStart[w + 1]; a++) {
                counts[w * topics + anchorTopic[a]] += anchorCount[a];
            }
        }
        return counts;
    }

    /** Re-estimates alpha and beta from the assignments (see {@link DirichletOptimiser}). */
    private void optimiseHyperparameters() {
        DirichletOptimiser.Priors p = DirichletOptimiser.optimise(z, docStart, numDocs, maxDocLength, topics, vocab,
                wordTopicCounts(), topicTotals, alpha, beta);
        alpha = p.alpha();
        beta = p.beta();
    }

    /** The model as it stands after the sweeps so far (a copy: training may go on). */
    public LdaModel model() {
        // Back to the caller's document order.
        int[] callerStart = new int[numDocs + 1];
        int[] inner = new int[numDocs];
        for (int x = 0; x < numDocs; x++) {
            inner[order[x]] = x;
        }
        for (int d = 0; d < numDocs; d++) {
            int x = inner[d];
            callerStart[d + 1] = callerStart[d] + docStart[x + 1] - docStart[x];
        }
        int[] callerZ = new int[numTokens];
        for (int d = 0; d < numDocs; d++) {
            int x = inner[d];
            System.arraycopy(z, docStart[x], callerZ, callerStart[d], docStart[x + 1] - docStart[x]);
        }
        return new LdaModel(topics, vocab, alpha, beta, wordTopicCounts(), topicTotals.clone(), callerStart, callerZ,
                iteration);
    }
}
