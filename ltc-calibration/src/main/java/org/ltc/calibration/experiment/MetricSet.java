package org.ltc.calibration.experiment;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ltc.model.Checks;

/**
 * How well predicted stage distributions match expert stages.
 *
 * @param accuracy  share of cases whose most likely stage is the expert's
 * @param macroF1   the mean over stages of F1 (stages neither true nor predicted are left out)
 * @param qwk       quadratically weighted kappa between predicted and expert stages (0 when undefined)
 * @param mae       mean absolute difference between predicted and expert stage numbers
 * @param logLoss   mean negative log-probability of the expert stage (probabilities clipped to [1e-15, 1])
 * @param brier     mean over cases of the summed squared error of the distribution against the one-hot truth
 * @param confusion counts: row = expert stage, column = predicted stage
 */
public record MetricSet(double accuracy, double macroF1, double qwk, double mae, double logLoss, double brier,
                        List<List<Integer>> confusion) {
    /** The metric names, in report order. */
    public static final List<String> NAMES = List.of("accuracy", "macroF1", "qwk", "mae", "logLoss", "brier");

    public MetricSet {
        confusion = Checks.list("confusion", confusion).stream().map(List::copyOf).toList();
    }

    /** One metric by name. */
    public double get(String name) {
        return switch (name) {
            case "accuracy" -> accuracy;
            case "macroF1" -> macroF1;
            case "qwk" -> qwk;
            case "mae" -> mae;
            case "logLoss" -> logLoss;
            case "brier" -> brier;
            default -> throw new IllegalArgumentException("no metric " + name);
        };
    }

    /** The scalar metrics by name, in report order. */
    public Map<String, Double> values() {
        Map<String, Double> m = new java.util.LinkedHashMap<>();
        NAMES.forEach(n -> m.put(n, get(n)));
        return m;
    }

    static Map<String, Double> sorted(Map<String, Double> m) {
        return new TreeMap<>(m);
    }
}
