package org.ltc.theming.cluster;

import org.ltc.theming.ThemeLabellers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.ltc.model.Checks;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;
import org.ltc.model.knowledge.NoteRef;
import org.ltc.model.knowledge.Quote;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeCategory;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.plugin.Cancellation;
import org.ltc.model.plugin.PhaseClock;
import org.ltc.model.plugin.ConfiguredPlugin;
import org.ltc.model.plugin.ProgressListener;
import org.ltc.model.provenance.Provenance;
import org.ltc.theming.NoteEmbeddings;
import org.ltc.theming.ThemableNotes;
import org.ltc.theming.Themer;
import org.ltc.theming.ThemingRequest;
import org.ltc.theming.internal.Parallel;
import org.ltc.theming.text.Corpus;
import org.ltc.theming.text.ThemeLabels;
import org.ltc.theming.text.Lsa;
import org.ltc.theming.text.SparseVector;
import org.ltc.theming.internal.HeapEstimate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code kmeans} themer: spherical k-means++ over note vectors (Dhillon and Modha 2001; Arthur and
 * Vassilvitskii 2007).
 *
 * <ol>
 *   <li>Notes are analysed once ({@link Corpus}) and represented as LSA vectors of their TF-IDF (or BM25)
 *       weights, as the sparse weights themselves, or as the host's {@link NoteEmbeddings} when the request
 *       carries them. Notes with no vector (no known word, no embedding) are reported unassigned; notes a
 *       moderator rejected are left out.</li>
 *   <li>k is given, or chosen by the mean silhouette (Rousseeuw 1987, cosine distance) of quick runs over a
 *       geometric grid of k on a seeded sample.</li>
 *   <li>{@code restarts} seeded k-means++ runs on a sample of at most {@code sampleSize} notes; their
 *       centres are pooled and clustered again (weighted by cluster size, started from the best run), a
 *       consensus that makes the result far less dependent on any one seeding; Lloyd iterations from the
 *       consensus centres over every note give the final themes.</li>
 *   <li>A theme's key terms are its class-based TF-IDF terms (c-TF-IDF, Grootendorst 2022): a term's
 *       frequency in the theme, normalised by the theme's length, times {@code ln(1 + A / f)} with A the
 *       mean number of words per theme and f the term's frequency over all themes. Key terms are shown in
 *       their most frequent written form; quotes are the notes nearest the centre; evidence weights are
 *       cosine similarities to the centre. Its label is in residents' words, from the notes nearest the
 *       centre ({@link ThemeLabels}).</li>
 * </ol>
 *
 * <p>The same request and seed give the same themes, byte for byte, on any number of threads: work is split
 * into fixed chunks and reduced in order, and every random choice comes from the seed. Immutable and
 * thread-safe.
 */
public final class SphericalKMeansThemer extends ConfiguredPlugin<KMeansOptions> implements Themer {
    /** The themer's id. */
    public static final String ID = "kmeans";
    private static final Logger LOG = LoggerFactory.getLogger(SphericalKMeansThemer.class);
    private static final int AUTO_SAMPLE = 2000;
    private static final int CONSENSUS_SAMPLE = 4000;
    private static final int SILHOUETTE_SAMPLE = 2000;
    private static final int AUTO_RESTARTS = 2;
    private static final int AUTO_ITERATIONS = 20;
    private static final double AUTO_STEP = 1.2;
    private static final double AUTO_SLACK = 0.03;
    private static final int QUOTE_CHARS = 300;
    private static final double RESTART_TOLERANCE = 0.01;

    /** The themer with default options (k chosen automatically). */
    public SphericalKMeansThemer() {
        this(KMeansOptions.defaults());
    }

    public SphericalKMeansThemer(KMeansOptions options) {
        super(ID, options);
    }

    /**
     * Heap per note beyond the note itself: its term ids and weights (twice: counts and weighted), its
     * assignment and the analysis tables (see {@link HeapEstimate}; measured at 1,000,000 notes).
     */
    static final long HEAP_PER_NOTE = 800;

