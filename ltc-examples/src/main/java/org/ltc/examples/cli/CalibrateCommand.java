package org.ltc.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
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
import org.ltc.calibration.experiment.CalibratorLearner;
import org.ltc.calibration.experiment.CasesCsv;
import org.ltc.calibration.rubric.RubricCalibrator;
import org.ltc.calibration.signals.SignalsCalibrator;
import org.ltc.model.InvalidInputException;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.content.ContentLibrary;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.io.DocumentKind;
import org.ltc.model.io.LtcJson;
import org.ltc.model.io.TextFiles;
import org.ltc.model.plugin.Cancellation;
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
                "  ltc calibrate --ratings team.csv --set ltc.calibration.rubric.resamples=5000",
                "  ltc calibrate --input bg.json --set ltc.calibration.signals.lexicon=our-signals.json",
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

    @Option(names = "--cases", paramLabel = "FILE.csv", description = "New cases to calibrate, one per row, in the "
            + "columns of a cases CSV for ltc experiment (rating.<dimension>, capital.<factor>, indicators); a "
            + "'stage' column, if any, is compared with the calls instead of read.")
    Path cases;

    @Option(names = "--id-column", paramLabel = "NAME",
            description = "With --cases: the column of case ids (default: the column 'id' if any, else line numbers).")
    String idColumn;

    @Option(names = "--framework", paramLabel = "FILE|ID", description = "Stage framework: a stage-framework JSON "
            + "file (as ltc simulate writes) or an id: harwood-five-stages, community-readiness, or one from --content.")
    String framework;

    @Option(names = "--content", paramLabel = "PATH", description = "A content file or folder replacing built-in "
            + "frameworks, guides and factors by id.")
    Path content;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"--set", "--option"}, paramLabel = "KEY=VALUE", description = "A calibrator option, e.g. "
            + "ltc.calibration.rubric.rounding=NEAREST (repeatable; --option is the old name).")
    Map<String, String> options = new TreeMap<>();

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the stage-assessment JSON document.")
    Path out;

    @picocli.CommandLine.Mixin
    CreatedAtOption createdAt;

    @Override
    public Integer call() {
        if (input == null && ratings == null && cases == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give --input FILE (notes or public knowledge), --ratings FILE.csv, or both; or --cases FILE.csv");
        }
        if (cases != null && (input != null || ratings != null)) {
            throw new InvalidOptionsException("--cases", cases, "is calibrated alone: not with --input or --ratings");
        }
        LtcJson json = LtcJson.defaults();
        StageFramework fileFramework = null;
        if (framework != null && Files.isRegularFile(Path.of(framework))) {
            fileFramework = json.read(Path.of(framework), StageFramework.class);
        }
        Path contentPath = content;
        if (content != null && Files.isRegularFile(content) && isFramework(json, content)) {
            // The framework ltc simulate writes is one document, not a content file: take it as the framework.
            StageFramework f = json.read(content, StageFramework.class);
            if (fileFramework != null || (framework != null && !framework.equals(f.id()))) {
                throw new InvalidOptionsException("--content", content, "is a stage-framework document (" + f.id()
                        + "), and --framework names another; give one framework");
            }
            fileFramework = f;
            contentPath = null;
        }
        if (cases != null) {
            return calibrateCases(json, fileFramework, contentPath);
        }
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
        if (ratings != null && !Files.isRegularFile(ratings)) {
            throw new InvalidInputException(ratings.toString(), null, null, null, "is not a readable file");
        }
        List<IndicatorRating> scores = ratings == null ? List.of() : RatingsCsv.read(ratings);
        StageFramework fw = fileFramework != null ? fileFramework : framework(contentPath, scores);
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
            JsonOut.printDocument(o, a);
            return LtcCommand.OK;
        }
        explain(o, fw, a);
        if (out != null) {
            o.println();
            o.println("wrote " + out);
        }
        return LtcCommand.OK;
    }

    /** Whether the file is a stage-framework document in the SDK's envelope (a content file is not one). */
    private static boolean isFramework(LtcJson json, Path file) {
        try {
            return json.kindOf(file) == DocumentKind.STAGE_FRAMEWORK;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    private StageFramework framework(Path contentPath, List<IndicatorRating> scores) {
        ContentLibrary library = contentPath == null ? ContentLibrary.builtIn()
                : ContentLibrary.builtIn().replacedBy(ContentLibrary.load(contentPath));
        return framework != null ? library.requireFramework(framework) : inferFramework(library, scores);
    }

    /** {@code --cases}: each row through the calibrator, one line (or one JSON entry, or one CSV row) per case. */
    private int calibrateCases(LtcJson json, StageFramework fileFramework, Path contentPath) {
        if (!Files.isRegularFile(cases)) {
            throw new InvalidInputException(cases.toString(), null, null, null, "is not a readable file");
        }
        StageFramework fw = fileFramework != null ? fileFramework : framework(contentPath, List.of());
        List<CasesCsv.UnlabelledCase> rows = CasesCsv.readUnlabelled(cases, idColumn, STAGE_COLUMN);
        String id = calibrator != null ? calibrator : RubricCalibrator.ID;
        Calibrator c = Calibrators.discover(Thread.currentThread().getContextClassLoader()).get(id);
        List<StageAssessment> calls = new ArrayList<>();
        int compared = 0;
        int agreed = 0;
        for (CasesCsv.UnlabelledCase row : rows) {
            StageAssessment a;
            try {
                a = c.assess(CalibratorLearner.caseInput(fw, row.features(), options, seed, Cancellation.never()));
            } catch (InvalidInputException e) {
                throw e.at(cases.toString(), "line " + row.line());
            }
            calls.add(a);
            String truth = stageOf(fw, row.stage());
            if (truth != null) {
                compared++;
                agreed += truth.equals(a.mostLikely()) ? 1 : 0;
            }
        }
        if (out != null) {
            List<String> head = new ArrayList<>(List.of("id", "stage", "confidence"));
            fw.stages().forEach(st -> head.add("p." + st.id()));
            StringBuilder csv = new StringBuilder(csvLine(head)).append('\n');
            for (int i = 0; i < rows.size(); i++) {
                StageAssessment a = calls.get(i);
                List<String> line = new ArrayList<>(List.of(rows.get(i).id(), a.mostLikely(),
                        String.format(Locale.ROOT, "%.4f", a.confidence())));
                a.distribution().forEach(p -> line.add(String.format(Locale.ROOT, "%.4f", p.probability())));
                csv.append(csvLine(line)).append('\n');
            }
            TextFiles.writeAtomically(out, csv.toString());
        }
        PrintWriter o = spec.commandLine().getOut();
        if (common.json) {
            var root = JsonOut.object();
            root.put("framework", fw.id());
            root.put("calibrator", id);
            var list = root.putArray("cases");
            for (int i = 0; i < rows.size(); i++) {
                var n = list.addObject();
                n.put("id", rows.get(i).id());
                n.put("stage", calls.get(i).mostLikely());
                n.put("confidence", calls.get(i).confidence());
                var dist = n.putObject("distribution");
                calls.get(i).distribution().forEach(p -> dist.put(p.stageId(), p.probability()));
            }
            if (compared > 0) {
                root.put("compared", compared);
                root.put("agreed", agreed);
            }
            if (out != null) {
                root.put("written", out.toString());
            }
            JsonOut.print(o, root);
            return LtcCommand.OK;
        }
        o.printf(Locale.ROOT, "Calibrated %d cases from %s with %s on %s:%n", rows.size(), cases, id, fw.id());
        int shown = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (shown++ == 20) {
                o.println("  ... and " + (rows.size() - 20) + " more" + (out != null ? " (all in " + out + ")" : ""));
                break;
            }
            StageAssessment a = calls.get(i);
            o.printf(Locale.ROOT, "  %-12s %-22s %.2f%n", rows.get(i).id(),
                    fw.stage(a.mostLikely()).map(Stage::name).orElse(a.mostLikely()), a.confidence());
        }
        if (compared > 0) {
            o.printf(Locale.ROOT, "The most likely stage matched the cases' '%s' column in %d of %d cases (%.0f%%)%n",
                    STAGE_COLUMN, agreed, compared, 100.0 * agreed / compared);
        }
        if (out != null) {
            o.println("wrote " + out);
        }
        return LtcCommand.OK;
    }

    /** The column a cases CSV names its known stage in (ltc experiment's default --stage-column). */
    static final String STAGE_COLUMN = "stage";

    private static String csvLine(List<String> fields) {
        return String.join(",", fields.stream().map(v -> v.contains(",") || v.contains("\"") || v.contains("\n")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v).toList());
    }

    /** A stage cell (a number 1..K or a stage id) as the framework's stage id, or null when it is neither. */
    private static String stageOf(StageFramework fw, String cell) {
        if (cell == null || cell.isEmpty()) {
            return null;
        }
        if (fw.stage(cell).isPresent()) {
            return cell;
        }
        try {
            int n = Integer.parseInt(cell);
            return n >= 1 && n <= fw.stages().size() ? fw.stages().get(n - 1).id() : null;
        } catch (NumberFormatException e) {
            return null;
        }
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
