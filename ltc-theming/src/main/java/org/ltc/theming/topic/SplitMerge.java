package org.ltc.theming.topic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntFunction;
import org.ltc.model.plugin.Workers;

/**
 * Split-merge moves on a collapsed LDA state: one move dissolves a topic into the others and splits another in
 * two, and is kept only if it raises the collapsed joint likelihood {@code log p(w, z | α, β)} (Griffiths and
 * Steyvers, "Finding scientific topics", PNAS 2004, eqs. 2-3). The split is found by restricted Gibbs sweeps
 * between the two halves, as in Jain and Neal, "A split-merge Markov chain Monte Carlo procedure for the
 * Dirichlet process mixture model" (J. Comput. Graph. Stat. 2004); here the moves are a greedy search for a
 * better mode, not a Metropolis-Hastings step.
 *
 * <p>Why: Gibbs sampling (ours and MALLET's alike) settles into states where one topic holds two true topics
 * and another holds a little of many ("junk"), or one true topic is split over two; single-token moves cannot
 * undo them, because every path out goes through states of lower likelihood. A move that does both halves at
 * once can. Candidates are ranked first — the gain of splitting each topic (a short restricted Gibbs run from a
 * sequential allocation of its documents), the change from dissolving each topic (one draw, undone) — then pairs
 * are tried best first. On the generated benchmark corpus at K = 200 the first round's ranking put the merged
 * topics (about 9,500 tokens, split gain about +2,800 nats) and the junk or half topics (about 2,300 tokens,
 * dissolving them alone already a gain) at the heads of the two lists.
 *
 * <p>Works on the tokens of documents [0, docs) in place. The ranking tries every topic on its own, from the
 * state the round began with and with a generator of its own (seeded by the caller's seed and the topic), so it
 * runs on the caller's {@link Workers}, each thread on a copy of the counts that every trial leaves as it found
 * it; the moves then run in order on one thread. Deterministic, and the same on any number of threads. Topics in
 * {@code frozen} (anchored ones) are never split or dissolved, though they may receive tokens of a dissolved
 * topic. Not thread-safe.
 */
final class SplitMerge {
    /** Restricted Gibbs sweeps when ranking split candidates, and when splitting for real. */
    static final int RANK_SWEEPS = 3;
    static final int SPLIT_SWEEPS = 10;
    /**
     * A move is kept if it raises {@code log p(w, z)} by more than this many nats: above the rounding in its sums
     * (a move that hands a topic back under another label computes as about 1e-11), far below any real move
     * (hundreds to thousands of nats on the benchmark corpus).
     */
    static final double MIN_GAIN = 1e-3;

    private final int[] words;
    private final int[] z;
    private final int[] docStart;
    private final int docs;
    private final int tokens;
    private final int topics;
    private final int vocab;
    private final double alpha;
    private final double beta;
    private final double vb;
    private final boolean[] frozen;
    private final int[] docOf;
    private final long seed;
    /** The state the moves change. */
    private final State main;
    /** For tests: recount every topic's tokens after a kept move (the plain way) instead of updating the lists. */
    boolean recount;

