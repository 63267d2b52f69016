package org.ltc.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ltc.calibration.Calibrators;
import org.ltc.calibration.experiment.CaseDataset;
import org.ltc.calibration.experiment.CaseLearner;
import org.ltc.calibration.experiment.CaseLearners;
import org.ltc.calibration.experiment.CasesCsv;
import org.ltc.calibration.experiment.Experiment;
import org.ltc.calibration.experiment.ExperimentResult;
import org.ltc.calibration.experiment.ExperimentResults;
import org.ltc.calibration.experiment.ExperimentSpec;
import org.ltc.calibration.experiment.FoldScheme;
import org.ltc.calibration.experiment.LogisticLearner;
import org.ltc.calibration.learn.LogisticOptions;
import org.ltc.model.InvalidInputException;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.content.ContentLibrary;
import org.ltc.model.io.LtcJson;
import org.ltc.model.plugin.Cancellation;
import org.ltc.model.plugin.PluginRegistry;
import org.ltc.model.plugin.ProgressListener;
import org.ltc.model.stage.StageFramework;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ltc experiment}: cross-validate calibrators on labelled cases, reproducibly. */
@Command(name = "experiment",
        mixinStandardHelpOptions = true,
        description = {"Cross-validate calibrators against expert stages: accuracy, macro-F1, quadratically "
                + "weighted kappa, mean absolute stage error, log-loss and Brier score with bootstrap intervals, "
                + "and McNemar's test between each pair. The same spec and seed give identical results files."},
        footer = {"", "Cases CSV: a header row; the stage column holds stage numbers 1..K; every other numeric "
                + "column is a feature (text columns are ignored).",
                "", "Examples:",
                "  ltc experiment --cases sim/cases.csv --stage-column stage --calibrator logistic --folds 10 --seed 7",
                "  ltc experiment --cases sim/cases.csv --stage-column stage --calibrator logistic --json",
                "  ltc experiment --cases cases.csv --stage-column stage --calibrator logistic --set model=ordinal \\",
                "      --group-column region --folds 0        (leave one region out)",
                "  ltc experiment --spec study.json --out results --created-at 2026-01-01T00:00:00Z",
                "  ltc experiment --cases sim/cases.csv --calibrator rubric --framework sim/framework.json",
                "", "Calibrators: logistic (options model, l2, maxIterations, tolerance, standardise) and majority;",
                "with --framework, every installed calibrator (rubric, signals, ...).",
                "--json prints one object with accuracy, macroF1, qwk, mae, logLoss (and brier); with --spec, the "
                + "whole result."})
