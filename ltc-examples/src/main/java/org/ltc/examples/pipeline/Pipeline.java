package org.ltc.examples.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.ltc.calibration.CalibrationInput;
import org.ltc.calibration.Calibrators;
import org.ltc.calibration.action.ActionPatternCatalogue;
import org.ltc.calibration.action.ActionPlanner;
import org.ltc.calibration.action.IntentionalityCheck;
import org.ltc.calibration.action.IntentionalityReport;
import org.ltc.calibration.action.PlanDraft;
import org.ltc.calibration.action.PlannerOptions;
import org.ltc.calibration.action.Progress;
import org.ltc.examples.report.HtmlReport;
import org.ltc.model.Checks;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.action.LibraryCapacities;
import org.ltc.model.content.ContentLibrary;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.io.LtcJson;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.plugin.PluginRegistry;
import org.ltc.model.plugin.ProgressListener;
import org.ltc.model.privacy.RedactionOptions;
import org.ltc.model.privacy.Redactor;
import org.ltc.model.provenance.LibraryInfo;
import org.ltc.model.provenance.Provenance;
import org.ltc.model.provenance.ProvenanceStep;
import org.ltc.model.report.CommunityReport;
import org.ltc.model.stage.StageAssessment;
import org.ltc.model.stage.StageFramework;
import org.ltc.model.stage.StageOverride;
import org.ltc.theming.Themer;
import org.ltc.theming.Themers;
import org.ltc.theming.ThemingRequest;
import org.ltc.theming.curation.ThemeCurator;
import org.ltc.theming.knowledge.PublicKnowledgeBuilder;
import org.ltc.theming.knowledge.PublicKnowledgeOptions;

/**
 * The whole practice in one call: redact personal data, theme, apply the team's review, assemble public knowledge,
 * calibrate the stage (with the team's own call as an override), draft and check a plan, and put together the
 * community report, its page, the share-back and the review sheet for the next round.
 *
 * <pre>{@code
 * PipelineResult r = new Pipeline(PipelineOptions.builder().seed(7).capacities(caps).build()).run(set, null);
 * r.writeTo(Path.of("report"));   // every document, index.html, share-back.md and review.csv, all or none
 * }</pre>
 *
 * <p>Immutable and thread-safe; plug-ins are looked up in the class loader given (the pipeline's own by default).
 */
public final class Pipeline {
    /** The step id recorded in the report's provenance. */
    public static final String ID = "ltc-run";
    /** Its version: bump when the documents a run writes change shape. */
    public static final String VERSION = "1";

    private final PipelineOptions options;
    private final ClassLoader loader;

    public Pipeline(PipelineOptions options) {
        this(options, Pipeline.class.getClassLoader());
    }

