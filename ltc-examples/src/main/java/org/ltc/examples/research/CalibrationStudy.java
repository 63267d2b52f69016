package org.ltc.examples.research;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.ltc.calibration.experiment.CaseDataset;
import org.ltc.calibration.experiment.CasesCsv;
import org.ltc.calibration.experiment.Experiment;
import org.ltc.calibration.experiment.ExperimentResult;
import org.ltc.calibration.experiment.ExperimentResults;
import org.ltc.calibration.experiment.ExperimentSpec;
import org.ltc.calibration.synthetic.SyntheticCommunities;
import org.ltc.calibration.synthetic.SyntheticDataset;
import org.ltc.calibration.synthetic.SyntheticOptions;
import org.ltc.model.LtcException;
import org.ltc.model.io.TextFiles;

/**
 * A researcher's study, end to end: simulate communities whose true stages are known, write them as a cases
 * CSV, run the experiment the spec file describes (calibrators, folds, seed, bootstrap), and write the results
 * as JSON and CSV with provenance. The same spec and seed give the same results files.
 *
 * <p>Run it with {@code java -cp ltc-examples/target/ltc.jar org.ltc.examples.research.CalibrationStudy DIR}.
 */
public final class CalibrationStudy {
    private CalibrationStudy() {
    }

    /** The results and where they were written. */
    public record Outcome(ExperimentResult result, double bayesRate, Path results) {
    }

    /**
     * Simulates {@code communities} communities into {@code dir}, copies the bundled spec there and runs it.
     */
    public static Outcome run(Path dir, int communities, long seed, Clock clock) {
        SyntheticOptions options = SyntheticOptions.builder().communities(communities).build();
        SyntheticDataset data = SyntheticCommunities.generate(options, seed);
        data.write(dir);
        Path specFile = dir.resolve("study.json");
        TextFiles.writeAtomically(specFile, bundledSpec());
        ExperimentSpec spec = ExperimentSpec.read(specFile);
        CaseDataset cases = CasesCsv.read(dir.resolve(spec.cases()), spec.stageColumn(), spec.groupColumn(),
                spec.idColumn(), spec.stages());
        ExperimentResult result = Experiment.of(clock).run(spec, cases, specFile.getFileName().toString());
        Path out = dir.resolve("results");
        ExperimentResults.write(result, out);
        double bayes = SyntheticCommunities.bayesRate(options, 20_000, seed).rate();
        return new Outcome(result, bayes, out);
    }

    static String bundledSpec() {
        try (InputStream in = CalibrationStudy.class.getResourceAsStream("/org/ltc/examples/research/study.json")) {
            if (in == null) {
                throw new LtcException("the bundled study.json is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "study"));
        Outcome o = run(dir, 1000, 7L, Clock.systemUTC());
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        out.printf("Bayes rate of the generating model: %.3f%n", o.bayesRate());
        o.result().calibrators().forEach(c -> out.printf("%-12s accuracy %.3f%n", c.name(),
                c.metrics().get("accuracy").estimate()));
        out.println("results in " + o.results());
    }
}
