package org.ltc.theming.cluster;

import org.ltc.theming.ThemeLabellers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;
import org.ltc.model.knowledge.Theme;
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
import org.ltc.theming.text.ThemeAssembler;
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
    private static final int AUTO_RESTARTS = 2;
    private static final int AUTO_ITERATIONS = 20;

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
            x = Vectors.dense(Vectors.unitHostVectors(notes, embeddings));
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
            int[] sample = Rows.sample(active, opts.sampleSize(), random.split());
            int k;
            if (opts.k() > 0) {
                k = opts.k();
            } else {
                int[] rows = Rows.sample(sample, AUTO_SAMPLE, random.split());
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
                    rows = Rows.positions(rows.length);
                }
                k = chooseK(kx, rows, opts, random.split(), threads, cancel, progress);
            }
            k = Math.max(1, Math.min(k, sample.length));
            provenanceOptions.put(KMeansOptions.PREFIX + "k", Integer.toString(k));
            progress.progress("restarts", 2, 4);
            SphericalKMeans.Result result = ConsensusClustering.cluster(x, active, sample, k, opts, random.split(),
                    threads, cancel, progress);
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

    /**
     * k by {@link KSelection}: the partition at each k is the better (by objective) of two quick seeded
     * k-means++ runs over the rows.
     */
    static int chooseK(Vectors x, int[] rows, KMeansOptions opts, SplittableRandom random, int threads,
                       Cancellation cancel, ProgressListener progress) {
        SplittableRandom silhouetteRandom = random.split();
        List<Integer> grid = KSelection.kGrid(opts.minK(),
                Math.min(opts.maxK(), Math.max(opts.minK(), rows.length / 5)));
        long[] seeds = new long[grid.size() * AUTO_RESTARTS];
        for (int i = 0; i < seeds.length; i++) {
            seeds[i] = random.nextLong();
        }
        return KSelection.bySilhouette(x, rows, grid, (g, k) -> {
            List<SphericalKMeans.Result> runs = Parallel.map(AUTO_RESTARTS, threads, cancel, "choosing k", r -> {
                SplittableRandom rr = new SplittableRandom(seeds[g * AUTO_RESTARTS + r]);
                return SphericalKMeans.lloyd(x, rows, SphericalKMeans.seed(x, rows, k, rr),
                        Math.min(opts.maxIterations(), AUTO_ITERATIONS), ConsensusClustering.RESTART_TOLERANCE, 1,
                        cancel);
            });
            SphericalKMeans.Result best = runs.get(0);
            for (SphericalKMeans.Result r : runs) {
                if (r.objective() > best.objective()) {
                    best = r;
                }
            }
            return best.assignment();
        }, silhouetteRandom, threads, cancel, progress);
    }

    /** Themes from the final clustering, largest first, labelled by c-TF-IDF. */
    private static List<Theme> themes(List<Note> notes, Corpus corpus, int[] active, SphericalKMeans.Result result,
                                      KMeansOptions opts, boolean[] assigned) {
        int k = result.centres().length;
        double[] similarity = result.similarity();
        List<List<Integer>> members = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < active.length; i++) {
            if (similarity[i] >= opts.minSimilarity()) {
                members.get(result.assignment()[i]).add(i);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            if (!members.get(c).isEmpty()) {
                order.add(c);
            }
        }
        order.sort((a, b) -> members.get(a).size() != members.get(b).size()
                ? Integer.compare(members.get(b).size(), members.get(a).size())
                : Integer.compare(members.get(a).get(0), members.get(b).get(0)));
        List<List<Integer>> docs = new ArrayList<>(order.size());
        for (int c : order) {
            docs.add(members.get(c).stream().map(i -> active[i]).toList());
        }
        List<List<String>> keyTerms = ClassTfIdf.keyTerms(corpus, docs, opts.keyTerms());
        List<Theme> themes = new ArrayList<>();
        for (int t = 0; t < order.size(); t++) {
            List<Integer> mine = new ArrayList<>(members.get(order.get(t)));
            mine.sort((a, b) -> {
                int cmp = Double.compare(similarity[b], similarity[a]);
                return cmp != 0 ? cmp : Integer.compare(a, b);
            });
            List<Note> evidence = new ArrayList<>(mine.size());
            double[] sims = new double[mine.size()];
            for (int j = 0; j < sims.length; j++) {
                int i = mine.get(j);
                evidence.add(notes.get(active[i]));
                sims[j] = similarity[i];
                assigned[active[i]] = true;
            }
            themes.add(ThemeAssembler.assemble(ID + "-" + (t + 1), evidence, sims, keyTerms.get(t), opts.quotes(),
                    "Theme " + (t + 1)));
        }
        return themes;
    }
}
