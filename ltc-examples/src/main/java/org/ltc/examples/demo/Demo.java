package org.ltc.examples.demo;

import java.io.BufferedReader;
import org.ltc.model.plugin.RunContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.ltc.calibration.CalibrationInput;
import org.ltc.calibration.Calibrator;
import org.ltc.calibration.Calibrators;
import org.ltc.calibration.action.ActionPlanner;
import org.ltc.calibration.action.PlanDraft;
import org.ltc.calibration.action.PlannerOptions;
import org.ltc.examples.report.HtmlReport;
import org.ltc.model.Checks;
import org.ltc.model.LtcException;
import org.ltc.model.action.LibraryCapacities;
import org.ltc.model.content.ContentLibrary;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.io.LtcJson;
import org.ltc.model.io.TextFiles;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.plugin.ProgressListener;
import org.ltc.model.privacy.DisclosurePolicy;
import org.ltc.model.privacy.Redacted;
import org.ltc.model.privacy.RedactionOptions;
import org.ltc.model.privacy.Redactor;
import org.ltc.model.report.CommunityReport;
import org.ltc.model.stage.StageAssessment;
import org.ltc.model.stage.StageFramework;
import org.ltc.theming.Themer;
import org.ltc.theming.Themers;
import org.ltc.theming.ThemingRequest;
import org.ltc.theming.knowledge.PublicKnowledgeBuilder;
import org.ltc.theming.knowledge.PublicKnowledgeOptions;

/**
 * The main job on the bundled sample town, one step per stage of the practice: import the notes, redact
 * personal data, theme, build public knowledge, calibrate the stage (Harwood's five stages), draft a plan from
 * the library's capacities, and write {@code report.json} and {@code index.html}.
 *
 * <p>Every step is a public library call a host makes the same way; nothing here is specific to the demo but
 * the sample's files.
 */
public final class Demo {
    /** The report's title. */
    public static final String TITLE = "Millbrook: what we heard, where we are, what we will do";

    private final DemoOptions options;

    public Demo(DemoOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** What a run produced. */
    public record Outcome(CommunityReport report, PlanDraft draft, ThemeSet themes, Path html, Path json) {
    }

    /** Runs the whole job and writes {@code report.json} and {@code index.html} into {@code outDir}. */
    public Outcome run(Path outDir, ProgressListener progress) {
        Checks.notNull("outDir", outDir);
        ProgressListener listener = progress == null ? ProgressListener.none() : progress;
        Clock clock = options.clock();
        ClassLoader loader = Demo.class.getClassLoader();

        ConversationSet raw = MillbrookSample.conversations(clock);
        // Patron privacy first: nothing below sees a name, e-mail address, phone number or street address.
        Redacted<ConversationSet> redacted = Redactor.create(RedactionOptions.builder()
                .names(sampleNames()).build()).redact(raw);
        ConversationSet set = redacted.value();

        Themer themer = Themers.discover(loader).get(options.themer());
        Map<String, String> themingOptions = new TreeMap<>(options.themingOptions());
        if (themer.id().equals("kmeans")) {
            // A town's few hundred notes read best as at most about twenty themes; a host with more notes sets its own.
            themingOptions.putIfAbsent("ltc.theming.kmeans.maxK", "20");
        }
        ThemeSet themes = themer.theme(new ThemingRequest(set, themingOptions, options.seed(),
                options.threads(), null, listener, null, clock));

        DisclosurePolicy disclosure = DisclosurePolicy.defaults();
        PublicKnowledge knowledge = new PublicKnowledgeBuilder(
                PublicKnowledgeOptions.builder().clock(clock).build()).build(themes, set);

        LibraryCapacities capacities = MillbrookSample.capacities();
        StageFramework framework = ContentLibrary.builtIn().requireFramework(ContentLibrary.HARWOOD_FIVE_STAGES);
        Calibrator calibrator = Calibrators.discover(loader).get(options.calibrator());
        StageAssessment assessment = calibrator.assess(CalibrationInput.of(framework, knowledge,
                RunContext.of(options.seed()).withProgress(listener).withClock(clock))
                .withConversations(set).withPublicCapital(capacities.publicCapital()));

        PlanDraft draft = new ActionPlanner(PlannerOptions.builder().seed(options.seed()).clock(clock).build())
                .draft(knowledge, assessment, capacities);

        CommunityReport report = new CommunityReport(TITLE, knowledge, framework, assessment, draft.plan(),
                disclosure.minParticipants(),
                List.of("Millbrook is a fictional town written for the LTC SDK (Apache-2.0)."));
        Path json = outDir.resolve("report.json");
        Path html = outDir.resolve("index.html");
        TextFiles.writeAtomically(json, LtcJson.defaults().write(report));
        TextFiles.writeAtomically(html, new HtmlReport().render(report));
        return new Outcome(report, draft, themes, html, json);
    }

    /** The names the sample's library asks to be redacted (a host keeps such a list of its own). */
    static List<String> sampleNames() {
        InputStream in = Demo.class.getResourceAsStream("/org/ltc/examples/sample/millbrook-names.txt");
        if (in == null) {
            throw new LtcException("the bundled sample is missing millbrook-names.txt");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
