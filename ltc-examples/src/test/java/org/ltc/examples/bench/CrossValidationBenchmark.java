package org.ltc.examples.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ltc.calibration.experiment.CaseDataset;
import org.ltc.calibration.experiment.Experiment;
import org.ltc.calibration.experiment.ExperimentSpec;
import org.ltc.calibration.experiment.FoldScheme;
import org.ltc.calibration.synthetic.SyntheticCommunities;
import org.ltc.calibration.synthetic.SyntheticOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 10 x 10-fold cross-validation of the {@code logistic} calibrator on 10,000 synthetic cases x 20 features
 * (6 dimension ratings, 9 public-capital factors, 5 signal counts; 5 stages): 100 fits on 9,000 cases and
 * 100,000 scored cases per operation. {@code threads} runs folds in parallel with identical results.
 *
 * <p>Run: {@code bash ltc-examples/bench/cross-validation.sh} (see the README, "Experiments and rater agreement").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
public class CrossValidationBenchmark {
    @Param("10000")
    int cases;

    @Param({"multinomial", "ordinal"})
    String model;

    @Param({"1", "2"})
    int threads;

    private CaseDataset data;
    private Experiment experiment;

    @Setup(Level.Trial)
    public void generate() {
        data = SyntheticCommunities.generate(SyntheticOptions.builder().communities(cases).build(), 42).toCases();
        if (data.featureNames().size() != 20) {
            throw new IllegalStateException("expected 20 features, got " + data.featureNames().size());
        }
        experiment = Experiment.of(java.time.Clock.systemUTC());
    }

    @Benchmark
    public double[][][] repeatedTenFold() {
        return experiment.crossValidate(data, new ExperimentSpec.CalibratorSpec(null, "logistic", Map.of("model", model)),
                FoldScheme.repeated(10, 10), 7, threads);
    }
}
