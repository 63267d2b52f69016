package org.ltc.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Map;
import org.ltc.calibration.experiment.CaseDataset;
import org.ltc.calibration.experiment.Experiment;
import org.ltc.calibration.experiment.ExperimentSpec;
import org.ltc.calibration.experiment.FoldScheme;
import org.ltc.calibration.experiment.LogisticLearner;
import org.ltc.calibration.learn.LogisticModel;
import org.ltc.calibration.learn.LogisticOptions;
import org.ltc.calibration.synthetic.SyntheticCommunities;
import org.ltc.calibration.synthetic.SyntheticOptions;
import org.ltc.model.plugin.Cancellation;

/**
 * The work of {@link CrossValidationBenchmark} measured as the CPU time of the one thread that does it, a
 * figure that holds on a busy machine where wall-clock time does not; also the L-BFGS iterations of one fit.
 * Run: {@code java -cp CP org.ltc.examples.bench.CrossValidationCpuTime [cases] [model] [rounds]}.
 */
public final class CrossValidationCpuTime {
    private CrossValidationCpuTime() {
    }

    public static void main(String[] args) {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        String model = args.length > 1 ? args[1] : "multinomial";
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        CaseDataset data = SyntheticCommunities.generate(SyntheticOptions.builder().communities(cases).build(), 42).toCases();
        LogisticModel one = LogisticLearner.fitModel(data, LogisticOptions.fromProperties(Map.of("model", model)),
                Cancellation.never());
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Experiment e = Experiment.of(java.time.Clock.systemUTC());
        for (int r = 0; r < rounds; r++) {
            long cpu0 = mx.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            e.crossValidate(data, new ExperimentSpec.CalibratorSpec(null, "logistic", Map.of("model", model)),
                    FoldScheme.repeated(10, 10), 7, 1);
            double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
            double wall = (System.nanoTime() - wall0) / 1e9;
            // Printing is this tool's job: it is a benchmark runner in test scope, not library code.
            System.out.println(String.format(Locale.ROOT,
                    "round %d: 10x10-fold CV of logistic (%s), %d cases x %d features: cpu %.2f s, wall %.2f s "
                            + "(one fit on all cases: %d L-BFGS iterations)",
                    r + 1, model, cases, data.featureNames().size(), cpu, wall, one.iterations()));
        }
    }
}