    public Pipeline(PipelineOptions options, ClassLoader loader) {
        this.options = Objects.requireNonNull(options, "options");
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    public PipelineOptions options() {
        return options;
    }

    /**
     * Runs every step on a conversation set. Nothing is written: {@link PipelineResult#writeTo} does that.
     *
     * @param raw      the notes, as imported (redacted here unless the set says it already was)
     * @param progress where progress goes, or {@code null}
     */
    public PipelineResult run(ConversationSet raw, ProgressListener progress) {
        Checks.notNull("conversations", raw);
        ProgressListener listener = progress == null ? ProgressListener.none() : progress;
        // Checked before any work, so a typo costs no theming time.
        StageFramework framework = ContentLibrary.builtIn().requireFramework(options.framework());
        if (options.stage() != null && framework.stage(options.stage()).isEmpty()) {
            throw new InvalidOptionsException("--stage", options.stage(), "is not a stage of " + framework.id()
                    + ": use one of " + framework.stages().stream().map(s -> s.id()).toList());
        }
        ConversationSet set = redacted(raw);

        PluginRegistry<Themer> themers = Themers.discover(loader);
        Themer themer = themers.get(options.themer() != null ? options.themer() : defaultThemer(themers));
        ThemingRequest request = new ThemingRequest(set, options.themingOptions(), options.seed(),
                options.threads(), null, listener, null, options.clock());
        ThemeSet fresh = themer.theme(request);
        ThemeSet themes = options.review() == null ? fresh
                : options.review().apply(fresh, ThemeCurator.by(options.by()));

        PublicKnowledgeOptions pkOptions = PublicKnowledgeOptions.bind(knowledgeProperties(options.themingOptions()))
                .toBuilder().clock(options.clock()).build();
        PublicKnowledge knowledge = new PublicKnowledgeBuilder(pkOptions).build(themes, set, null,
                request.context());
        int threshold = pkOptions.disclosure().minParticipants();

        LibraryCapacities capacities = options.capacities() != null ? options.capacities()
                : new LibraryCapacities("The library", List.of(), List.of(), List.of());
        StageAssessment assessment = Calibrators.discover(loader).get(options.calibrator()).assess(
                new CalibrationInput(framework, List.of(), capacities.publicCapital(), knowledge, set, Map.of(),
                        Map.of(), options.seed(), listener, null, options.clock()));
        if (options.stage() != null) {
            // The team's call wins; the calibrator's distribution stays beside it for anyone who asks why.
            assessment = assessment.withOverride(new StageOverride(options.stage(), options.by(),
                    options.stageReason(), options.clock().instant()));
        }

        ActionPatternCatalogue catalogue = ActionPatternCatalogue.builtIn();
        PlanDraft draft = new ActionPlanner(PlannerOptions.builder().seed(options.seed()).clock(options.clock())
                .catalogue(catalogue).build()).draft(knowledge, assessment, capacities);
        IntentionalityReport check = new IntentionalityCheck(catalogue, options.clock()).check(draft.plan(), knowledge);
        String shareBack = Progress.shareBack(draft.plan(), LocalDate.now(options.clock()), Progress.RollUp.WEIGHTED);

        List<String> attributions = new ArrayList<>(options.attributions());
        if (set.guide() != null && set.guide().source() != null && !attributions.contains(set.guide().source())) {
            attributions.add(set.guide().source());
        }
        // not "What we heard": that is the first part's heading, and the page's title is not one of its parts
        String title = options.title() != null ? options.title() : "Community conversations"
                + (set.community() != null ? " in " + set.community().name() : "");
        CommunityReport unsigned = new CommunityReport(title, knowledge, framework, assessment, draft.plan(), threshold,
                attributions);
        String review = ReviewSheet.text(fresh, themes, knowledge, options.review(), threshold);

        LtcJson json = LtcJson.defaults();
        Map<String, String> documents = new LinkedHashMap<>();
        documents.put(PipelineResult.CONVERSATIONS, json.write(set));
        documents.put(PipelineResult.THEMES, json.write(themes));
        documents.put(PipelineResult.KNOWLEDGE, json.write(knowledge));
        documents.put(PipelineResult.ASSESSMENT, json.write(assessment));
        documents.put(PipelineResult.PLAN, json.write(draft.plan()));
        documents.put(PipelineResult.SHARE_BACK, shareBack);
        documents.put(PipelineResult.REVIEW, review);
        CommunityReport report = unsigned.withProvenance(provenance(set, unsigned, documents));
        documents.put(PipelineResult.REPORT, json.write(report));
        documents.put(PipelineResult.PAGE, new HtmlReport().render(report));
        return new PipelineResult(set, fresh, themes, knowledge, assessment, draft, check, report, documents);
    }

    /** The themer used when none is named: {@code semantic} when a model can run, else {@code kmeans}, else {@code codebook}. */
    public static String defaultThemer(PluginRegistry<Themer> themers) {
        return Themers.defaultId(themers, Pipeline.class.getClassLoader());
    }

    /**
     * The report's provenance: the run (options, seed, the digest of the redacted notes) and one step, {@code draft},
     * holding the SHA-256 of every file written beside it and of the report itself, so an approval can tell that
     * nothing changed after the team's review.
     */
    private Provenance provenance(ConversationSet set, CommunityReport unsigned, Map<String, String> documents) {
        Map<String, String> props = new TreeMap<>(options.themingOptions());
        props.put("ltc.run.themer", options.themer() == null ? "default" : options.themer());
        props.put("ltc.run.calibrator", options.calibrator());
        props.put("ltc.run.framework", options.framework());
        props.put("ltc.run.reviewed", String.valueOf(options.review() != null));
        Provenance p = new Provenance(ID, VERSION, props, options.seed(), Provenance.digest(set),
                LibraryInfo.version(), Runtime.version().toString(), options.clock().instant(), List.of());
        return p.withStep(new ProvenanceStep(ReportApproval.DRAFT, ReportApproval.digests(unsigned, documents),
                options.by()));
    }

    /**
     * Redaction once, decided by the set's own record (as {@code ltc theme} does): a set imported and redacted is
     * kept as it is; one never redacted, or changed since, is redacted now and the library records it; with no
     * redaction options the text is declared public.
     */
    private ConversationSet redacted(ConversationSet raw) {
        return redacted(raw, options.redaction());
    }

    /**
     * {@code raw} redacted once, decided by its own record: a set already redacted is kept as it is; one never
     * redacted, or changed since, is redacted with {@code redaction} and the library records it; with
     * {@code redaction} {@code null} (public statements) an unredacted set is declared public text.
     */
    public static ConversationSet redacted(ConversationSet raw, RedactionOptions redaction) {
        return redaction == null && !Redactor.isRedacted(raw) ? Redactor.declarePublic(raw)
                : Redactor.create(redaction == null ? RedactionOptions.builder().build() : redaction).ensureRedacted(raw);
    }

    /** The properties public-knowledge assembly reads: its own prefix and the privacy ones (the threshold). */
    public static Map<String, String> knowledgeProperties(Map<String, String> all) {
        Map<String, String> mine = new TreeMap<>();
        all.forEach((key, v) -> {
            if (key.startsWith(PublicKnowledgeOptions.PREFIX) || key.startsWith(RedactionOptions.PREFIX)) {
                mine.put(key, v);
            }
        });
        return mine;
    }
}