    /**
     * @param anchorStart per word w, its anchor pseudo-counts are {@code anchorCount[anchorStart[w] ..
     *                    anchorStart[w+1])} in topics {@code anchorTopic[..]}; all three {@code null} for none
     * @param frozen      topics never split or dissolved (those with anchors), or {@code null}
     */
    SplitMerge(int[] words, int[] z, int[] docStart, int docs, int topics, int vocab, double alpha, double beta,
               int[] anchorStart, int[] anchorTopic, int[] anchorCount, boolean[] frozen, long seed) {
        this.words = words;
        this.z = z;
        this.docStart = docStart;
        this.docs = docs;
        this.tokens = docStart[docs];
        this.topics = topics;
        this.vocab = vocab;
        this.alpha = alpha;
        this.beta = beta;
        this.vb = vocab * beta;
        this.frozen = frozen;
        int[] nwk = new int[vocab * topics];
        long[] nk = new long[topics];
        if (anchorStart != null) {
            for (int w = 0; w < vocab; w++) {
                for (int a = anchorStart[w]; a < anchorStart[w + 1]; a++) {
                    nwk[w * topics + anchorTopic[a]] += anchorCount[a];
                    nk[anchorTopic[a]] += anchorCount[a];
                }
            }
        }
        this.docOf = new int[tokens];
        for (int d = 0; d < docs; d++) {
            Arrays.fill(docOf, docStart[d], docStart[d + 1], d);
        }
        for (int i = 0; i < tokens; i++) {
            nwk[words[i] * topics + z[i]]++;
            nk[z[i]]++;
        }
        int[][] wordTopics = new int[vocab][];
        int[] wordTopicCount = new int[vocab];
        for (int w = 0; w < vocab; w++) {
            int n = 0;
            for (int k = 0; k < topics; k++) {
                n += nwk[w * topics + k] > 0 ? 1 : 0;
            }
            int[] list = new int[Math.max(2, n)];
            n = 0;
            for (int k = 0; k < topics; k++) {
                if (nwk[w * topics + k] > 0) {
                    list[n++] = k;
                }
            }
            wordTopics[w] = list;
            wordTopicCount[w] = n;
        }
        this.seed = seed;
        this.main = new State(nwk, nk, wordTopics, wordTopicCount);
        main.r = seed == 0 ? 0x2545F4914F6CDD1DL : seed;
    }

    /** What one round did: moves tried and kept, and the rise in {@code log p(w, z)}. */
    record Round(int tried, int kept, double gain) {
    }

    /**
     * One round: ranks the topics, then tries pairs (best split, cheapest dissolve) in order until a pair's
     * estimated net gain is not positive, each topic in at most one move.
     */
    Round round() {
        return round(null);
    }

    /** {@link #round()}, ranking the topics on {@code workers} ({@code null}: on this thread). */
    Round round(Workers workers) {
        int[][] byTopic = tokensByTopic();
        double[] splitGain = new double[topics];
        double[] dissolveGain = new double[topics];
        rank(byTopic, splitGain, dissolveGain, workers);
        List<Integer> splittable = new ArrayList<>();
        List<Integer> dissolvable = new ArrayList<>();
        for (int k = 0; k < topics; k++) {
            if (frozen != null && frozen[k]) {
                continue;
            }
            dissolvable.add(k);
            if (byTopic[k].length >= 2) {
                splittable.add(k);
            }
        }
        // Stable orders (ties by topic id), so the round is deterministic.
        splittable.sort((a, b) -> Double.compare(splitGain[b], splitGain[a]));
        dissolvable.sort((a, b) -> Double.compare(dissolveGain[b], dissolveGain[a]));
        boolean[] used = new boolean[topics];
        int tried = 0;
        int kept = 0;
        double gain = 0;
        int si = 0;
        int di = 0;
        while (si < splittable.size() && di < dissolvable.size()) {
            int i = splittable.get(si);
            int j = dissolvable.get(di);
            if (used[i]) {
                si++;
                continue;
            }
            if (used[j] || j == i) {
                di++;
                continue;
            }
            if (splitGain[i] + dissolveGain[j] <= 0) {
                break;
            }
            tried++;
            double g = main.move(i, j, byTopic[i], byTopic[j]);
            used[i] = true;
            used[j] = true;
            si++;
            di++;
            if (g > MIN_GAIN) {
                kept++;
                gain += g;
                // A kept move changed i, j and the topics that took j's tokens; a refused one changed nothing.
                if (recount) {
                    byTopic = tokensByTopic();
                } else {
                    moved(byTopic, i, j);
                }
            }
        }
        return new Round(tried, kept, gain);
    }

    /** See {@link State#move}: for tests. */
    double move(int i, int j, int[] tokensI, int[] tokensJ) {
        return main.move(i, j, tokensI, tokensJ);
    }