final class ExperimentCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--spec", paramLabel = "FILE", description = "An experiment spec (JSON).")
    Path specFile;

    @Option(names = "--cases", paramLabel = "FILE", description = "Labelled cases (CSV), instead of a spec.")
    Path cases;

    @Option(names = "--stage-column", paramLabel = "NAME", defaultValue = "stage",
            description = "The column of expert stages (default ${DEFAULT-VALUE}).")
    String stageColumn;

    @Option(names = "--group-column", paramLabel = "NAME", description = "A group column (e.g. region).")
    String groupColumn;

    @Option(names = "--id-column", paramLabel = "NAME", description = "A column of case ids.")
    String idColumn;

    @Option(names = "--calibrator", paramLabel = "ID", defaultValue = "logistic",
            description = "The calibrator to evaluate (default ${DEFAULT-VALUE}).")
    String calibrator;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "A calibrator option, e.g. model=ordinal; repeatable.")
    Map<String, String> options = new LinkedHashMap<>();

    @Option(names = "--folds", paramLabel = "K", defaultValue = "10",
            description = "Folds (default ${DEFAULT-VALUE}); 0 = leave one group out (needs --group-column).")
    int folds;

    @Option(names = "--repeats", paramLabel = "R", defaultValue = "1", description = "Repetitions of the k folds (default ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--bootstrap", paramLabel = "B", defaultValue = "1000",
            description = "Bootstrap resamples for intervals (default ${DEFAULT-VALUE}; 0 for none).")
    int bootstrap;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for folds (results do not depend on it).")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Write results.json and results.csv here.")
    Path out;

    @Option(names = "--save-model", paramLabel = "FILE",
            description = "With --calibrator logistic: fit on all cases and save the model (for ltc calibrate).")
    Path saveModel;

    @Option(names = "--framework", paramLabel = "FILE|ID",
            description = "A stage framework (a stage-framework JSON file, or a built-in id such as harwood-five-stages): "
                    + "lets any installed calibrator (rubric, signals, ...) be evaluated, its cases' rating.<dimension>, "
                    + "capital.<factor> and other columns read as ratings, public capital and indicators.")
    String framework;

    @Option(names = "--created-at", paramLabel = "INSTANT",
            description = "The time recorded in provenance (ISO-8601), to make results files byte-identical across runs.")
    String createdAt;

    @Override
    public Integer call() {
        if ((specFile == null) == (cases == null)) {
            throw new InvalidOptionsException("--spec/--cases", null, "give exactly one of --spec FILE or --cases FILE");
        }
        Clock clock = Clock.systemUTC();
        if (createdAt != null) {
            try {
                clock = Clock.fixed(Instant.parse(createdAt), ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw new InvalidOptionsException("--created-at", createdAt, "must be an ISO-8601 instant such as 2026-01-01T00:00:00Z");
            }
        }
        ExperimentSpec es;
        Path casesFile;
        if (specFile != null) {
            requireFile(specFile);
            es = ExperimentSpec.read(specFile);
            if (es.cases() == null) {
                throw new InvalidInputException(specFile.toString(), "/cases", "cases", null, "must name the cases CSV");
            }
            casesFile = ExperimentSpec.resolveInFolder(specFile, "cases", es.cases());
            if (threads != null) {
                es = new ExperimentSpec(es.name(), es.cases(), es.stageColumn(), es.groupColumn(), es.idColumn(), es.stages(),
                        es.calibrators(), es.folds(), es.seed(), es.bootstrap(), threads, es.framework());
            }
        } else {
            casesFile = cases;
            FoldScheme scheme = folds == 0 ? FoldScheme.leaveOneGroupOut()
                    : repeats > 1 ? FoldScheme.repeated(folds, repeats) : FoldScheme.stratified(folds);
            if (folds == 0 && groupColumn == null) {
                throw new InvalidOptionsException("--folds", 0, "leave-one-group-out needs --group-column");
            }
            es = new ExperimentSpec(calibrator, casesFile.getFileName().toString(), stageColumn, groupColumn, idColumn, 0,
                    List.of(new ExperimentSpec.CalibratorSpec(null, calibrator, options)), scheme, seed, bootstrap,
                    threads == null ? 1 : threads);
        }
        if (saveModel != null && (!calibrator.equals("logistic") || specFile != null)) {
            throw new InvalidOptionsException("--save-model", saveModel, "works with --cases and --calibrator logistic");
        }
        requireFile(casesFile);
        ProgressListener bar = ProgressBar.onStderr(spec, "experiment", common.json);
        StageFramework fw = null;
        if (framework != null) {
            fw = loadFramework(Path.of(framework), framework);
        } else if (es.framework() != null) {
            fw = ContentLibrary.builtIn().framework(es.framework()).orElse(null);
            if (fw == null) {
                fw = loadFramework(ExperimentSpec.resolveInFolder(specFile, "framework", es.framework()),
                        es.framework());
            }
        }
        // On a framework the stage column may hold its stage ids as well as numbers, and a saved model carries them.
        CaseDataset data = fw == null
                ? CasesCsv.read(casesFile, es.stageColumn(), es.groupColumn(), es.idColumn(), es.stages())
                : CasesCsv.read(casesFile, es.stageColumn(), es.groupColumn(), es.idColumn(),
                        fw.stages().stream().map(org.ltc.model.stage.Stage::id).toList());
        PluginRegistry<CaseLearner> learners = fw == null ? CaseLearners.builtIn()
                : CaseLearners.withCalibrators(Calibrators.discover(ExperimentCommand.class.getClassLoader()), fw);
        Experiment experiment = new Experiment(learners, bar, Cancellation.never(), clock);
        experiment.check(es);
        ExperimentResult result = experiment.run(es, data, casesFile.getFileName().toString());
        if (bar instanceof ProgressBar pb) {
            pb.finish();
        }
        if (out != null) {
            ExperimentResults.write(result, out);
        }
        if (saveModel != null) {
            LogisticOptions lo = LogisticOptions.fromProperties(options);
            (fw == null ? LogisticLearner.fitModel(data, lo, Cancellation.never())
                    : LogisticLearner.fitModel(data, fw, lo, Cancellation.never())).save(saveModel);
        }
        var o = spec.commandLine().getOut();
        if (common.json) {
            if (specFile != null) {
                JsonOut.printText(o, ExperimentResults.toJson(result));
            } else {
                ExperimentResult.CalibratorResult c = result.calibrators().get(0);
                Map<String, Object> json = new LinkedHashMap<>();
                c.metrics().forEach((k, v) -> json.put(k, v.estimate()));
                json.put("calibrator", c.calibrator());
                json.put("cases", data.size());
                json.put("folds", es.folds().kind().equals("group") ? "group" : es.folds().k() + "x" + es.folds().repeats());
                json.put("seed", es.seed());
                JsonOut.print(o, json);
            }
            return LtcCommand.OK;
        }
        o.println(String.format(Locale.ROOT, "%s: %d cases, %d features, %d stages; folds %s; seed %d; %d bootstrap resamples",
                result.name(), data.size(), data.featureNames().size(), data.stageCount(), describe(es.folds()), es.seed(),
                es.bootstrap()));
        for (ExperimentResult.CalibratorResult c : result.calibrators()) {
            o.println();
            o.println(c.name() + " (" + c.calibrator() + (c.options().isEmpty() ? "" : " " + c.options()) + ")");
            c.metrics().forEach((k, v) -> o.println(String.format(Locale.ROOT, "  %-9s %.3f  [%.3f, %.3f]", k, v.estimate(),
                    v.low(), v.high())));
        }
        for (ExperimentResult.Comparison cmp : result.comparisons()) {
            o.println(String.format(Locale.ROOT, "%n%s - %s: accuracy %+.3f [%+.3f, %+.3f]; McNemar p = %.3g (%d vs %d cases)",
                    cmp.a(), cmp.b(), cmp.accuracyDifference().estimate(), cmp.accuracyDifference().low(),
                    cmp.accuracyDifference().high(), cmp.mcNemarP(), cmp.onlyARight(), cmp.onlyBRight()));
        }
        if (out != null) {
            o.println();
            o.println("Wrote " + out.resolve("results.json") + " and " + out.resolve("results.csv"));
        }
        if (saveModel != null) {
            o.println("Saved the model fitted on all cases to " + saveModel + (fw == null
                    ? " (on stage numbers 1.." + data.stageCount() + "; give --framework to save the framework's "
                    + "stage ids with it)" : " (framework " + fw.id() + ")"));
        }
        return LtcCommand.OK;
    }

    private static StageFramework loadFramework(Path file, String name) {
        if (Files.exists(file)) {
            return LtcJson.defaults().read(file, StageFramework.class);
        }
        return ContentLibrary.builtIn().requireFramework(name);
    }

    private static String describe(FoldScheme f) {
        return switch (f.kind()) {
            case "group" -> "leave one group out";
            case "repeated" -> f.repeats() + " x " + f.k() + "-fold";
            default -> f.k() + "-fold stratified";
        };
    }

    private static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file.toString(), null, null, null, "is not a readable file");
        }
    }
}
