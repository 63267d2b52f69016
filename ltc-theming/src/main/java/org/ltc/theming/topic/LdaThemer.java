package org.ltc.theming.topic;

import org.ltc.theming.ThemeLabellers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ltc.model.Checks;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.plugin.Cancellation;
import org.ltc.model.plugin.PhaseClock;
import org.ltc.model.plugin.ConfiguredPlugin;
import org.ltc.model.provenance.Provenance;
import org.ltc.model.provenance.ProvenanceStep;
import org.ltc.theming.Themer;
import org.ltc.theming.ThemingRequest;
import org.ltc.theming.text.Corpus;
import org.ltc.theming.text.ThemeAssembler;
import org.ltc.theming.text.TextAnalysisOptions;
import org.ltc.theming.text.TextAnalyzer;
import org.ltc.theming.internal.HeapEstimate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code lda} themer: a topic model over the notes ({@link LdaTrainer}), each topic a theme.
 *
 * <p>Notes are analysed once ({@link Corpus}: Lucene tokens, stop words, stemming, phrases); notes a moderator
 * rejected are left out; notes with no known word are reported unassigned. A theme's key terms are its topic's
 * most probable terms, most probable first (in their most frequent written form); its label is in residents' words
 * ({@link ThemeLabels}: from its strongest note);
 * its evidence is the notes whose dominant topic it is, weighted by that topic's share of the note, strongest
 * first; its quotes are the strongest notes. Topics that dominate no note give no theme. Anchor words
 * ({@code ltc.theming.lda.anchors=0:bus,transit;1:library}) are analysed like the notes, so "buses" anchors
 * the stem "buse"/"bus" the notes use; anchors not in the notes' vocabulary are ignored.
 *
 * <p>The result depends on the request's notes, options and seed, never on its thread count (see
 * {@link LdaTrainer}: every document draws from its own seeded generator against a per-sweep snapshot). Immutable and thread-safe.
 */
public final class LdaThemer extends ConfiguredPlugin<LdaOptions> implements Themer {
    /** The themer's id. */
    public static final String ID = "lda";
    /** Text-analysis options live under this prefix. */
    public static final String TEXT_PREFIX = LdaOptions.PREFIX + "text.";
    /** The provenance step that records how the sampler ran (see {@link #samplingStep}). */
    public static final String SAMPLING_STEP = "lda-sampling";
    private static final Logger LOG = LoggerFactory.getLogger(LdaThemer.class);
    private static final int KEY_TERMS = 10;
    private static final int QUOTES = 3;

    private final TextAnalysisOptions text;

    /** The themer with default options (10 topics). */
    public LdaThemer() {
        this(LdaOptions.builder().build(), TextAnalysisOptions.defaults());
    }

    public LdaThemer(LdaOptions options, TextAnalysisOptions text) {
        super(ID, options);
        this.text = Checks.notNull("text", text);
    }

    /**
     * Heap per note beyond the note itself: its token ids, their topic assignments and its topic counts (see
     * {@link HeapEstimate}; measured at 1,000,000 notes).
     */
    static final long HEAP_PER_NOTE = 750;