    /**
     * Brings the token lists up to date after a kept move of i and j: their tokens before it are now in i, j or
     * (those of j) in topics that only gained tokens. Each list stays in token order, as
     * {@link #tokensByTopic} makes it, at the cost of the two topics' tokens rather than of the whole corpus.
     */
    private void moved(int[][] byTopic, int i, int j) {
        int[] a = byTopic[i];
        int[] b = byTopic[j];
        int[] changed = new int[a.length + b.length];
        int n = 0;
        for (int x = 0, y = 0; x < a.length || y < b.length; ) {
            changed[n++] = y >= b.length || x < a.length && a[x] < b[y] ? a[x++] : b[y++];
        }
        int[] count = new int[topics];
        for (int t : changed) {
            count[z[t]]++;
        }
        int[][] joined = new int[topics][];
        for (int k = 0; k < topics; k++) {
            if (count[k] > 0) {
                joined[k] = new int[count[k]];
            }
        }
        Arrays.fill(count, 0);
        for (int t : changed) {
            joined[z[t]][count[z[t]]++] = t;
        }
        byTopic[i] = joined[i] != null ? joined[i] : new int[0];
        byTopic[j] = joined[j] != null ? joined[j] : new int[0];
        for (int k = 0; k < topics; k++) {
            if (joined[k] != null && k != i && k != j) {
                int[] old = byTopic[k];
                int[] add = joined[k];
                int[] out = new int[old.length + add.length];
                for (int x = 0, y = 0, o = 0; o < out.length; o++) {
                    out[o] = y >= add.length || x < old.length && old[x] < add[y] ? old[x++] : add[y++];
                }
                byTopic[k] = out;
            }
        }
    }

    private int[][] tokensByTopic() {
        int[] count = new int[topics];
        for (int i = 0; i < tokens; i++) {
            count[z[i]]++;
        }
        int[][] by = new int[topics][];
        for (int k = 0; k < topics; k++) {
            by[k] = new int[count[k]];
        }
        Arrays.fill(count, 0);
        for (int i = 0; i < tokens; i++) {
            by[z[i]][count[z[i]]++] = i;
        }
        return by;
    }

    /**
     * Per topic: the change in {@code log p(w, z)} from dissolving it into the others (one draw, then undone), the
     * cost side of a move, usually negative; and the gain of splitting it (a short restricted Gibbs run, the state
     * left alone). Each topic's trials start from the round's state, with generators seeded by the topic, and a
     * thread's copy of the counts is as it found it after each trial: the gains do not depend on the threads.
     */
    private void rank(int[][] byTopic, double[] splitGain, double[] dissolveGain, Workers workers) {
        int threads = workers == null ? 1 : Math.min(workers.threads(), topics);
        // the copies are made before any trial starts (main changes during its trials)
        ConcurrentLinkedQueue<State> idle = new ConcurrentLinkedQueue<>();
        idle.add(main);
        for (int c = 1; c < threads; c++) {
            idle.add(main.copy());
        }
        long moveStream = main.r;
        IntFunction<Void> trial = k -> {
            if (frozen != null && frozen[k]) {
                return null;
            }
            State s = idle.poll();
            try {
                if (byTopic[k].length > 0) {
                    s.r = SeedMix.mix(seed, k, 1);
                    dissolveGain[k] = s.dissolveGain(k, byTopic[k]);
                }
                if (byTopic[k].length >= 2) {
                    s.r = SeedMix.mix(seed, k, 2);
                    splitGain[k] = s.trySplit(byTopic[k], k, -1, RANK_SWEEPS);
                }
            } finally {
                idle.add(s);
            }
            return null;
        };
        if (threads == 1) {
            for (int k = 0; k < topics; k++) {
                trial.apply(k);
            }
        } else {
            workers.map(topics, "LDA split-merge", trial);
        }
        main.r = moveStream;
    }

