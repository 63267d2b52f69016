package org.ltc.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ltc.examples.demo.Demo;
import org.ltc.examples.pipeline.PipelineOptions;
import org.ltc.model.action.Action;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.plugin.ProgressListener;
import org.ltc.model.report.CommunityReport;
import org.ltc.model.stage.StageAssessment;
import org.ltc.model.stage.StageProbability;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ltc demo}: the main job on the bundled sample town. */
@Command(name = "demo",
        mixinStandardHelpOptions = true,
        description = {"Run the whole practice on the bundled sample town (Millbrook): import its notes, redact "
                + "personal data, theme, build public knowledge, calibrate the stage, draft an action plan, and "
                + "write DIR/index.html and DIR/report.json. Offline; well under a minute."},
        footer = {"", "Examples:",
                "  ltc demo                      writes ltc-report/index.html and ltc-report/report.json",
                "  ltc demo --out /tmp/millbrook --seed 7",
                "  ltc demo --themer codebook",
                "Open the page with any browser (file://); it needs no network."})
final class DemoCommand implements Callable<Integer> {
    /** The --themer value that lets the SDK choose ({@code semantic} when an embedding model can run, else kmeans). */
    private static final String AUTO = "auto";

    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "ltc-report",
            description = "Folder to write the report to (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--themer", paramLabel = "ID", defaultValue = AUTO,
            description = "Themer id (default: ${DEFAULT-VALUE}: semantic when an embedding model can run, "
                    + "else kmeans).")
    String themer;

    @Option(names = "--calibrator", paramLabel = "ID", defaultValue = PipelineOptions.DEFAULT_CALIBRATOR,
            description = "Calibrator id (default: ${DEFAULT-VALUE}).")
    String calibrator;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        PrintWriter o = spec.commandLine().getOut();
        PipelineOptions options = PipelineOptions.builder().themer(AUTO.equals(themer) ? null : themer)
                .calibrator(calibrator).seed(seed).threads(Math.min(2, Runtime.getRuntime().availableProcessors()))
                .build();
        ProgressListener bar = ProgressBar.onStderr(spec, "demo", common.json);
        Demo.Outcome outcome = new Demo(options).run(out, bar);
        ProgressBar.finish(bar);
        double seconds = (System.nanoTime() - start) / 1e9;
        CommunityReport report = outcome.report();
        PublicKnowledge pk = report.knowledge();
        StageAssessment a = report.assessment();
        if (common.json) {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("report", outcome.html().toString());
            summary.put("json", outcome.json().toString());
            summary.put("themes", pk.themes().size());
            summary.put("stage", a.mostLikely());
            summary.put("confidence", a.confidence());
            summary.put("actions", report.plan().actions().size());
            summary.put("seconds", Math.round(seconds * 100) / 100.0);
            JsonOut.print(o, summary);
            return LtcCommand.OK;
        }
        o.println("Millbrook (a fictional town): " + outcome.draft().plan().title());
        o.println();
        o.println("What we heard: " + pk.themes().size() + " themes");
        for (Theme t : pk.themes()) {
            o.printf("  %-13s %s (%s, wrote: %s)%n", t.category().id(), t.label(),
                    org.ltc.examples.report.HtmlReport.count(t.evidence().size(), "note", "notes"),
                    org.ltc.examples.report.HtmlReport.people(t.breadth().wrote(), report.disclosureThreshold()));
        }
        o.println();
        String stageName = report.framework().stage(a.mostLikely()).map(s -> s.name()).orElse(a.mostLikely());
        o.printf("Where we are: %s (confidence %.2f)%n", stageName, a.confidence());
        for (StageProbability p : a.distribution()) {
            o.printf("  %-14s %s %.2f%n", p.stageId(), "#".repeat((int) Math.round(p.probability() * 30)),
                    p.probability());
        }
        o.println();
        o.println("What we will do (" + report.plan().actions().size() + " actions):");
        for (Action act : report.plan().actions()) {
            o.println("  - " + act.title());
        }
        o.println();
        o.printf("wrote %s and %s in %.1f s%n", outcome.html(), outcome.json(), seconds);
        return LtcCommand.OK;
    }
}
