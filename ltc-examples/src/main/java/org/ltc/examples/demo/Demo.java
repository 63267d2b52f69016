package org.ltc.examples.demo;

import java.io.BufferedReader;
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
import org.ltc.calibration.action.PlanDraft;
import org.ltc.examples.pipeline.Pipeline;
import org.ltc.examples.pipeline.PipelineOptions;
import org.ltc.examples.pipeline.PipelineResult;
import org.ltc.model.Checks;
import org.ltc.model.LtcException;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.plugin.ProgressListener;
import org.ltc.model.privacy.RedactionOptions;
import org.ltc.model.report.CommunityReport;
import org.ltc.theming.Themers;

/**
 * The main job on the bundled sample town, one step per stage of the practice: import the notes, redact
 * personal data, theme, build public knowledge, calibrate the stage (Harwood's five stages), draft a plan from
 * the library's capacities, and write every document with {@code report.json} and {@code index.html}.
 *
 * <p>It is one {@link Pipeline} call, the same a host or {@code ltc run} makes; nothing here is specific to the demo
 * but the sample's files.
 */
public final class Demo {
    /** The report's title. */
    public static final String TITLE = "Millbrook: what we heard, where we are, what we will do";

    private final PipelineOptions options;

    /**
     * @param options how the run goes: the themer (or {@code null}: {@code semantic} when an embedding model can
     *                run, else {@code kmeans}), its option properties, the calibrator, seed, threads and clock; the
     *                sample brings its own capacities, title, attributions and names to redact
     */
    public Demo(PipelineOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** What a run produced. */
    public record Outcome(CommunityReport report, PlanDraft draft, ThemeSet themes, Path html, Path json) {
    }

    /** Runs the whole job and writes every document, {@code report.json} and {@code index.html} into {@code outDir}. */
    public Outcome run(Path outDir, ProgressListener progress) {
        Checks.notNull("outDir", outDir);
        ProgressListener listener = progress == null ? ProgressListener.none() : progress;
        Clock clock = options.clock();
        ClassLoader loader = Demo.class.getClassLoader();

        // semantic (themes by meaning) when an embedding model can run, else kmeans
        String themerId = options.themer() == null
                ? Themers.defaultId(Themers.discover(loader), loader) : options.themer();
        Map<String, String> themingOptions = new TreeMap<>(options.themingOptions());
        if (themerId.equals("kmeans")) {
            // A town's few hundred notes read best as at most about twenty themes; a host with more notes sets its own.
            themingOptions.putIfAbsent("ltc.theming.kmeans.maxK", "20");
        }
        // Patron privacy first: nothing below sees a name, e-mail address, phone number or street address.
        PipelineOptions pipelineOptions = options.toBuilder().themer(themerId)
                .themingOptions(themingOptions).capacities(MillbrookSample.capacities()).title(TITLE)
                .attributions(List.of("Millbrook is a fictional town written for the LTC SDK (Apache-2.0)."))
                .redaction(RedactionOptions.builder().names(sampleNames()).build()).clock(clock).build();
        PipelineResult result = new Pipeline(pipelineOptions, loader).run(MillbrookSample.conversations(clock),
                listener);
        result.writeTo(outDir);
        return new Outcome(result.report(), result.draft(), result.themes(), outDir.resolve(PipelineResult.PAGE),
                outDir.resolve(PipelineResult.REPORT));
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
