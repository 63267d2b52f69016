package org.ltc.examples.cli;

import java.io.PrintWriter;
import org.ltc.model.plugin.RunContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.ltc.calibration.CalibrationInput;
import org.ltc.calibration.Calibrator;
import org.ltc.calibration.Calibrators;
import org.ltc.calibration.RatingsCsv;
import org.ltc.calibration.rubric.RubricCalibrator;
import org.ltc.calibration.signals.SignalsCalibrator;
import org.ltc.model.InvalidInputException;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.content.ContentLibrary;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.io.DocumentKind;
import org.ltc.model.io.LtcJson;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.stage.IndicatorRating;
import org.ltc.model.stage.Reason;
import org.ltc.model.stage.Stage;
import org.ltc.model.stage.StageAssessment;
import org.ltc.model.stage.StageFramework;
import org.ltc.model.stage.StageProbability;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ltc calibrate}: where a community stands, from its notes or public knowledge and/or raters' scores,
 * as a distribution over a stage framework's stages with the reasons, written as a stage-assessment document.
 */
@Command(name = "calibrate",
        mixinStandardHelpOptions = true,
        description = {"Judge which stage a community is at: from what people said (a conversation-set or "
                + "public-knowledge document, read by the 'signals' calibrator) and/or from raters' scores on "
                + "anchored scales (a ratings CSV, scored by the 'rubric' calibrator, e.g. the Community Readiness "
                + "Model). Prints the stage, the probabilities and the reasons, and writes the stage-assessment "
                + "JSON document with --out."},
        footer = {"", "Examples:",
                "  ltc import --polis ../shared/data/polis-bowling-green --out bg.json",
                "  ltc calibrate --input bg.json --out bg-stage.json",
                "  ltc calibrate --ratings readiness.csv --framework community-readiness --seed 7 --json",
                "  ltc calibrate --ratings team.csv --option ltc.calibration.rubric.resamples=5000",
                "  ltc calibrate --input bg.json --option ltc.calibration.signals.lexicon=our-signals.json",
                "",
                "Ratings CSV: a header row with dimension and score (required) and rater, interview, evidence; a "
                        + "rater named 'consensus' gives an interview's agreed score.",
                "Defaults: the rubric calibrator when --ratings is given, else signals; the framework whose "
                        + "dimensions the ratings name, else harwood-five-stages."})
