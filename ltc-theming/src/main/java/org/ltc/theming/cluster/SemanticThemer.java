package org.ltc.theming.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.ltc.theming.EmbeddingModel;
import org.ltc.theming.EmbeddingModels;
import org.ltc.theming.NoteEmbeddings;
import org.ltc.theming.ThemableNotes;
import org.ltc.theming.ThemeLabellers;
import org.ltc.theming.Themer;
import org.ltc.theming.ThemingRequest;
import org.ltc.theming.embed.EmbeddedTexts;
import org.ltc.theming.embed.Embedder;
import org.ltc.theming.internal.VectorBlock;
import org.ltc.theming.text.ConversationFrame;
import org.ltc.theming.text.Corpus;
import org.ltc.theming.text.TextAnalysisOptions;
import org.ltc.theming.text.TextAnalyzer;
import org.ltc.theming.text.ThemeAssembler;
import org.ltc.theming.internal.HeapEstimate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code semantic} themer: themes by meaning, in two levels, from sentence embeddings.
 *
 * <ol>
 *   <li>Notes are embedded by a sentence-embedding model (Reimers and Gurevych 2019, Sentence-BERT): the
 *       bundled all-MiniLM-L6-v2 or a host's model, through the {@link Embedder}; a host's
 *       {@link NoteEmbeddings} on the request take precedence. Rejected and meta statements are set aside
 *       ({@link ThemableNotes}).</li>
 *   <li>Languages: with a model for one language, each language with at least {@code minLanguageNotes}
 *       notes is themed among its own notes and a smaller one makes one theme of its own, so a minority
 *       language never vanishes into another language's theme (the model places what it cannot read near
 *       whatever shares its surface, not its meaning). With a multilingual model, one theming across
 *       languages.</li>
 *   <li>The finest themes: spherical k-means (Dhillon and Modha 2001) over every note, started from the centres
 *       of Ward's partition (Ward 1963) of a seeded sample of at most {@code sampleSize} notes, the hierarchical
 *       initialisation of Milligan (1980); k given, or chosen by the best mean silhouette (Rousseeuw 1987) of
 *       the cuts of Ward's tree. Ward's tree is deterministic, so the seed matters only through
 *       the sample: a group of at most {@code sampleSize} notes gets the same themes from every seed, and a
 *       larger one themes from a seeded sample of it. Embeddings are held as int8 with a scale per note
 *       ({@code VectorBlock}).</li>
 *   <li>Outliers, as BERTopic reports them rather than forcing them into a topic (Grootendorst 2022): a note
 *       whose similarity to its theme's centre lies more than {@code outlierMads} scaled median absolute
 *       deviations below the theme's median (the MAD rule of Leys et al. 2013), and every note of a theme
 *       smaller than {@code minThemeSize}, is listed unassigned.</li>
 *   <li>The top level: Ward's minimum-variance agglomeration (Ward 1963) of the finest themes' centroids,
 *       weighted by their sizes, cut at {@code topK} themes; by default {@code round(1.5 * cbrt(n))} within
 *       [4, 20] (about 10 for 300 notes, 20 from about 2,400), never more than the finest themes. A top-level
 *       theme of several finest themes lists them as sub-themes ({@link Theme#parent()}). A top-level theme the
 *       labeller can name only plainly (its sub-themes share nothing) is dissolved, its sub-themes standing at the
 *       top level ({@link PlainParents}).</li>
 *   <li>Key terms are class-based TF-IDF (c-TF-IDF, Grootendorst 2022) at each level; quotes are the notes
 *       nearest the centre; names come from the theme labeller the request chooses
 *       ({@link ThemeLabellers#relabel}, told each sub-theme's parent and handed this themer's vectors).</li>
 * </ol>
 *
 * <p>The same request and seed give the same themes, byte for byte, on any number of threads. Immutable and
 * thread-safe; the model is found once per instance, on first use.
 */
public final class SemanticThemer extends ConfiguredPlugin<SemanticOptions> implements Themer {
    /** The themer's id. */
    public static final String ID = "semantic";
    private static final Logger LOG = LoggerFactory.getLogger(SemanticThemer.class);
    private static final String RUN = "ltc.theming.semantic-run.";
    private static final double MAD_SCALE = 1.4826;

    private final EmbeddingModel fixedModel;
    private volatile Optional<EmbeddingModel> discovered;

    /** The themer with default options and the model discovery finds (the bundled one when present). */
    public SemanticThemer() {
        this(SemanticOptions.defaults(), null);
    }

    public SemanticThemer(SemanticOptions options) {
        this(options, null);
    }

    /**
     * @param options the options
     * @param model   the embedding model to use, or {@code null} to use the one discovery finds
     */
    public SemanticThemer(SemanticOptions options, EmbeddingModel model) {
        super(ID, options);
        this.fixedModel = model;
    }

    /** The embedding model this themer uses, if one is available. */
    public Optional<EmbeddingModel> model() {
        if (fixedModel != null) {
            return Optional.of(fixedModel);
        }
        Optional<EmbeddingModel> m = discovered;
        if (m == null) {
            synchronized (this) {
                m = discovered;
                if (m == null) {
                    m = EmbeddingModels.defaultModel(SemanticThemer.class.getClassLoader());
                    discovered = m;
                }
            }
        }
        return m;
    }

    /** Heap per note beyond the note and its vector: term ids for labels, assignments (see {@link HeapEstimate}). */
    static final long HEAP_PER_NOTE = 500;
    /** Heap per note per embedding dimension: one byte in the compact block, and a second block while copying. */
    static final long HEAP_PER_DIMENSION = 2;

    @Override
    public ThemeSet theme(ThemingRequest request) {
        SemanticOptions opts = options(request.options());
        ConversationSet set = request.conversations();
        Cancellation cancel = request.cancellation();
        ProgressListener progress = request.progress();
        int threads = request.threads();
        cancel.check("semantic theming");
        ThemableNotes themable = ThemableNotes.of(set);
        List<Note> notes = themable.notes();
        int n = notes.size();
        int dims = request.embeddings() != null ? request.embeddings().dimension()
                : model().map(EmbeddingModel::dimension).orElse(0);
        HeapEstimate.require(request, ID, notes, HEAP_PER_NOTE + HEAP_PER_DIMENSION * dims);
        List<String> texts = new ArrayList<>(n);
        List<String> languages = new ArrayList<>(n);
        for (Note note : notes) {
            texts.add(note.text());
            languages.add(note.language());
        }
        Map<String, String> prov = new TreeMap<>(opts.toProperties());
        // one byte per component and a scale per note (VectorBlock): 388 bytes a note instead of 1.5 KB
        VectorBlock vectors;
        boolean multilingual;
        NoteEmbeddings host = request.embeddings();
        if (host != null) {
            vectors = VectorBlock.of(Vectors.unitHostVectors(notes, host));
            prov.put(Embedder.PREFIX + "model", host.model());
            prov.put(Embedder.PREFIX + "dimension", Integer.toString(host.dimension()));
            multilingual = false;
        } else {
            EmbeddingModel model = model().orElseThrow(() -> new InvalidOptionsException("themer", ID,
                    "needs an embedding model: add " + EmbeddingModels.BUNDLED_ARTIFACT + " to the pom, "
                            + "register an EmbeddingModel, pass NoteEmbeddings, or use the kmeans themer"));
            // what is compared by meaning: the notes without the place's name and their opening frame
            List<String> compared = texts;
            if (opts.frame() != SemanticOptions.Frame.NONE) {
                ConversationFrame frame = ConversationFrame.of(set, notes);
                compared = new ArrayList<>(n);
                for (String t : texts) {
                    compared.add(opts.frame() == SemanticOptions.Frame.OPENING ? frame.withoutPlaceOrOpening(t)
                            : frame.withoutPlace(t));
                }
                prov.put(SemanticOptions.PREFIX + "frame.places", String.join("; ", frame.placeNames()));
            }
            EmbeddedTexts embedded = Embedder.embed(model, compared, threads, progress, cancel);
            vectors = VectorBlock.of(n, embedded.dimension());
            for (int i = 0; i < n; i++) {
                vectors.set(i, embedded.vector(i));
            }
            prov.putAll(embedded.provenance());
            multilingual = model.multilingual();
        }
        request.phases().lap(PhaseClock.EMBED);
        cancel.check("semantic theming");
        progress.progress("analysis", 0, 1);
        Corpus corpus = Corpus.analyse(texts, languages, TextAnalysisOptions.builder().phrases(false).build(),
                threads, cancel);
        progress.progress("analysis", 1, 1);
        request.phases().lap(PhaseClock.ANALYSE);
        // language groups, in a fixed order (by tag), so every random split is the same on every run
        boolean apart = opts.languages() == SemanticOptions.Languages.APART
                || (opts.languages() == SemanticOptions.Languages.AUTO && !multilingual);
        Map<String, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            if (!vectors.isZero(i)) {
                groups.computeIfAbsent(apart ? language(notes.get(i)) : "all", g -> new ArrayList<>()).add(i);
            }
        }
        if (opts.center()) {
            groups.values().forEach(g -> center(vectors, g));
        }
        Vectors x = Vectors.block(vectors);
        String largest = null;
        for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
            if (largest == null || g.getValue().size() > groups.get(largest).size()) {
                largest = g.getKey();
            }
        }
        int clustered = 0;
        for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
            if (g.getKey().equals(largest) || g.getValue().size() >= opts.minLanguageNotes()) {
                clustered += g.getValue().size();
            }
        }
        SplittableRandom random = new SplittableRandom(request.seed());
        List<Top> tops = new ArrayList<>();
        List<String> groupSizes = new ArrayList<>();
        int fineTotal = 0;
        for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
            SplittableRandom gr = random.split();
            int[] rows = g.getValue().stream().mapToInt(Integer::intValue).toArray();
            groupSizes.add(g.getKey() + ":" + rows.length);
            List<Top> made;
            if (!g.getKey().equals(largest) && rows.length < opts.minLanguageNotes()) {
                made = List.of(new Top(List.of(fine(x, rows)), centreOf(x, rows)));
            } else {
                int fineK = opts.k() == 0 ? 0
                        : Math.max(1, (int) Math.round(opts.k() * (double) rows.length / clustered));
                int topK = opts.topK() == 0 ? 0
                        : Math.max(1, (int) Math.round(opts.topK() * (double) rows.length / clustered));
                String phase = groups.size() == 1 ? "" : " (" + g.getKey() + ")";
                made = group(x, rows, fineK, topK, opts, gr, threads, cancel, phased(progress, phase));
            }
            for (Top t : made) {
                fineTotal += t.subs().size();
            }
            tops.addAll(made);
        }
        request.phases().lap(PhaseClock.CLUSTER);
        progress.progress("labels", 0, 1);
        List<Theme> themes = themes(notes, corpus, x, tops, opts);
        boolean[] assigned = new boolean[n];
        for (Top t : tops) {
            for (Fine f : t.subs()) {
                for (int i : f.members()) {
                    assigned[i] = true;
                }
            }
        }
        List<String> unassigned = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!assigned[i]) {
                unassigned.add(notes.get(i).id());
            }
        }
        progress.progress("labels", 1, 1);
        request.phases().lap(PhaseClock.LABEL);
        prov.put(RUN + "languages", String.join(",", groupSizes));
        prov.put(RUN + "topThemes", Integer.toString(tops.size()));
        prov.put(RUN + "finestThemes", Integer.toString(fineTotal));
        prov.put(RUN + "setAside", themable.rejected() + " rejected, " + themable.meta() + " meta");
        LOG.debug("semantic: {}; {} top-level and {} finest themes, {} unassigned", themable.summary(), tops.size(),
                fineTotal, unassigned.size());
        Provenance provenance = Provenance.of(ID, version(), prov, request.seed(),
                request.inputSha256(), request.clock().instant());
        Map<String, String> parents = new TreeMap<>();
        themes.forEach(t -> {
            if (t.parent() != null) {
                parents.put(t.id(), t.parent());
            }
        });
        // names come from the theme labeller the request chooses (key phrases by default), as for every themer, ranked
        // by closeness in this themer's own vectors; a parent it can name only plainly is dissolved (PlainParents)
        NoteEmbeddings own = host != null ? host : NoteEmbeddings.view(prov.getOrDefault(Embedder.PREFIX + "model",
                ID), vectors.dimension(), notes.stream().map(Note::id).toList(), vectors::get);
        return PlainParents.named(new ThemeSet(set.id(), themes, unassigned, provenance), request.withEmbeddings(own),
                parents);
    }

    /**
     * Centres a group's unit vectors on their mean and scales them back to unit length. Sentence embeddings
     * share a common direction that carries no meaning and crowds every cosine towards one; removing it
     * spreads the notes out (the first step of "all-but-the-top", Mu and Viswanath 2018, and of the whitening
     * of Su et al. 2021). The mean is summed in row order, so it is the same on any thread count. A vector that
     * would vanish (every note the same) keeps its direction.
     */
    static void center(VectorBlock vectors, List<Integer> rows) {
        if (rows.size() < 3) {
            return;
        }
        int d = vectors.dimension();
        double[] mean = new double[d];
        for (int i : rows) {
            vectors.addTo(i, mean, 1);
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= rows.size();
        }
        float[] v = new float[d];
        double[] c = new double[d];
        for (int i : rows) {
            vectors.get(i, v);
            double norm = 0;
            for (int j = 0; j < d; j++) {
                c[j] = v[j] - mean[j];
                norm += c[j] * c[j];
            }
            if (norm > 1e-12) {
                double s = 1 / Math.sqrt(norm);
                for (int j = 0; j < d; j++) {
                    v[j] = (float) (c[j] * s);
                }
                vectors.set(i, v);
            }
        }
    }

    /** A note's language: its tag's primary subtag, else English or Spanish by its stop words. */
    static String language(Note note) {
        return TextAnalyzer.languageOf(note);
    }

    private static ProgressListener phased(ProgressListener p, String suffix) {
        return suffix.isEmpty() ? p : (phase, done, total) -> p.progress(phase + suffix, done, total);
    }

    /** A finest theme: its notes (indices into the themed notes) and their similarity to its centre. */
    record Fine(List<Integer> members, List<Double> similarity, double[] centre) {
    }

    /** A top-level theme: its finest themes and its centre. */
    record Top(List<Fine> subs, double[] centre) {
        int size() {
            int s = 0;
            for (Fine f : subs) {
                s += f.members().size();
            }
            return s;
        }

        int first() {
            int m = Integer.MAX_VALUE;
            for (Fine f : subs) {
                m = Math.min(m, f.members().get(0));
            }
            return m;
        }
    }

    /** One language group: finest themes by Ward-initialised k-means, outliers out, then Ward merging to the top. */
    private static List<Top> group(Vectors x, int[] rows, int fineK, int topK, SemanticOptions opts,
                                   SplittableRandom random, int threads, Cancellation cancel,
                                   ProgressListener progress) {
        if (rows.length < 2) {
            return List.of(new Top(List.of(fine(x, rows)), centreOf(x, rows)));
        }
        KMeansOptions kopts = opts.kmeans(fineK);
        // Ward's tree over a seeded sample; its cut at k gives the centres k-means refines (Milligan 1980)
        int[] sample = Rows.sample(rows, opts.sampleSize(), random.split());
        progress.progress("ward", 0, 1);
        WardTree tree = WardTree.of(x, sample, threads, cancel);
        progress.progress("ward", 1, 1);
        int k = fineK > 0 ? fineK : chooseK(x, sample, tree, kopts, opts.minMeanSize(), random.split(), threads,
                cancel, progress);
        k = Math.max(1, Math.min(k, sample.length));
        int[] labels = tree.cut(k);
        double[][] centres = new double[k][x.dimension()];
        for (int i = 0; i < sample.length; i++) {
            x.addTo(sample[i], centres[labels[i]], 1);
        }
        cancel.check("semantic theming");
        SphericalKMeans.Result r = SphericalKMeans.lloyd(x, rows, centres, opts.maxIterations(), kopts.tolerance(),
                threads, cancel);
        cancel.check("semantic theming");
        // members of each cluster, then the MAD rule for outliers
        List<List<Integer>> members = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < rows.length; i++) {
            members.get(r.assignment()[i]).add(i);
        }
        List<Fine> fines = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            List<Integer> mine = members.get(c);
            double cut = Double.NEGATIVE_INFINITY;
            if (opts.outlierMads() > 0 && mine.size() >= 3) {
                double[] s = new double[mine.size()];
                for (int j = 0; j < s.length; j++) {
                    s[j] = r.similarity()[mine.get(j)];
                }
                double median = median(s);
                double[] dev = new double[s.length];
                for (int j = 0; j < s.length; j++) {
                    dev[j] = Math.abs(s[j] - median);
                }
                cut = median - opts.outlierMads() * MAD_SCALE * median(dev);
            }
            List<Integer> kept = new ArrayList<>();
            for (int i : mine) {
                if (r.similarity()[i] >= cut) {
                    kept.add(i);
                }
            }
            if (kept.size() < opts.minThemeSize() || kept.isEmpty()) {
                continue;
            }
            kept.sort((a, b) -> {
                int cmp = Double.compare(r.similarity()[b], r.similarity()[a]);
                return cmp != 0 ? cmp : Integer.compare(rows[a], rows[b]);
            });
            List<Integer> ids = new ArrayList<>(kept.size());
            List<Double> sims = new ArrayList<>(kept.size());
            for (int i : kept) {
                ids.add(rows[i]);
                sims.add(r.similarity()[i]);
            }
            fines.add(new Fine(ids, sims, r.centres()[c]));
        }
        if (fines.isEmpty()) {
            return List.of();
        }
        int n = 0;
        for (Fine f : fines) {
            n += f.members().size();
        }
        int top = topK > 0 ? topK
                : Math.max(4, Math.min(SemanticOptions.MAX_TOP, (int) Math.round(1.5 * Math.cbrt(n))));
        top = Math.min(top, fines.size());
        progress.progress("levels", 0, 1);
        int[] parent = ward(x, fines, top);
        progress.progress("levels", 1, 1);
        List<Top> out = new ArrayList<>();
        for (int t = 0; t < top; t++) {
            List<Fine> subs = new ArrayList<>();
            List<Integer> all = new ArrayList<>();
            for (int f = 0; f < fines.size(); f++) {
                if (parent[f] == t) {
                    subs.add(fines.get(f));
                    all.addAll(fines.get(f).members());
                }
            }
            out.add(new Top(subs, centreOf(x, all.stream().mapToInt(Integer::intValue).toArray())));
        }
        return out;
    }

    /**
     * k by the best mean silhouette of the cuts of Ward's tree ({@link KSelection}), over a geometric grid from
     * {@code minK} to {@code maxK} (at most the notes over {@code minMeanSize}), as the {@code kmeans} themer
     * chooses.
     */
    private static int chooseK(Vectors x, int[] sample, WardTree tree, KMeansOptions opts, int meanSize,
                               SplittableRandom random, int threads, Cancellation cancel,
                               ProgressListener progress) {
        List<Integer> grid = KSelection.kGrid(opts.minK(),
                Math.min(opts.maxK(), Math.max(opts.minK(), sample.length / meanSize)));
        return KSelection.bySilhouette(x, sample, grid, (g, k) -> tree.cut(k), random, threads, cancel, progress);
    }

    /**
     * Ward's minimum-variance agglomeration of the finest themes (Ward 1963): their mean note vectors weighted
     * by their sizes, so merging A and B costs {@code |A||B|/(|A|+|B|) * ||mean(A) - mean(B)||^2}, cut at
     * {@code top}. Returns each finest theme's top-level index, numbered by first appearance.
     */
    static int[] ward(Vectors x, List<Fine> fines, int top) {
        int m = fines.size();
        double[][] mean = new double[m][x.dimension()];
        double[] size = new double[m];
        for (int f = 0; f < m; f++) {
            for (int i : fines.get(f).members()) {
                x.addTo(i, mean[f], 1);
            }
            size[f] = fines.get(f).members().size();
            for (int j = 0; j < mean[f].length; j++) {
                mean[f][j] /= size[f];
            }
        }
        return WardTree.of(mean, size, 1, Cancellation.never()).cut(top);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int h = s.length / 2;
        return s.length % 2 == 1 ? s[h] : (s[h - 1] + s[h]) / 2;
    }

    private static double[] centreOf(Vectors x, int[] rows) {
        double[] c = new double[x.dimension()];
        for (int i : rows) {
            x.addTo(i, c, 1);
        }
        SphericalKMeans.normalise(c);
        return c;
    }

    /** A group too small to cluster: one theme of all its notes, nearest its centre first. */
    private static Fine fine(Vectors x, int[] rows) {
        double[] c = centreOf(x, rows);
        Integer[] order = new Integer[rows.length];
        for (int i = 0; i < rows.length; i++) {
            order[i] = rows[i];
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -x.dot(i, c)).thenComparingInt(i -> i));
        List<Integer> ids = Arrays.asList(order);
        List<Double> sims = new ArrayList<>();
        for (int i : ids) {
            sims.add(x.dot(i, c));
        }
        return new Fine(List.copyOf(ids), sims, c);
    }

    /** Top-level themes (largest first), each followed by its sub-themes (largest first). */
    private List<Theme> themes(List<Note> notes, Corpus corpus, Vectors x, List<Top> tops, SemanticOptions opts) {
        List<Top> ordered = new ArrayList<>(tops);
        ordered.sort(Comparator.comparingInt(Top::size).reversed().thenComparingInt(Top::first));
        // c-TF-IDF at each level: the top level against the other top-level themes, sub-themes against all
        // finest themes
        List<List<Integer>> topMembers = new ArrayList<>();
        List<List<Integer>> fineMembers = new ArrayList<>();
        for (Top t : ordered) {
            List<Integer> all = new ArrayList<>();
            t.subs().forEach(f -> all.addAll(f.members()));
            topMembers.add(all);
            t.subs().forEach(f -> fineMembers.add(f.members()));
        }
        List<List<String>> topTerms = ClassTfIdf.keyTerms(corpus, topMembers, opts.keyTerms());
        List<List<String>> fineTerms = ClassTfIdf.keyTerms(corpus, fineMembers, opts.keyTerms());
        List<Theme> themes = new ArrayList<>();
        int fineIndex = 0;
        for (int t = 0; t < ordered.size(); t++) {
            Top top = ordered.get(t);
            String topId = ID + "-" + (t + 1);
            List<Integer> all = new ArrayList<>(topMembers.get(t));
            double[] c = top.centre();
            all.sort(Comparator.comparingDouble((Integer i) -> -x.dot(i, c)).thenComparingInt(i -> i));
            List<Double> sims = all.stream().map(i -> x.dot(i, c)).toList();
            themes.add(theme(topId, null, notes, all, sims, topTerms.get(t), opts, t + 1));
            List<Fine> subs = new ArrayList<>(top.subs());
            List<Integer> subIndex = new ArrayList<>();
            for (int s = 0; s < subs.size(); s++) {
                subIndex.add(fineIndex + s);
            }
            fineIndex += subs.size();
            if (subs.size() < 2) {
                continue; // a top-level theme of one finest theme is its own finest theme
            }
            Integer[] order = subIndex.toArray(new Integer[0]);
            List<Fine> subsRef = subs;
            int base = subIndex.get(0);
            Arrays.sort(order, Comparator.comparingInt((Integer i) -> -subsRef.get(i - base).members().size())
                    .thenComparingInt(i -> subsRef.get(i - base).members().get(0)));
            for (int s = 0; s < order.length; s++) {
                Fine f = subs.get(order[s] - base);
                themes.add(theme(topId + "-" + (s + 1), topId, notes, f.members(), f.similarity(),
                        fineTerms.get(order[s]), opts, s + 1));
            }
        }
        return themes;
    }

    private static Theme theme(String id, String parent, List<Note> notes, List<Integer> members,
                               List<Double> sims, List<String> keyTerms, SemanticOptions opts, int number) {
        List<Note> evidence = new ArrayList<>(members.size());
        double[] similarity = new double[members.size()];
        for (int j = 0; j < similarity.length; j++) {
            evidence.add(notes.get(members.get(j)));
            similarity[j] = sims.get(j);
        }
        return ThemeAssembler.assemble(id, evidence, similarity, keyTerms, opts.quotes(), "Theme " + number).withParent(parent);
    }
}