    @Override
    public ThemeSet theme(ThemingRequest request) {
        Fitted fitted = fit(request);
        ConversationSet set = request.conversations();
        List<Note> notes = fitted.notes;
        LdaModel model = fitted.model;
        int k = model.topics();
        List<List<int[]>> members = new ArrayList<>();
        for (int t = 0; t < k; t++) {
            members.add(new ArrayList<>());
        }
        double[] weights = new double[notes.size()];
        List<String> unassigned = new ArrayList<>();
        double[] theta = new double[k];
        for (int d = 0; d < notes.size(); d++) {
            if (fitted.corpus.documentLength(d) == 0) {
                unassigned.add(notes.get(d).id());
                continue;
            }
            model.documentTopics(d, theta);
            int best = 0;
            for (int t = 1; t < k; t++) {
                if (theta[t] > theta[best]) {
                    best = t;
                }
            }
            weights[d] = theta[best];
            members.get(best).add(new int[] {d});
        }
        List<Integer> order = new ArrayList<>();
        for (int t = 0; t < k; t++) {
            if (!members.get(t).isEmpty()) {
                order.add(t);
            }
        }
        order.sort((a, b) -> members.get(a).size() != members.get(b).size()
                ? Integer.compare(members.get(b).size(), members.get(a).size()) : Integer.compare(a, b));
        List<Theme> themes = new ArrayList<>();
        int number = 0;
        for (int t : order) {
            List<int[]> mine = new ArrayList<>(members.get(t));
            mine.sort((a, b) -> {
                int cmp = Double.compare(weights[b[0]], weights[a[0]]);
                return cmp != 0 ? cmp : Integer.compare(a[0], b[0]);
            });
            List<String> keyTerms = new ArrayList<>();
            for (int w : model.topWords(t, KEY_TERMS * 2)) {
                String label = fitted.corpus.label(w);
                if (!keyTerms.contains(label) && keyTerms.size() < KEY_TERMS) {
                    keyTerms.add(label);
                }
            }
            List<Note> held = new ArrayList<>(mine.size());
            double[] share = new double[mine.size()];
            for (int j = 0; j < mine.size(); j++) {
                held.add(notes.get(mine.get(j)[0]));
                share[j] = weights[mine.get(j)[0]];
            }
            number++;
            themes.add(ThemeAssembler.assemble(ID + "-" + number, held, share, keyTerms, QUOTES,
                    "Topic " + number));
        }
        request.progress().progress("done", 1, 1);
        request.phases().lap(PhaseClock.LABEL);
        LOG.debug("lda: {} notes, {} themes, {} unassigned", notes.size(), themes.size(), unassigned.size());
        Provenance provenance = Provenance.of(ID, version(), fitted.provenanceOptions, request.seed(),
                request.inputSha256(), request.clock().instant());
        if (fitted.sampling != null) {
            provenance = provenance.withStep(fitted.sampling);
        }
        return ThemeLabellers.relabel(new ThemeSet(set.id(), themes, unassigned, provenance), request, null, Map.of());
    }

    /**
     * Trains the topic model on the request's notes without turning it into themes, for hosts that want the
     * topics themselves: per-note mixtures, inference for new texts, held-out likelihood, coherence.
     */
    public Fitted fit(ThemingRequest request) {
        LdaOptions opts = options(request.options());
        TextAnalysisOptions textOpts = text.withProperties(TEXT_PREFIX, request.options());
        Cancellation cancel = request.cancellation();
        cancel.check("lda");
        // rejected and meta statements are never themed
        List<Note> notes = new ArrayList<>(org.ltc.theming.ThemableNotes.of(request.conversations()).notes());
        HeapEstimate.require(request, ID, notes, HEAP_PER_NOTE);
        List<String> texts = new ArrayList<>(notes.size());
        List<String> languages = new ArrayList<>(notes.size());
        for (Note note : notes) {
            texts.add(note.text());
            languages.add(note.language());
        }
        int sweeps = opts.iterations() > 0 ? opts.iterations() : opts.maxIterations();
        request.progress().progress("analysis", 0, sweeps + 1L);
        Corpus corpus = Corpus.analyse(texts, languages, textOpts, request.threads(), cancel);
        int[][] docs = new int[notes.size()][];
        for (int d = 0; d < docs.length; d++) {
            docs[d] = corpus.document(d);
        }
        int[][] anchorIds = anchorIds(opts, textOpts, corpus);
        request.phases().lap(PhaseClock.ANALYSE);
        Map<String, String> provenanceOptions = new TreeMap<>(opts.toProperties());
        provenanceOptions.putAll(textOpts.toProperties(TEXT_PREFIX));
        LdaModel model;
        ProvenanceStep sampling = null;
        if (corpus.vocabularySize() == 0) {
            model = LdaModel.fromCounts(new int[opts.topics()][1], opts.alpha(), opts.beta());
            docs = new int[0][];
        } else {
            LdaTrainer trainer = new LdaTrainer(docs, corpus.vocabularySize(), opts, anchorIds, request.seed());
            long total = sweeps + 1L;
            model = trainer.train(request.threads(), (done, all) -> {
                cancel.check("lda");
                request.progress().progress("sampling", done, total);
            });
            sampling = samplingStep(trainer);
            LOG.debug("lda: {} sweeps after a warm start of {}, stopped: {}, log-likelihood per token {}",
                    trainer.iteration(), trainer.warmStartSweeps(), trainer.stopReason().id(),
                    trainer.logLikelihoodPerToken());
        }
        request.phases().lap(PhaseClock.CLUSTER);
        return new Fitted(notes, corpus, model, docs, textOpts, provenanceOptions, sampling);
    }

