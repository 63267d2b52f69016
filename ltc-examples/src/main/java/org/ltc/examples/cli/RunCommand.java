package org.ltc.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ltc.calibration.action.Finding;
import org.ltc.examples.pipeline.CapacitiesFile;
import org.ltc.examples.pipeline.Pipeline;
import org.ltc.examples.pipeline.PipelineOptions;
import org.ltc.examples.pipeline.PipelineResult;
import org.ltc.examples.pipeline.ReviewSheet;
import org.ltc.model.action.Action;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.io.LtcJson;
import org.ltc.model.plugin.ProgressListener;
import org.ltc.model.stage.StageAssessment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ltc run}: the whole practice on a library's own notes, into one folder a team reviews and approves.
 */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        description = {"Run the whole practice on your own notes: import, redact personal data, theme, apply the "
                + "team's review, build public knowledge, judge the stage, draft and check an action plan, and write "
                + "every document, index.html (a draft until 'ltc approve'), share-back.md and review.csv into DIR. "
                + "The files appear together or not at all."},
        footer = {"", "Examples:",
                "  ltc run --polis ../shared/data/polis-bowling-green --out bg",
                "  ltc run --polis ../shared/data/polis-bowling-green \\",
                "      --capacities ltc-examples/src/main/resources/org/ltc/examples/sample/capacities.csv --out bg",
                "  ltc run --polis ../shared/data/polis-bowling-green --review bg/review.csv --by 'Ana R.' --out bg",
                "  ltc run --input notes.json --stage making-progress \\",
                "      --stage-reason 'our partners already run three projects' --out out",
                "  ltc approve bg --by 'Ana R.'",
                "",
                "Review: open DIR/review.csv in a spreadsheet, edit label, category and action (keep, drop, pin,",
                "merge-into:THEME_ID), save as CSV and run again with --review. Capacities: a CSV with the header",
                "id,kind,name,tags (kind: space, programme, skill or partner; tags separated by ;) or a",
                "library-capacities JSON document; without it the plan drafts and says what it needs."})
final class RunCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    NoteSource source;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write into.")
    Path out;

    @Option(names = "--capacities", paramLabel = "FILE",
            description = "What the library can bring: CSV (id,kind,name,tags) or a library-capacities document.")
    Path capacities;

    @Option(names = "--library", paramLabel = "NAME", defaultValue = "The library",
            description = "The library's name with a capacities CSV (default: ${DEFAULT-VALUE}).")
    String library;

    @Option(names = "--review", paramLabel = "FILE", description = "The team's edited review.csv.")
    Path review;

    @Option(names = "--by", paramLabel = "NAME", defaultValue = PipelineOptions.DEFAULT_BY,
            description = "Who reviews and decides (default: ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--framework", paramLabel = "ID", description = "Stage framework (default: harwood-five-stages).")
    String framework;

    @Option(names = "--stage", paramLabel = "STAGE-ID", description = "The team's own call on the stage; the "
            + "calibrator's distribution is kept beside it.")
    String stage;

    @Option(names = "--stage-reason", paramLabel = "TEXT", description = "Why the team calls that stage (with --stage).")
    String stageReason;

    @Option(names = "--themer", paramLabel = "ID", description = "The themer (default: semantic when its "
            + "embedding model is on the class path, else kmeans, else codebook).")
    String themer;

    @Option(names = "--calibrator", paramLabel = "ID", defaultValue = PipelineOptions.DEFAULT_CALIBRATOR,
            description = "The calibrator (default: ${DEFAULT-VALUE}).")
    String calibrator;

    @Mixin
    RunSettings run;

    @Option(names = "--title", paramLabel = "TEXT", description = "The report's title.")
    String title;

    @Mixin
    RedactionChoice redaction;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        // Every file the team gives is read before any work, so a bad one fails fast and DIR is left as it was.
        ReviewSheet sheet = review == null ? null : ReviewSheet.read(review);
        PipelineOptions.Builder b = PipelineOptions.builder().themer(themer).calibrator(calibrator)
                .framework(framework).seed(run.seed).threads(run.threads).by(by).stage(stage, stageReason).title(title)
                .themingOptions(run.properties()).review(sheet)
                .capacities(capacities == null ? null : CapacitiesFile.read(capacities, library))
                .redaction(redaction.options(run.properties()));
        Pipeline pipeline = new Pipeline(b.build());
        ConversationSet set = source.load(spec.commandLine().getErr());
        ProgressListener bar = ProgressBar.onStderr(spec, "run", common.json);
        PipelineResult r = pipeline.run(set, bar);
        ProgressBar.finish(bar);
        r.writeTo(out);
        double seconds = (System.nanoTime() - start) / 1e9;
        print(r, seconds);
        return LtcCommand.OK;
    }

    private void print(PipelineResult r, double seconds) {
        PrintWriter o = spec.commandLine().getOut();
        StageAssessment a = r.assessment();
        if (common.json) {
            LtcJson json = LtcJson.defaults();
            ObjectNode n = json.mapper().createObjectNode();
            n.put("out", out.toString());
            n.put("notes", r.conversations().notes().size());
            n.put("themes", r.knowledge().themes().size());
            n.put("stage", a.effectiveStage());
            n.put("calculatedStage", a.mostLikely());
            n.put("actions", r.draft().plan().actions().size());
            n.put("concerns", r.check().concerns().size());
            n.put("curationSteps", r.themes().provenance().steps().size());
            n.put("seconds", Math.round(seconds * 100) / 100.0);
            n.putArray("files").addAll(r.files().keySet().stream().map(json.mapper()::stringNode).toList());
            o.println(json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(n));
            return;
        }
        o.printf(Locale.ROOT, "%s: %d notes, %d themes%s%n", r.report().title(), r.conversations().notes().size(),
                r.knowledge().themes().size(), r.themes().provenance().steps().isEmpty() ? ""
                        : " after " + r.themes().provenance().steps().size() + " review step(s)");
        String stageName = r.report().framework().stage(a.effectiveStage()).map(s -> s.name()).orElse(a.effectiveStage());
        o.printf(Locale.ROOT, "Stage: %s%s%n", stageName, a.override() != null
                ? " (the team's call; the calculation says " + a.mostLikely() + String.format(Locale.ROOT, " at %.2f)",
                a.confidence()) : String.format(Locale.ROOT, " (confidence %.2f)", a.confidence()));
        o.println("Plan: " + r.draft().plan().actions().size() + " action(s)");
        for (Action act : r.draft().plan().actions()) {
            o.println("  - " + act.title());
        }
        if (r.draft().plan().actions().isEmpty()) {
            r.draft().reasons().stream().filter(s -> s.startsWith("No pattern")).forEach(s -> o.println("  " + s));
        }
        o.println("Check: " + (r.check().concerns().isEmpty() ? "no concerns"
                : r.check().concerns().size() + " concern(s)"));
        for (Finding f : r.check().concerns()) {
            o.println("  " + f.line());
        }
        o.printf(Locale.ROOT, "wrote %d files to %s in %.1f s (a draft: review %s, then ltc approve %s --by NAME)%n",
                r.files().size(), out, seconds, out.resolve(PipelineResult.REVIEW), out);
    }
}