    /**
     * Counts, word lists, scratch and a generator: the main state the moves change, or a copy a thread ranks
     * topics on.
     */
    private final class State {
        /** Word-topic counts {@code [w·K + k]} and topic totals, anchor pseudo-counts included. */
        final int[] nwk;
        final long[] nk;
        /** {@code 1 / (n_k + Vβ)}, kept current with {@code nk}. */
        final double[] inv;
        /**
         * Per word, the topics it has had a count in since the round began ({@code wordTopicCount[w]} of them; a
         * topic stays listed at count 0): the word-dependent bucket of a token's conditional is summed over these
         * only. A trial restores the counts, so a word's list is as the round began after each.
         */
        final int[][] wordTopics;
        final int[] wordTopicCount;
        // Scratch of a dissolve: the current document's topics, and a bucket's cumulative masses and topics.
        final int[] docTopics = new int[topics];
        final double[] cumulative = new double[topics];
        final int[] candidates = new int[topics];
        // Scratch: per-document counts of the two halves of a split, per-word counts of the halves, one document's
        // topic counts.
        final int[] docA = new int[docs];
        final int[] docB = new int[docs];
        final int[] wordA = new int[vocab];
        final int[] wordB = new int[vocab];
        final int[] nd = new int[topics];
        // Scratch of a trial: each touched word's list length before it, marked by the trial's number.
        final int[] savedCount = new int[vocab];
        final int[] savedIn = new int[vocab];
        int trials;
        long r;

        State(int[] nwk, long[] nk, int[][] wordTopics, int[] wordTopicCount) {
            this.nwk = nwk;
            this.nk = nk;
            this.wordTopics = wordTopics;
            this.wordTopicCount = wordTopicCount;
            this.inv = new double[topics];
            for (int k = 0; k < topics; k++) {
                inv[k] = 1 / (nk[k] + vb);
            }
        }

        /** A copy of the counts and word lists (fresh scratch; the generator is set per trial). */
        State copy() {
            int[][] lists = new int[vocab][];
            for (int w = 0; w < vocab; w++) {
                lists[w] = wordTopics[w].clone();
            }
            return new State(nwk.clone(), nk.clone(), lists, wordTopicCount.clone());
        }

        /**
         * The change in {@code log p(w, z)} from dissolving topic j into the others, one draw; the counts and the
         * word lists are then put back as they were (the assignments are never changed).
         */
        double dissolveGain(int j, int[] tokensJ) {
            int trial = ++trials;
            for (int t : tokensJ) {
                int w = words[t];
                if (savedIn[w] != trial) {
                    savedIn[w] = trial;
                    savedCount[w] = wordTopicCount[w];
                }
            }
            int[] movedTo = new int[tokensJ.length];
            double gain = dissolve(j, tokensJ, movedTo, false);
            for (int x = 0; x < tokensJ.length; x++) {
                int w = words[tokensJ[x]];
                int k = movedTo[x];
                nwk[w * topics + k]--;
                nk[k]--;
                inv[k] = 1 / (nk[k] + vb);
                nwk[w * topics + j]++;
                nk[j]++;
                // topics a word gained in the trial were appended to its list: cut back to what it held
                wordTopicCount[w] = savedCount[w];
            }
            inv[j] = 1 / (nk[j] + vb);
            return gain;
        }

        /**
         * Dissolves topic j into the others, then splits topic i into i and j; keeps the result if it raised
         * {@code log p(w, z)}, else puts every token back.
         *
         * @return the change in {@code log p(w, z)} (kept if above {@link #MIN_GAIN})
         */
        double move(int i, int j, int[] tokensI, int[] tokensJ) {
            int[] movedTo = new int[tokensJ.length];
            double delta = dissolve(j, tokensJ, movedTo, true);
            // Split i (its tokens and those of j that went to i) into i and j.
            int joined = 0;
            for (int k : movedTo) {
                joined += k == i ? 1 : 0;
            }
            int[] members = Arrays.copyOf(tokensI, tokensI.length + joined);
            int at = tokensI.length;
            for (int x = 0; x < tokensJ.length; x++) {
                if (movedTo[x] == i) {
                    members[at++] = tokensJ[x];
                }
            }
            Arrays.sort(members); // grouped by document again
            delta += trySplit(members, i, j, SPLIT_SWEEPS);
            if (delta > MIN_GAIN) {
                return delta;
            }
            // Undo: the split's tokens back to i, then j's tokens back to j.
            for (int t : members) {
                setTopic(t, i);
            }
            for (int t : tokensJ) {
                setTopic(t, j);
            }
            return delta;
        }

