package org.ltc.theming.cluster;

import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
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
import org.ltc.model.conversation.Moderation;
import org.ltc.model.conversation.Note;
import org.ltc.model.io.LtcJson;
import org.ltc.model.knowledge.NoteRef;
import org.ltc.model.knowledge.Quote;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeCategory;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.plugin.Cancellation;
import org.ltc.model.plugin.ProgressListener;
import org.ltc.model.provenance.Hashing;
import org.ltc.model.provenance.Provenance;
import org.ltc.theming.NoteEmbeddings;
import org.ltc.theming.Themer;
import org.ltc.theming.ThemingRequest;
import org.ltc.theming.internal.Parallel;
import org.ltc.theming.text.Corpus;
import org.ltc.theming.text.Lsa;
import org.ltc.theming.text.SparseVector;
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
 *   <li>Themes are labelled with class-based TF-IDF terms (c-TF-IDF, Grootendorst 2022): a term's
 *       frequency in the theme, normalised by the theme's length, times {@code ln(1 + A / f)} with A the
 *       mean number of words per theme and f the term's frequency over all themes. Key terms are shown in
 *       their most frequent written form; quotes are the notes nearest the centre; evidence weights are
 *       cosine similarities to the centre.</li>
 * </ol>
 *
 * <p>The same request and seed give the same themes, byte for byte, on any number of threads: work is split
 * into fixed chunks and reduced in order, and every random choice comes from the seed. Immutable and
 * thread-safe.
 */
public final class SphericalKMeansThemer implements Themer {
    /** The themer's id. */
    public static final String ID = "kmeans";
    private static final Logger LOG = LoggerFactory.getLogger(SphericalKMeansThemer.class);
    private static final int AUTO_SAMPLE = 4000;
    private static final int SILHOUETTE_SAMPLE = 2000;
    private static final int AUTO_RESTARTS = 3;
    private static final int QUOTE_CHARS = 300;

    private final KMeansOptions options;

    /** The themer with default options (k chosen automatically). */
    public SphericalKMeansThemer() {
        this(KMeansOptions.defaults());
    }

    public SphericalKMeansThemer(KMeansOptions options) {
        this.options = Checks.notNull("options", options);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "1";
    }

    public KMeansOptions options() {
        return options;
    }