    /**
     * What the sampler did, for provenance: the sweeps after the warm start, why they stopped ({@code converged},
     * {@code max-iterations} or {@code fixed-count}), the warm start's sweeps and split-merge moves, and the last
     * sweep's log-likelihood per token. Replaying the run with {@code iterations} set to {@code sweeps} gives the
     * same model.
     */
    static ProvenanceStep samplingStep(LdaTrainer trainer) {
        Map<String, String> p = new TreeMap<>();
        p.put("sweeps", Integer.toString(trainer.iteration()));
        p.put("stoppedBy", trainer.stopReason() == null ? "not-trained" : trainer.stopReason().id());
        p.put("warmStartSweeps", Integer.toString(trainer.warmStartSweeps()));
        p.put("splitMergeMoves", Integer.toString(trainer.splitMergeMoves()));
        double ll = trainer.logLikelihoodPerToken();
        if (Double.isFinite(ll)) {
            p.put("logLikelihoodPerToken", String.format(java.util.Locale.ROOT, "%.6f", ll));
        }
        return new ProvenanceStep(SAMPLING_STEP, p, null);
    }

    private static int[][] anchorIds(LdaOptions opts, TextAnalysisOptions textOpts, Corpus corpus) {
        int[][] ids = new int[opts.topics()][];
        if (opts.anchors().isEmpty()) {
            return ids;
        }
        try (TextAnalyzer analyzer = new TextAnalyzer(textOpts)) {
            opts.anchors().forEach((topic, words) -> {
                List<Integer> found = new ArrayList<>();
                for (String word : words) {
                    int id = corpus.termId(word);
                    if (id < 0) {
                        List<String> terms = analyzer.terms(word);
                        id = terms.isEmpty() ? -1 : corpus.termId(String.join(" ", terms));
                    }
                    if (id >= 0 && !found.contains(id)) {
                        found.add(id);
                    } else if (id < 0) {
                        LOG.debug("lda: anchor '{}' of topic {} is not in the notes' vocabulary", word, topic);
                    }
                }
                ids[topic] = found.stream().mapToInt(Integer::intValue).toArray();
            });
        }
        return ids;
    }

    /**
     * A topic model trained on a request's notes: the notes (rejected ones left out), their analysed corpus and
     * the model. Immutable.
     */
    public static final class Fitted {
        private final List<Note> notes;
        private final Corpus corpus;
        private final LdaModel model;
        private final int[][] docs;
        private final TextAnalysisOptions textOptions;
        private final Map<String, String> provenanceOptions;
        private final ProvenanceStep sampling;

        Fitted(List<Note> notes, Corpus corpus, LdaModel model, int[][] docs, TextAnalysisOptions textOptions,
               Map<String, String> provenanceOptions, ProvenanceStep sampling) {
            this.notes = List.copyOf(notes);
            this.corpus = corpus;
            this.model = model;
            this.docs = docs;
            this.textOptions = textOptions;
            this.provenanceOptions = Map.copyOf(provenanceOptions);
            this.sampling = sampling;
        }

        /**
         * How the sampler ran: the {@value LdaThemer#SAMPLING_STEP} provenance step (sweeps, why they stopped), or
         * empty when there was nothing to sample (no known word).
         */
        public java.util.Optional<ProvenanceStep> sampling() {
            return java.util.Optional.ofNullable(sampling);
        }

        public List<Note> notes() {
            return notes;
        }

        public Corpus corpus() {
            return corpus;
        }

        public LdaModel model() {
            return model;
        }

        /** The topic mixture of the i-th note (in {@link #notes()} order). */
        public double[] noteTopics(int i) {
            return model.documentTopics(i);
        }

        /** The topic mixture of a new text, analysed like the notes (words outside the vocabulary are ignored). */
        public double[] infer(String newText) {
            try (TextAnalyzer analyzer = new TextAnalyzer(textOptions)) {
                return model.infer(analyzer.terms(newText).stream().mapToInt(corpus::termId).toArray());
            }
        }

        /** Each topic's top terms (written form), most probable first. */
        public List<List<String>> topTerms(int n) {
            List<List<String>> out = new ArrayList<>();
            for (int t = 0; t < model.topics(); t++) {
                List<String> terms = new ArrayList<>();
                for (int w : model.topWords(t, n)) {
                    terms.add(corpus.label(w));
                }
                out.add(terms);
            }
            return out;
        }

        /** Mean NPMI of the topics' top-10 terms over the notes themselves. */
        public double npmi() {
            return Npmi.mean(model.topWords(10), docs);
        }
    }
}