        /**
         * Moves every token of j to another topic, each drawn (in document order, document counts live) from its
         * conditional over the other topics; returns the change in {@code log p(w, z)}, tracked move by move, exactly.
         * The counts follow every move; the assignments {@code z} only with {@code commit} (a trial reads them only to
         * count a document's topics as it enters it, and each document is entered once).
         */
        private double dissolve(int j, int[] tokensJ, int[] movedTo, boolean commit) {
            // The conditional (n_dk + α)(n_wk + β) / (n_k + Vβ) over k != j in SparseLDA's buckets (Yao, Mimno and
            // McCallum, KDD 2009): (n_dk + α) n_wk / D_k over the word's topics, β n_dk / D_k over the document's,
            // and αβ / D_k over all (rarely drawn, so found by a scan); a token costs O(its word's and document's
            // topics), not O(K).
            double smooth = 0;
            for (int k = 0; k < topics; k++) {
                smooth += k == j ? 0 : inv[k];
            }
            double delta = 0;
            int doc = -1;
            int docSize = 0;
            for (int x = 0; x < tokensJ.length; x++) {
                int t = tokensJ[x];
                if (docOf[t] != doc) {
                    clearDoc(docSize);
                    doc = docOf[t];
                    docSize = 0;
                    for (int y = docStart[doc]; y < docStart[doc + 1]; y++) {
                        if (nd[z[y]]++ == 0) {
                            docTopics[docSize++] = z[y];
                        }
                    }
                }
                int w = words[t];
                int row = w * topics;
                delta -= Math.log((nd[j] - 1 + alpha) * (nwk[row + j] - 1 + beta) / (nk[j] - 1 + vb));
                nd[j]--;
                nwk[row + j]--;
                nk[j]--;
                double q = 0;
                int nq = 0;
                int[] wt = wordTopics[w];
                for (int c = 0; c < wordTopicCount[w]; c++) {
                    int k = wt[c];
                    int n = nwk[row + k];
                    if (k != j && n > 0) {
                        q += (nd[k] + alpha) * n * inv[k];
                        cumulative[nq] = q;
                        candidates[nq++] = k;
                    }
                }
                double rq = 0;
                for (int c = 0; c < docSize; c++) {
                    int k = docTopics[c];
                    rq += k == j ? 0 : nd[k] * inv[k];
                }
                double u = uniform() * (q + beta * rq + alpha * beta * smooth);
                int k = -1;
                if (u < q) {
                    int c = 0;
                    while (c < nq - 1 && cumulative[c] <= u) {
                        c++;
                    }
                    k = candidates[c];
                } else if ((u -= q) < beta * rq) {
                    u /= beta;
                    for (int c = 0; c < docSize && k < 0; c++) {
                        int o = docTopics[c];
                        if (o != j && nd[o] > 0 && (u -= nd[o] * inv[o]) < 0) {
                            k = o;
                        }
                    }
                } else {
                    u = (u - beta * rq) / (alpha * beta);
                    for (int o = 0; o < topics && k < 0; o++) {
                        if (o != j && (u -= inv[o]) < 0) {
                            k = o;
                        }
                    }
                }
                if (k < 0) { // rounding at the top end of a bucket: the last topic other than j
                    k = j == topics - 1 ? topics - 2 : topics - 1;
                }
                delta += Math.log((nd[k] + alpha) * (nwk[row + k] + beta) / (nk[k] + vb));
                if (nd[k]++ == 0 && !listed(docTopics, docSize, k)) {
                    docTopics[docSize++] = k;
                }
                smooth -= inv[k];
                place(w, k);
                smooth += inv[k];
                if (commit) {
                    z[t] = k;
                }
                movedTo[x] = k;
            }
            clearDoc(docSize);
            inv[j] = 1 / (nk[j] + vb);
            return delta;
        }