final class CalibrateCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", paramLabel = "FILE",
            description = "A conversation-set or public-knowledge JSON document.")
    Path input;

    @Option(names = "--ratings", paramLabel = "FILE.csv", description = "Indicator ratings (CSV).")
    Path ratings;

    @Option(names = "--calibrator", paramLabel = "ID", description = "Calibrator id: rubric, signals, or a "
            + "plug-in's (default: rubric with --ratings, else signals).")
    String calibrator;

    @Option(names = "--framework", paramLabel = "ID", description = "Stage framework id: harwood-five-stages, "
            + "community-readiness, or one from --content.")
    String framework;

    @Option(names = "--content", paramLabel = "PATH", description = "A content file or folder replacing built-in "
            + "frameworks, guides and factors by id.")
    Path content;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--option", paramLabel = "KEY=VALUE", description = "A calibrator option, e.g. "
            + "ltc.calibration.rubric.rounding=NEAREST (repeatable).")
    Map<String, String> options = new TreeMap<>();

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the stage-assessment JSON document.")
    Path out;

    @picocli.CommandLine.Mixin
    CreatedAtOption createdAt;

    @Override
    public Integer call() {
        if (input == null && ratings == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give --input FILE (notes or public knowledge), --ratings FILE.csv, or both");
        }
        LtcJson json = LtcJson.defaults();
        ConversationSet conversations = null;
        PublicKnowledge knowledge = null;
        if (input != null) {
            DocumentKind kind = json.kindOf(input);
            if (kind == DocumentKind.CONVERSATION_SET) {
                conversations = json.read(input, ConversationSet.class);
            } else if (kind == DocumentKind.PUBLIC_KNOWLEDGE) {
                knowledge = json.read(input, PublicKnowledge.class);
            } else {
                throw new InvalidInputException(input.toString(), "/kind", "kind", kind.id(),
                        "must be conversation-set or public-knowledge for calibration");
            }
        }
        List<IndicatorRating> scores = ratings == null ? List.of() : RatingsCsv.read(ratings);
        ContentLibrary library = content == null ? ContentLibrary.builtIn()
                : ContentLibrary.builtIn().replacedBy(ContentLibrary.load(content));
        StageFramework fw = framework != null ? library.requireFramework(framework) : inferFramework(library, scores);
        String id = calibrator != null ? calibrator : ratings != null ? RubricCalibrator.ID : SignalsCalibrator.ID;
        Calibrator c = Calibrators.discover(Thread.currentThread().getContextClassLoader()).get(id);
        CalibrationInput in;
        try {
            in = CalibrationInput.of(fw, scores, RunContext.of(seed).withOptions(options)
                            .withProgress(ProgressBar.onStderr(spec, "calibrate", common.json))
                            .withClock(createdAt.clock()))
                    .withKnowledge(knowledge).withConversations(conversations);
        } catch (InvalidInputException e) {
            throw e.at(ratings != null ? ratings.toString() : null, null);
        }
        StageAssessment a = c.assess(in);
        if (out != null) {
            json.write(a, out);
        }
        PrintWriter o = spec.commandLine().getOut();
        if (common.json) {
            o.print(json.write(a));
            return LtcCommand.OK;
        }
        explain(o, fw, a);
        if (out != null) {
            o.println();
            o.println("wrote " + out);
        }
        return LtcCommand.OK;
    }

    /** The built-in framework whose dimensions hold every rated dimension; else Harwood's five stages. */
    private static StageFramework inferFramework(ContentLibrary library, List<IndicatorRating> scores) {
        if (scores.isEmpty()) {
            return library.requireFramework(ContentLibrary.HARWOOD_FIVE_STAGES);
        }
        List<String> dims = scores.stream().map(IndicatorRating::dimensionId).distinct().toList();
        List<StageFramework> fits = new ArrayList<>();
        for (StageFramework f : library.frameworks()) {
            if (dims.stream().allMatch(d -> f.dimension(d).isPresent())) {
                fits.add(f);
            }
        }
        if (fits.size() != 1) {
            throw new InvalidOptionsException("--framework", null, (fits.isEmpty() ? "no framework has" : "several "
                    + "frameworks have") + " the rated dimensions " + dims + ": name one with --framework");
        }
        return fits.get(0);
    }

    static void explain(PrintWriter o, StageFramework fw, StageAssessment a) {
        Stage stage = fw.stage(a.mostLikely()).orElseThrow();
        o.printf(Locale.ROOT, "Stage: %s (stage %d of %d, %s), confidence %.2f%n", stage.name(), stage.number(),
                fw.stages().size(), fw.name(), a.confidence());
        o.println("  " + stage.description());
        o.println();
        int width = fw.stages().stream().mapToInt(s -> s.name().length()).max().orElse(10);
        for (StageProbability p : a.distribution()) {
            String name = fw.stage(p.stageId()).map(Stage::name).orElse(p.stageId());
            int filled = (int) Math.round(p.probability() * 30);
            o.printf(Locale.ROOT, "  %-" + width + "s %s%s %.2f%s%n", name, "#".repeat(filled), ".".repeat(30 - filled),
                    p.probability(), p.stageId().equals(a.mostLikely()) ? "  <" : "");
        }
        o.println();
        o.println("Why:");
        for (Reason r : a.reasons()) {
            o.print("  - " + r.text());
            if (!r.evidence().isEmpty()) {
                List<String> shown = r.evidence().subList(0, Math.min(8, r.evidence().size()));
                o.print(" [" + String.join(", ", shown) + (r.evidence().size() > shown.size() ? ", ..." : "") + "]");
            }
            o.println();
        }
        o.println();
        o.printf(Locale.ROOT, "%s %s, seed %d; a person can override the call (the human call always wins).%n",
                a.provenance().algorithmId(), a.provenance().algorithmVersion(), a.provenance().seed());
    }
}