    @Override
    public ThemeSet theme(ThemingRequest request) {
        KMeansOptions opts = options(request.options());
        ConversationSet set = request.conversations();
        Cancellation cancel = request.cancellation();
        ProgressListener progress = request.progress();
        int threads = request.threads();
        // rejected and meta statements are never themed
        List<Note> notes = ThemableNotes.of(set).notes();
        int n = notes.size();
        HeapEstimate.require(request, ID, notes, HEAP_PER_NOTE);
        progress.progress("analysis", 0, 4);
        List<String> texts = new ArrayList<>(n);
        List<String> languages = new ArrayList<>(n);
        for (Note note : notes) {
            texts.add(note.text());
            languages.add(note.language());
        }
        Corpus corpus = Corpus.analyse(texts, languages, opts.text(), threads, cancel);
        Map<String, String> provenanceOptions = new TreeMap<>(opts.toProperties());

        // representation
        progress.progress("representation", 1, 4);
        Vectors x;
        List<SparseVector> weighted = null;
        NoteEmbeddings embeddings = request.embeddings();
        Representation rep = opts.representation();
        if (rep == Representation.EMBEDDINGS && embeddings == null) {
            throw new InvalidOptionsException(KMeansOptions.PREFIX + "representation", "embeddings",
                    "needs the request to carry note embeddings");
        }
        if (embeddings != null && (rep == Representation.AUTO || rep == Representation.EMBEDDINGS)) {
            x = Vectors.dense(hostVectors(notes, embeddings));
            provenanceOptions.put(KMeansOptions.PREFIX + "representation", "embeddings");
            provenanceOptions.put(KMeansOptions.PREFIX + "embeddings.model", embeddings.model());
        } else {
            weighted = opts.weighting().vectors(corpus);
            if (rep == Representation.TERMS || rep == Representation.AUTO) {
                x = Vectors.sparse(weighted, corpus.vocabularySize());
                provenanceOptions.put(KMeansOptions.PREFIX + "representation", "terms");
            } else {
                Lsa lsa = Lsa.fit(weighted, corpus.vocabularySize(), opts.dimensions(), opts.powerIterations(),
                        request.seed(), threads, cancel);
                x = Vectors.dense(lsa.transformAll(weighted, threads, cancel));
                provenanceOptions.put(KMeansOptions.PREFIX + "representation", "lsa");
            }
        }
        request.phases().lap(PhaseClock.ANALYSE);
        List<Integer> activeList = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!x.isZero(i)) {
                activeList.add(i);
            }
        }
        int[] active = activeList.stream().mapToInt(Integer::intValue).toArray();
        SplittableRandom random = new SplittableRandom(request.seed());
        List<Theme> themes = new ArrayList<>();
        boolean[] assigned = new boolean[n];
        if (active.length >= 2) {
            int[] sample = sample(active, opts.sampleSize(), random.split());
            int k;
            if (opts.k() > 0) {
                k = opts.k();
            } else {
                int[] rows = sample(sample, AUTO_SAMPLE, random.split());
                Vectors kx = x;
                if (weighted != null && opts.representation() != Representation.LSA) {
                    // silhouettes in a sparse term space keep rising with k; in LSA space they peak
                    List<SparseVector> sub = new ArrayList<>(rows.length);
                    for (int r : rows) {
                        sub.add(weighted.get(r));
                    }
                    Lsa lsa = Lsa.fit(sub, corpus.vocabularySize(), opts.dimensions(), opts.powerIterations(),
                            request.seed(), threads, cancel);
                    float[][] dense = lsa.transformAll(sub, threads, cancel);
                    kx = Vectors.dense(dense);
                    int[] positions = new int[rows.length];
                    for (int i = 0; i < positions.length; i++) {
                        positions[i] = i;
                    }
                    rows = positions;
                }
                k = chooseK(kx, rows, opts, random.split(), threads, cancel, progress);
            }
            k = Math.max(1, Math.min(k, sample.length));
            provenanceOptions.put(KMeansOptions.PREFIX + "k", Integer.toString(k));
            progress.progress("restarts", 2, 4);
            SphericalKMeans.Result result = cluster(x, active, sample, k, opts, random.split(), threads, cancel,
                    progress);
            request.phases().lap(PhaseClock.CLUSTER);
            progress.progress("labels", 3, 4);
            themes = themes(notes, corpus, active, result, opts, assigned);
        }
        List<String> unassigned = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!assigned[i]) {
                unassigned.add(notes.get(i).id());
            }
        }
        progress.progress("done", 4, 4);
        request.phases().lap(PhaseClock.LABEL);
        LOG.debug("kmeans: {} notes, {} themes, {} unassigned", n, themes.size(), unassigned.size());
        Provenance provenance = Provenance.of(ID, version(), provenanceOptions, request.seed(), request.inputSha256(),
                request.clock().instant());
        return ThemeLabellers.relabel(new ThemeSet(set.id(), themes, unassigned, provenance), request, null, Map.of());
    }

    /** Restarts on the sample, their consensus, then Lloyd over every active note. */
    static SphericalKMeans.Result cluster(Vectors x, int[] active, int[] sample, int k, KMeansOptions opts,
                                                  SplittableRandom random, int threads, Cancellation cancel,
                                                  ProgressListener progress) {
        int restarts = opts.restarts();
        long[] seeds = new long[restarts];
        for (int r = 0; r < restarts; r++) {
            seeds[r] = random.nextLong();
        }
        AtomicInteger done = new AtomicInteger();
        List<SphericalKMeans.Result> runs = Parallel.map(restarts, threads, cancel, "k-means restarts", r -> {
            SplittableRandom rr = new SplittableRandom(seeds[r]);
            double[][] start = SphericalKMeans.seed(x, sample, k, rr);
            // restarts feed the consensus, so they stop at a looser tolerance than the final run
            SphericalKMeans.Result res = SphericalKMeans.lloyd(x, sample, start, opts.maxIterations(),
                    Math.max(opts.tolerance(), RESTART_TOLERANCE), 1, cancel);
            progress.progress("restarts", done.incrementAndGet(), restarts);
            return res;
        });
        // the co-association matrix is quadratic: the consensus looks at a seeded sub-sample of the sample
        int[] positions = new int[sample.length];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = i;
        }
        int[] sub = sample(positions, CONSENSUS_SAMPLE, random.split());
        List<SphericalKMeans.Result> subRuns = new ArrayList<>(runs.size());
        for (SphericalKMeans.Result run : runs) {
            int[] a = new int[sub.length];
            for (int i = 0; i < sub.length; i++) {
                a[i] = run.assignment()[sub[i]];
            }
            subRuns.add(new SphericalKMeans.Result(a, null, null, null, run.objective()));
        }
        int[] labels = coAssociationConsensus(subRuns, Math.min(k, sub.length));
        double[][] centres = new double[k][x.dimension()];
        for (int i = 0; i < sub.length; i++) {
            x.addTo(sample[sub[i]], centres[labels[i]], 1);
        }
        cancel.check("k-means");
        return SphericalKMeans.lloyd(x, active, centres, opts.maxIterations(), opts.tolerance(), threads, cancel);
    }

    /**
     * Evidence accumulation (Fred and Jain 2005): the share of runs that put two rows together is their
     * similarity, and average-linkage clustering of {@code 1 - share}, cut at k clusters, is the consensus.
     * Average linkage runs by the nearest-neighbour chain (Murtagh 1983) in O(m^2); ties break by index, so
     * the consensus depends on the runs only, and as they grow in number on the data only.
     */
    static int[] coAssociationConsensus(List<SphericalKMeans.Result> runs, int k) {
        int m = runs.get(0).assignment().length;
        int rs = runs.size();
        float[][] dist = new float[m][];
        for (int i = 0; i < m; i++) {
            dist[i] = new float[m];
            for (int j = 0; j < i; j++) {
                int together = 0;
                for (SphericalKMeans.Result r : runs) {
                    if (r.assignment()[i] == r.assignment()[j]) {
                        together++;
                    }
                }
                float d = 1f - together / (float) rs;
                dist[i][j] = d;
                dist[j][i] = d;
            }
        }
        int[] size = new int[m];
        Arrays.fill(size, 1);
        boolean[] alive = new boolean[m];
        Arrays.fill(alive, true);
        // merges: (a, b, height); a cluster is named by its smallest-indexed surviving row
        int[] mergeA = new int[m - 1];
        int[] mergeB = new int[m - 1];
        float[] height = new float[m - 1];
        int merges = 0;
        int[] chain = new int[m];
        int top = 0;
        int remaining = m;
        while (remaining > 1) {
            if (top == 0) {
                for (int i = 0; i < m; i++) {
                    if (alive[i]) {
                        chain[top++] = i;
                        break;
                    }
                }
            }
            int a = chain[top - 1];
            int prev = top >= 2 ? chain[top - 2] : -1;
            int nn = -1;
            float best = Float.MAX_VALUE;
            if (prev >= 0) {
                nn = prev;
                best = dist[a][prev];
            }
            float[] row = dist[a];
            for (int j = 0; j < m; j++) {
                if (alive[j] && j != a && row[j] < best) {
                    best = row[j];
                    nn = j;
                }
            }
            if (nn == prev) {
                top -= 2;
                int keep = Math.min(a, nn);
                int gone = Math.max(a, nn);
                mergeA[merges] = keep;
                mergeB[merges] = gone;
                height[merges++] = best;
                // Lance-Williams update for average linkage
                float[] dk = dist[keep];
                float[] dg = dist[gone];
                int sk = size[keep];
                int sg = size[gone];
                for (int j = 0; j < m; j++) {
                    if (alive[j] && j != keep && j != gone) {
                        float d = (sk * dk[j] + sg * dg[j]) / (sk + sg);
                        dk[j] = d;
                        dist[j][keep] = d;
                    }
                }
                size[keep] = sk + sg;
                alive[gone] = false;
                dist[gone] = null;
                remaining--;
            } else {
                chain[top++] = nn;
            }
        }
        // the m - k lowest merges (stable order: by height, then merge order), as any dendrogram is cut
        double[] heights = new double[merges];
        for (int i = 0; i < merges; i++) {
            heights[i] = height[i];
        }
        return WardTree.ofMerges(m, mergeA, mergeB, heights).cut(k);
    }

    /**
     * The consensus partition of several runs over the same rows: k-means on the rows' membership profiles
     * (one indicator per run and cluster; two rows' profiles meet in as many runs as put them together), the
     * consensus function of Topchy, Jain and Punch (2005), started from the run with the best objective.
     */
    static int[] consensus(List<SphericalKMeans.Result> runs, int k) {
        int best = 0;
        for (int r = 1; r < runs.size(); r++) {
            if (runs.get(r).objective() > runs.get(best).objective()) {
                best = r;
            }
        }
        int m = runs.get(0).assignment().length;
        int rs = runs.size();
        int[] labels = runs.get(best).assignment().clone();
        for (int it = 0; it < 100; it++) {
            // mean profile of each consensus cluster: share of its rows in each run's cluster
            double[][][] share = new double[k][rs][k];
            int[] size = new int[k];
            for (int i = 0; i < m; i++) {
                size[labels[i]]++;
                for (int r = 0; r < rs; r++) {
                    share[labels[i]][r][runs.get(r).assignment()[i]]++;
                }
            }
            double[] norm2 = new double[k];
            for (int c = 0; c < k; c++) {
                if (size[c] == 0) {
                    continue;
                }
                for (int r = 0; r < rs; r++) {
                    for (int j = 0; j < k; j++) {
                        share[c][r][j] /= size[c];
                        norm2[c] += share[c][r][j] * share[c][r][j];
                    }
                }
            }
            boolean changed = false;
            for (int i = 0; i < m; i++) {
                int arg = labels[i];
                double bestCost = Double.MAX_VALUE;
                for (int c = 0; c < k; c++) {
                    if (size[c] == 0) {
                        continue;
                    }
                    double dot = 0;
                    for (int r = 0; r < rs; r++) {
                        dot += share[c][r][runs.get(r).assignment()[i]];
                    }
                    double cost = norm2[c] - 2 * dot;
                    if (cost < bestCost) {
                        bestCost = cost;
                        arg = c;
                    }
                }
                if (arg != labels[i]) {
                    labels[i] = arg;
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        return labels;
    }

    /** k by the best mean silhouette over a geometric grid, on a sample. */
    static int chooseK(Vectors x, int[] rows, KMeansOptions opts, SplittableRandom random, int threads,
                               Cancellation cancel, ProgressListener progress) {
        int[] silRows = sample(rows, SILHOUETTE_SAMPLE, random.split());
        int[] silIndex = new int[silRows.length];
        for (int i = 0, j = 0; i < rows.length && j < silRows.length; i++) {
            if (rows[i] == silRows[j]) {
                silIndex[j++] = i;
            }
        }
        int m = silRows.length;
        float[][] sim = similarities(x, silRows, threads, cancel);
        List<Integer> grid = kGrid(opts.minK(), Math.min(opts.maxK(), Math.max(opts.minK(), rows.length / 5)));
        double[] scores = new double[grid.size()];
        long[] seeds = new long[grid.size() * AUTO_RESTARTS];
        for (int i = 0; i < seeds.length; i++) {
            seeds[i] = random.nextLong();
        }
        for (int g = 0; g < grid.size(); g++) {
            int k = grid.get(g);
            int base = g * AUTO_RESTARTS;
            List<SphericalKMeans.Result> runs = Parallel.map(AUTO_RESTARTS, threads, cancel, "choosing k", r -> {
                SplittableRandom rr = new SplittableRandom(seeds[base + r]);
                return SphericalKMeans.lloyd(x, rows, SphericalKMeans.seed(x, rows, k, rr),
                        Math.min(opts.maxIterations(), AUTO_ITERATIONS), RESTART_TOLERANCE, 1, cancel);
            });
            SphericalKMeans.Result best = runs.get(0);
            for (SphericalKMeans.Result r : runs) {
                if (r.objective() > best.objective()) {
                    best = r;
                }
            }
            int[] labels = new int[m];
            for (int i = 0; i < m; i++) {
                labels[i] = best.assignment()[silIndex[i]];
            }
            scores[g] = silhouette(sim, labels, k);
            LOG.debug("kmeans auto k={} silhouette={}", k, scores[g]);
            progress.progress("choosing k", g + 1, grid.size());
        }
        return smallestNearBest(grid, scores);
    }

    /** The cosine similarity of every pair of {@code rows} (unit vectors), computed in parallel chunks. */
    static float[][] similarities(Vectors x, int[] rows, int threads, Cancellation cancel) {
        int m = rows.length;
        float[][] sim = new float[m][m];
        Parallel.map(Parallel.chunks(m, 64), threads, cancel, "choosing k", ch -> {
            double[] probe = new double[x.dimension()];
            int to = Math.min(m, (ch + 1) * 64);
            for (int i = ch * 64; i < to; i++) {
                Arrays.fill(probe, 0);
                x.addTo(rows[i], probe, 1);
                for (int j = 0; j < m; j++) {
                    sim[i][j] = (float) x.dot(rows[j], probe);
                }
            }
            return null;
        });
        return sim;
    }

    /** The k tried when choosing automatically: a geometric grid (step {@value #AUTO_STEP}) from minK to maxK. */
    static List<Integer> kGrid(int minK, int maxK) {
        List<Integer> grid = new ArrayList<>();
        for (double k = minK; k <= maxK; k *= AUTO_STEP) {
            int ki = (int) Math.round(k);
            if (grid.isEmpty() || grid.get(grid.size() - 1) != ki) {
                grid.add(ki);
            }
        }
        if (grid.get(grid.size() - 1) != maxK) {
            grid.add(maxK);
        }
        return grid;
    }

    /** Silhouettes plateau near the best k: the smallest k whose score is within 3% of the best. */
    static int smallestNearBest(List<Integer> grid, double[] scores) {
        double top = Double.NEGATIVE_INFINITY;
        for (double sc : scores) {
            top = Math.max(top, sc);
        }
        for (int g = 0; g < grid.size(); g++) {
            if (scores[g] >= top - AUTO_SLACK * Math.abs(top)) {
                return grid.get(g);
            }
        }
        return grid.get(grid.size() - 1);
    }

    /** Mean silhouette with cosine distance; a point alone in its cluster scores 0. */
    static double silhouette(float[][] sim, int[] labels, int k) {
        int m = labels.length;
        int[] sizes = new int[k];
        for (int l : labels) {
            sizes[l]++;
        }
        double total = 0;
        double[] dist = new double[k];
        for (int i = 0; i < m; i++) {
            if (sizes[labels[i]] <= 1) {
                continue;
            }
            Arrays.fill(dist, 0);
            for (int j = 0; j < m; j++) {
                if (j != i) {
                    dist[labels[j]] += 1 - sim[i][j];
                }
            }
            double a = dist[labels[i]] / (sizes[labels[i]] - 1);
            double b = Double.MAX_VALUE;
            for (int c = 0; c < k; c++) {
                if (c != labels[i] && sizes[c] > 0) {
                    b = Math.min(b, dist[c] / sizes[c]);
                }
            }
            if (b == Double.MAX_VALUE) {
                continue;
            }
            double s = Math.max(a, b) == 0 ? 0 : (b - a) / Math.max(a, b);
            total += s;
        }
        return m == 0 ? 0 : total / m;
    }

    /** A seeded sample of at most {@code size} of the rows, in ascending order. */
    static int[] sample(int[] rows, int size, SplittableRandom random) {
        if (rows.length <= size) {
            return rows.clone();
        }
        int[] copy = rows.clone();
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(copy.length - i);
            int t = copy[i];
            copy[i] = copy[j];
            copy[j] = t;
        }
        int[] out = Arrays.copyOf(copy, size);
        Arrays.sort(out);
        return out;
    }

    static float[][] hostVectors(List<Note> notes, NoteEmbeddings embeddings) {
        float[][] out = new float[notes.size()][];
        for (int i = 0; i < notes.size(); i++) {
            float[] v = embeddings.vector(notes.get(i).id()).orElse(new float[embeddings.dimension()]);
            double norm = 0;
            for (float f : v) {
                norm += (double) f * f;
            }
            norm = Math.sqrt(norm);
            if (norm > 0) {
                for (int j = 0; j < v.length; j++) {
                    v[j] = (float) (v[j] / norm);
                }
            }
            out[i] = v;
        }
        return out;
    }

    /** Themes from the final clustering, largest first, labelled by c-TF-IDF. */
    private static List<Theme> themes(List<Note> notes, Corpus corpus, int[] active, SphericalKMeans.Result result,
                                      KMeansOptions opts, boolean[] assigned) {
        int k = result.centres().length;
        List<List<Integer>> members = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < active.length; i++) {
            if (result.similarity()[i] >= opts.minSimilarity()) {
                members.get(result.assignment()[i]).add(i);
            }
        }
        // c-TF-IDF
        int v = corpus.vocabularySize();
        double[][] tf = new double[k][v];
        double[] termTotal = new double[v];
        double words = 0;
        for (int c = 0; c < k; c++) {
            for (int i : members.get(c)) {
                int doc = active[i];
                for (int p = 0; p < corpus.documentLength(doc); p++) {
                    int t = corpus.termAt(doc, p);
                    tf[c][t]++;
                    termTotal[t]++;
                    words++;
                }
            }
        }
        int nonEmpty = 0;
        for (List<Integer> m : members) {
            if (!m.isEmpty()) {
                nonEmpty++;
            }
        }
        double avgWords = nonEmpty == 0 ? 0 : words / nonEmpty;
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            if (!members.get(c).isEmpty()) {
                order.add(c);
            }
        }
        order.sort((a, b) -> members.get(a).size() != members.get(b).size()
                ? Integer.compare(members.get(b).size(), members.get(a).size())
                : Integer.compare(members.get(a).get(0), members.get(b).get(0)));
        List<Theme> themes = new ArrayList<>();
        int number = 0;
        for (int c : order) {
            List<Integer> mine = new ArrayList<>(members.get(c));
            mine.sort((a, b) -> {
                int cmp = Double.compare(result.similarity()[b], result.similarity()[a]);
                return cmp != 0 ? cmp : Integer.compare(a, b);
            });
            double length = 0;
            for (double f : tf[c]) {
                length += f;
            }
            List<String> keyTerms = keyTerms(corpus, tf[c], termTotal, length, avgWords, opts.keyTerms());
            List<NoteRef> evidence = new ArrayList<>(mine.size());
            List<Quote> quotes = new ArrayList<>();
            for (int i : mine) {
                Note note = notes.get(active[i]);
                double w = Math.round(Math.min(1, Math.max(1e-4, result.similarity()[i])) * 1e4) / 1e4;
                evidence.add(new NoteRef(note.id(), Math.max(w, 1e-4)));
                assigned[active[i]] = true;
                if (quotes.size() < opts.quotes()) {
                    String text = note.text().strip();
                    if (text.length() > QUOTE_CHARS) {
                        text = text.substring(0, QUOTE_CHARS - 1).strip() + "…";
                    }
                    quotes.add(new Quote(note.id(), text));
                }
            }
            String label = ThemeLabels.inResidentsWords(quotes.stream().map(Quote::text).toList(),
                    keyTerms.isEmpty() ? "Theme " + (number + 1)
                            : String.join(", ", keyTerms.subList(0, Math.min(3, keyTerms.size()))));
            number++;
            Theme theme = Theme.of(ID + "-" + number, label, ThemeCategory.UNCATEGORISED, keyTerms, evidence)
                    .withMeasures(quotes, null, 0, List.of(), null);
            themes.add(theme);
        }
        return themes;
    }

    static List<String> keyTerms(Corpus corpus, double[] tf, double[] termTotal, double length,
                                         double avgWords, int count) {
        List<Integer> candidates = new ArrayList<>();
        double[] weight = new double[tf.length];
        for (int t = 0; t < tf.length; t++) {
            if (tf[t] > 0) {
                weight[t] = tf[t] / length * Math.log(1 + avgWords / termTotal[t]);
                candidates.add(t);
            }
        }
        candidates.sort((a, b) -> {
            int cmp = Double.compare(weight[b], weight[a]);
            return cmp != 0 ? cmp : Integer.compare(a, b);
        });
        List<String> out = new ArrayList<>();
        for (int t : candidates) {
            String label = corpus.label(t);
            if (!out.contains(label)) {
                out.add(label);
            }
            if (out.size() >= count) {
                break;
            }
        }
        return out;
    }
}