        /** One more token of word w in topic k: the counts, {@code inv[k]} and the word's topic list. */
        private void place(int w, int k) {
            if (nwk[w * topics + k]++ == 0 && !listed(wordTopics[w], wordTopicCount[w], k)) {
                if (wordTopicCount[w] == wordTopics[w].length) {
                    wordTopics[w] = Arrays.copyOf(wordTopics[w], Math.min(topics, 2 * wordTopicCount[w]));
                }
                wordTopics[w][wordTopicCount[w]++] = k;
            }
            nk[k]++;
            inv[k] = 1 / (nk[k] + vb);
        }

        /** Zeroes the document counts of the document's topics (all it holds, those that joined it included). */
        private void clearDoc(int docSize) {
            for (int c = 0; c < docSize; c++) {
                nd[docTopics[c]] = 0;
            }
        }

        private void setTopic(int t, int k) {
            int old = z[t];
            if (old != k) {
                nwk[words[t] * topics + old]--;
                nk[old]--;
                inv[old] = 1 / (nk[old] + vb);
                place(words[t], k);
                z[t] = k;
            }
        }

        /**
         * Splits the tokens {@code members}, all in topic i and sorted by token, into two halves: a sequential
         * allocation of their documents, then restricted Gibbs sweeps; returns the change in {@code log p(w, z)}. With {@code j >= 0} (an empty topic) the second half goes to
         * j in the state; with {@code j < 0} the state is left as it was and only the gain is returned.
         */
        private double trySplit(int[] members, int i, int j, int sweeps) {
            int n = members.length;
            boolean[] inB = new boolean[n];
            long na = 0;
            long nb = 0;
            // Sequential allocation (Dahl, "Sequentially-allocated merge-split sampler for conjugate and
            // nonconjugate Dirichlet process mixture models", 2005), by document: two random documents seed the
            // halves, then each document in random order joins, whole, the half its words fit better. A document
            // mostly holds one true topic, so a merged topic comes apart at once and the sweeps only tidy up.
            int groups = 0;
            int[] groupStart = new int[n + 1];
            for (int x = 0; x < n; x++) {
                if (x == 0 || docOf[members[x]] != docOf[members[x - 1]]) {
                    groupStart[groups++] = x;
                }
            }
            groupStart[groups] = n;
            int[] perm = new int[groups];
            for (int g = 0; g < groups; g++) {
                perm[g] = g;
            }
            for (int g = groups - 1; g > 0; g--) {
                int h = (int) (uniform() * (g + 1));
                int tmp = perm[g];
                perm[g] = perm[h];
                perm[h] = tmp;
            }
            for (int q = 0; q < groups; q++) {
                int g = perm[q];
                boolean b;
                if (q < 2) {
                    b = q == 1;
                } else {
                    double score = 0;
                    for (int x = groupStart[g]; x < groupStart[g + 1]; x++) {
                        int w = words[members[x]];
                        score += Math.log((wordB[w] + beta) / (nb + vb)) - Math.log((wordA[w] + beta) / (na + vb));
                    }
                    b = score > 0;
                }
                for (int x = groupStart[g]; x < groupStart[g + 1]; x++) {
                    int t = members[x];
                    inB[x] = b;
                    if (b) {
                        docB[docOf[t]]++;
                        wordB[words[t]]++;
                        nb++;
                    } else {
                        docA[docOf[t]]++;
                        wordA[words[t]]++;
                        na++;
                    }
                }
            }
            for (int s = 0; s < sweeps; s++) {
                for (int x = 0; x < n; x++) {
                    int t = members[x];
                    int d = docOf[t];
                    int w = words[t];
                    if (inB[x]) {
                        docB[d]--;
                        wordB[w]--;
                        nb--;
                    } else {
                        docA[d]--;
                        wordA[w]--;
                        na--;
                    }
                    double pa = (docA[d] + alpha) * (wordA[w] + beta) / (na + vb);
                    double pb = (docB[d] + alpha) * (wordB[w] + beta) / (nb + vb);
                    inB[x] = uniform() * (pa + pb) < pb;
                    if (inB[x]) {
                        docB[d]++;
                        wordB[w]++;
                        nb++;
                    } else {
                        docA[d]++;
                        wordA[w]++;
                        na++;
                    }
                }
            }
            // The change: i's terms before (all members in i) against the two halves' terms after, over the documents
            // and words the members touch; every other topic's terms are unchanged.
            double delta = lgamma(vb) - lgamma(na + vb) - lgamma(nb + vb) + lgamma(n + vb);
            for (int x = 0; x < n; x++) {
                int t = members[x];
                int d = docOf[t];
                if (docA[d] >= 0) { // first visit of this document: add its terms, then mark it visited
                    int a = docA[d];
                    int b = docB[d];
                    delta += lgammaRatio(a, alpha) + lgammaRatio(b, alpha) - lgammaRatio(a + b, alpha);
                    docA[d] = -1 - a;
                }
                int w = words[t];
                if (wordA[w] >= 0) {
                    int a = wordA[w];
                    int b = wordB[w];
                    delta += lgammaRatio(a, beta) + lgammaRatio(b, beta) - lgammaRatio(a + b, beta);
                    wordA[w] = -1 - a;
                }
            }
            for (int x = 0; x < n; x++) {
                int t = members[x];
                docA[docOf[t]] = 0;
                docB[docOf[t]] = 0;
                wordA[words[t]] = 0;
                wordB[words[t]] = 0;
            }
            if (j >= 0) {
                for (int x = 0; x < n; x++) {
                    if (inB[x]) {
                        setTopic(members[x], j);
                    }
                }
            }
            return delta;
        }