    @Override
    public ThemeSet theme(ThemingRequest request) {
        KMeansOptions opts = options.withProperties(request.options());
        ConversationSet set = request.conversations();
        Cancellation cancel = request.cancellation();
        ProgressListener progress = request.progress();
        int threads = request.threads();
        List<Note> notes = new ArrayList<>();
        for (Note n : set.notes()) {
            if (n.moderation() != Moderation.REJECTED) {
                notes.add(n);
            }
        }
        int n = notes.size();
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
            List<SparseVector> weighted = opts.weighting().vectors(corpus);
            if (rep == Representation.TERMS) {
                x = Vectors.sparse(weighted, corpus.vocabularySize());
            } else {
                Lsa lsa = Lsa.fit(weighted, corpus.vocabularySize(), opts.dimensions(), opts.powerIterations(),
                        request.seed(), threads, cancel);
                x = Vectors.dense(lsa.transformAll(weighted, threads, cancel));
                provenanceOptions.put(KMeansOptions.PREFIX + "representation", "lsa");
            }
        }
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
            int k = opts.k() > 0 ? opts.k()
                    : chooseK(x, sample, opts, random.split(), threads, cancel, progress);
            k = Math.max(1, Math.min(k, sample.length));
            provenanceOptions.put(KMeansOptions.PREFIX + "k", Integer.toString(k));
            progress.progress("restarts", 2, 4);
            SphericalKMeans.Result result = cluster(x, active, sample, k, opts, random.split(), threads, cancel,
                    progress);
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
        LOG.debug("kmeans: {} notes, {} themes, {} unassigned", n, themes.size(), unassigned.size());
        Provenance provenance = Provenance.of(ID, version(), provenanceOptions, request.seed(), inputSha256(set),
                request.clock().instant());
        return new ThemeSet(set.id(), themes, unassigned, provenance);
    }

    /** Restarts on the sample, their consensus, then Lloyd over every active note. */
    private static SphericalKMeans.Result cluster(Vectors x, int[] active, int[] sample, int k, KMeansOptions opts,
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
            SphericalKMeans.Result res = SphericalKMeans.lloyd(x, sample, start, opts.maxIterations(),
                    opts.tolerance(), 1, cancel);
            progress.progress("restarts", done.incrementAndGet(), restarts);
            return res;
        });
        double[][] centres = consensus(runs, k, x.dimension());
        cancel.check("k-means");
        return SphericalKMeans.lloyd(x, active, centres, opts.maxIterations(), opts.tolerance(), threads, cancel);
    }

    /**
     * Pools every run's centres and clusters them into k consensus centres (weighted by cluster size,
     * started from the run with the best objective).
     */
    static double[][] consensus(List<SphericalKMeans.Result> runs, int k, int d) {
        int best = 0;
        for (int r = 1; r < runs.size(); r++) {
            if (runs.get(r).objective() > runs.get(best).objective()) {
                best = r;
            }
        }
        List<double[]> pool = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        for (SphericalKMeans.Result run : runs) {
            for (int c = 0; c < run.centres().length; c++) {
                if (run.sizes()[c] > 0) {
                    pool.add(run.centres()[c]);
                    weights.add(run.sizes()[c]);
                }
            }
        }
        double[][] centres = new double[k][];
        for (int c = 0; c < k; c++) {
            centres[c] = runs.get(best).centres()[c].clone();
        }
        int[] assignment = new int[pool.size()];
        Arrays.fill(assignment, -1);
        for (int it = 0; it < 100; it++) {
            boolean changed = false;
            double[][] sums = new double[k][d];
            for (int p = 0; p < pool.size(); p++) {
                double[] v = pool.get(p);
                int arg = 0;
                double bestSim = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    double s = 0;
                    double[] cc = centres[c];
                    for (int j = 0; j < d; j++) {
                        s += v[j] * cc[j];
                    }
                    if (s > bestSim) {
                        bestSim = s;
                        arg = c;
                    }
                }
                if (assignment[p] != arg) {
                    changed = true;
                    assignment[p] = arg;
                }
                double w = weights.get(p);
                double[] sum = sums[arg];
                for (int j = 0; j < d; j++) {
                    sum[j] += w * v[j];
                }
            }
            for (int c = 0; c < k; c++) {
                double norm = 0;
                for (double s : sums[c]) {
                    norm += s * s;
                }
                if (norm > 0) {
                    SphericalKMeans.normalise(sums[c]);
                    centres[c] = sums[c];
                }
            }
            if (!changed) {
                break;
            }
        }
        return centres;
    }

    /** k by the best mean silhouette over a geometric grid, on a sample. */
    private static int chooseK(Vectors x, int[] sample, KMeansOptions opts, SplittableRandom random, int threads,
                               Cancellation cancel, ProgressListener progress) {
        int[] rows = sample(sample, AUTO_SAMPLE, random.split());
        int[] silRows = sample(rows, SILHOUETTE_SAMPLE, random.split());
        int[] silIndex = new int[silRows.length];
        for (int i = 0, j = 0; i < rows.length && j < silRows.length; i++) {
            if (rows[i] == silRows[j]) {
                silIndex[j++] = i;
            }
        }
        int m = silRows.length;
        float[][] sim = new float[m][m];
        Parallel.map(Parallel.chunks(m, 64), threads, cancel, "choosing k", ch -> {
            double[] probe = new double[x.dimension()];
            int to = Math.min(m, (ch + 1) * 64);
            for (int i = ch * 64; i < to; i++) {
                Arrays.fill(probe, 0);
                x.addTo(silRows[i], probe, 1);
                for (int j = 0; j < m; j++) {
                    sim[i][j] = (float) x.dot(silRows[j], probe);
                }
            }
            return null;
        });
        List<Integer> grid = new ArrayList<>();
        int maxK = Math.min(opts.maxK(), Math.max(opts.minK(), rows.length / 5));
        for (double k = opts.minK(); k <= maxK; k *= 1.15) {
            int ki = (int) Math.round(k);
            if (grid.isEmpty() || grid.get(grid.size() - 1) != ki) {
                grid.add(ki);
            }
        }
        if (grid.get(grid.size() - 1) != maxK) {
            grid.add(maxK);
        }
        int bestK = grid.get(0);
        double bestScore = Double.NEGATIVE_INFINITY;
        long[] seeds = new long[grid.size() * AUTO_RESTARTS];
        for (int i = 0; i < seeds.length; i++) {
            seeds[i] = random.nextLong();
        }
        for (int g = 0; g < grid.size(); g++) {
            int k = grid.get(g);
            int base = g * AUTO_RESTARTS;
            List<SphericalKMeans.Result> runs = Parallel.map(AUTO_RESTARTS, threads, cancel, "choosing k", r -> {
                SplittableRandom rr = new SplittableRandom(seeds[base + r]);
                return SphericalKMeans.lloyd(x, rows, SphericalKMeans.seed(x, rows, k, rr), opts.maxIterations(),
                        opts.tolerance(), 1, cancel);
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
            double score = silhouette(sim, labels, k);
            LOG.debug("kmeans auto k={} silhouette={}", k, score);
            if (score > bestScore) {
                bestScore = score;
                bestK = k;
            }
            progress.progress("choosing k", g + 1, grid.size());
        }
        return bestK;
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

    private static float[][] hostVectors(List<Note> notes, NoteEmbeddings embeddings) {
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
            String label = keyTerms.isEmpty() ? "Theme " + (number + 1)
                    : String.join(", ", keyTerms.subList(0, Math.min(3, keyTerms.size())));
            number++;
            Theme theme = Theme.of(ID + "-" + number, label, ThemeCategory.UNCATEGORISED, keyTerms, evidence)
                    .withMeasures(quotes, null, 0, List.of(), null);
            themes.add(theme);
        }
        return themes;
    }

    private static List<String> keyTerms(Corpus corpus, double[] tf, double[] termTotal, double length,
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

    /** SHA-256 of the conversation set's canonical JSON, streamed so large sets need no big string. */
    private static String inputSha256(ConversationSet set) {
        MessageDigest digest = Hashing.digest();
        try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
            LtcJson.defaults().write(set, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Hashing.hex(digest.digest());
    }
}
