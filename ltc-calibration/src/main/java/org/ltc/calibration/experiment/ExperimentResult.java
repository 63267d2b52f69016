package org.ltc.calibration.experiment;

import java.util.List;
import java.util.Map;
import org.ltc.model.Checks;
import org.ltc.model.provenance.Provenance;

/**
 * What an experiment found: for each calibrator, its metrics with bootstrap confidence intervals and its
 * confusion matrix; for each pair, a paired comparison; and the provenance to run it again.
 *
 * @param name        the spec's name
 * @param dataset     what was evaluated
 * @param folds       the cross-validation scheme
 * @param seed        the seed
 * @param bootstrap   the number of bootstrap resamples
 * @param calibrators one result per calibrator, in spec order
 * @param comparisons one comparison per pair of calibrators, in spec order
 * @param provenance  how the results were made (options hold the spec's settings)
 */
public record ExperimentResult(String name, DatasetSummary dataset, FoldScheme folds, long seed, int bootstrap,
                               List<CalibratorResult> calibrators, List<Comparison> comparisons, Provenance provenance) {
    public ExperimentResult {
        Checks.notBlank("name", name);
        Checks.notNull("dataset", dataset);
        Checks.notNull("folds", folds);
        calibrators = Checks.list("calibrators", calibrators);
        comparisons = Checks.list("comparisons", comparisons);
        Checks.notNull("provenance", provenance);
    }

    /** The result of the calibrator with this name. */
    public CalibratorResult calibrator(String calibratorName) {
        return calibrators.stream().filter(c -> c.name().equals(calibratorName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no calibrator " + calibratorName));
    }

    /**
     * The cases evaluated.
     *
     * @param source   where they came from (a file name), or {@code null}
     * @param cases    how many
     * @param features the feature names
     * @param stages   the stage ids
     * @param groups   how many distinct groups
     * @param sha256   SHA-256 of the cases in canonical CSV form
     */
    public record DatasetSummary(String source, int cases, List<String> features, List<String> stages, int groups,
                                 String sha256) {
        public DatasetSummary {
            features = Checks.strings("features", features);
            stages = Checks.strings("stages", stages);
        }
    }

    /**
     * A metric's estimate: the mean over repetitions of the metric on the out-of-fold predictions, with a
     * percentile bootstrap interval (equal to the estimate when no resamples were asked for).
     *
     * @param estimate the point estimate
     * @param low      2.5th percentile of the bootstrap distribution
     * @param high     97.5th percentile
     */
    public record Estimate(double estimate, double low, double high) {
    }

    /**
     * One calibrator's cross-validated performance.
     *
     * @param name       its name in the spec
     * @param calibrator its id
     * @param options    the options it ran with
     * @param metrics    each metric by name (accuracy, macroF1, qwk, mae, logLoss, brier)
     * @param confusion  expert (rows) by predicted (columns) stage counts, summed over repetitions
     */
    public record CalibratorResult(String name, String calibrator, Map<String, String> options,
                                   Map<String, Estimate> metrics, List<List<Integer>> confusion) {
        public CalibratorResult {
            options = Checks.sortedMap("options", options);
            metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
            confusion = Checks.list("confusion", confusion).stream().map(List::copyOf).toList();
        }

        public double get(String metric) {
            Estimate e = metrics.get(metric);
            if (e == null) {
                throw new IllegalArgumentException("no metric " + metric + "; known: " + metrics.keySet());
            }
            return e.estimate();
        }
    }

    /**
     * A paired comparison of calibrators a and b on the same cases.
     *
     * @param a                  the first calibrator's name
     * @param b                  the second's
     * @param onlyARight         cases (of the first repetition) a placed right and b wrong
     * @param onlyBRight         cases b placed right and a wrong
     * @param mcNemarP           McNemar's exact two-sided p-value on those counts
     * @param accuracyDifference accuracy of a minus accuracy of b, with a paired bootstrap interval
     */
    public record Comparison(String a, String b, int onlyARight, int onlyBRight, double mcNemarP,
                             Estimate accuracyDifference) {
    }
}