        private double uniform() {
            r = SeedMix.next(r);
            return ((r * 0x2545F4914F6CDD1DL) >>> 11) * 0x1.0p-53;
        }
    }

    private static boolean listed(int[] list, int size, int k) {
        for (int c = 0; c < size; c++) {
            if (list[c] == k) {
                return true;
            }
        }
        return false;
    }

    /** {@code log Γ(n + c) - log Γ(c)}. */
    private static double lgammaRatio(int n, double c) {
        return n == 0 ? 0 : lgamma(n + c) - lgamma(c);
    }

    /** log Γ(x) for x > 0: shifted up past 10, then Stirling's series (error below 1e-13). */
    static double lgamma(double x) {
        double shift = 0;
        while (x < 10) {
            shift -= Math.log(x);
            x += 1;
        }
        double inv = 1 / x;
        double inv2 = inv * inv;
        double series = inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 * (1.0 / 1680
                - inv2 * (1.0 / 1188 - inv2 * 691.0 / 360360)))));
        return shift + (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + series;
    }

    /** {@code log p(w, z | α, β)} of the current state, up to terms that do not depend on z; for tests. */
    double logJoint() {
        int[] nwk = main.nwk;
        long[] nk = main.nk;
        int[] nd = main.nd;
        double ll = 0;
        for (int k = 0; k < topics; k++) {
            ll += lgamma(vb) - lgamma(nk[k] + vb);
        }
        for (int x = 0; x < nwk.length; x++) {
            ll += lgammaRatio(nwk[x], beta);
        }
        for (int d = 0; d < docs; d++) {
            for (int y = docStart[d]; y < docStart[d + 1]; y++) {
                nd[z[y]]++;
            }
            for (int k = 0; k < topics; k++) {
                ll += lgammaRatio(nd[k], alpha);
            }
            Arrays.fill(nd, 0);
        }
        return ll;
    }
}
