package org.ltc.calibration.learn;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;
import org.ltc.model.io.LtcJson;
import org.ltc.model.io.TextFiles;
import org.ltc.model.stage.Stage;
import org.ltc.model.stage.StageFramework;
import org.ltc.model.io.InputFiles;

/**
 * A fitted logistic calibrator: enough to score new cases and to explain the scores. Saved as JSON in the
 * SDK's envelope with kind {@value #KIND} ({@link #toJson()}, {@link #fromJson(String, String)}).
 *
 * @param model         multinomial or ordinal
 * @param stageIds      the stages, in order (K)
 * @param featureNames  the features, in order (p)
 * @param means         the training mean of each feature (0 when not standardised)
 * @param scales        the training standard deviation of each feature (1 when not standardised)
 * @param weights       multinomial: K rows of p weights; ordinal: one row of p weights (on standardised features)
 * @param intercepts    multinomial: K intercepts; ordinal: the K-1 ascending thresholds
 * @param options       the options it was fitted with
 * @param trainingCases how many cases it was fitted on
 * @param iterations    L-BFGS iterations taken
 * @param loss          the final value of the objective (mean penalised negative log-likelihood)
 * @param converged     whether the optimiser met its tolerance before the iteration limit
 * @param frameworkId   the stage framework whose stage ids {@code stageIds} are, or {@code null} when the model
 *                      was fitted on stage numbers alone (then {@code stageIds} are "1".."K" and any framework of
 *                      K stages is read by stage number)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LogisticModel(LogisticOptions.Model model, List<String> stageIds, List<String> featureNames,
                            List<Double> means, List<Double> scales, List<List<Double>> weights,
                            List<Double> intercepts, LogisticOptions options, int trainingCases, int iterations,
                            double loss, boolean converged, String frameworkId) {
    /** The envelope kind of a saved model. */
    public static final String KIND = "logistic-model";

    public LogisticModel {
        Checks.notNull("model", model);
        stageIds = Checks.strings("stageIds", stageIds);
        featureNames = Checks.strings("featureNames", featureNames);
        int k = stageIds.size();
        int p = featureNames.size();
        if (k < 2) {
            throw InvalidInputException.field("stageIds", k, "must name at least two stages");
        }
        means = finiteList("means", means, p);
        scales = finiteList("scales", scales, p);
        for (int j = 0; j < p; j++) {
            if (!(scales.get(j) > 0)) {
                throw InvalidInputException.field("scales[" + j + "]", scales.get(j), "must be above 0");
            }
        }
        weights = Checks.list("weights", weights);
        int rows = model == LogisticOptions.Model.MULTINOMIAL ? k : 1;
        if (weights.size() != rows) {
            throw InvalidInputException.field("weights", weights.size(), "must hold " + rows + " rows for a " + model + " model");
        }
        weights = weights.stream().map(w -> finiteList("weights[]", w, p)).toList();
        intercepts = finiteList("intercepts", intercepts, model == LogisticOptions.Model.MULTINOMIAL ? k : k - 1);
        if (model == LogisticOptions.Model.ORDINAL) {
            for (int j = 1; j < intercepts.size(); j++) {
                if (intercepts.get(j) < intercepts.get(j - 1)) {
                    throw InvalidInputException.field("intercepts[" + j + "]", intercepts.get(j),
                            "ordinal thresholds must ascend");
                }
            }
        }
        Checks.notNull("options", options);
        Checks.nonNegative("trainingCases", trainingCases);
        Checks.nonNegative("iterations", iterations);
        frameworkId = Checks.optional(frameworkId);
    }

    /** A model fitted on stage numbers, known to no framework (as models saved before frameworks were kept). */
    public LogisticModel(LogisticOptions.Model model, List<String> stageIds, List<String> featureNames,
                         List<Double> means, List<Double> scales, List<List<Double>> weights,
                         List<Double> intercepts, LogisticOptions options, int trainingCases, int iterations,
                         double loss, boolean converged) {
        this(model, stageIds, featureNames, means, scales, weights, intercepts, options, trainingCases, iterations,
                loss, converged, null);
    }

    /**
     * The same parameters labelled with a framework's stages: stage number i becomes the framework's i-th stage
     * id, so the saved model says which framework it calibrates.
     */
    public LogisticModel forFramework(StageFramework framework) {
        Checks.notNull("framework", framework);
        List<String> ids = framework.stages().stream().map(Stage::id).toList();
        if (ids.size() != stageIds.size()) {
            throw InvalidInputException.field("framework", framework.id(), "has " + ids.size()
                    + " stages; the model has " + stageIds.size());
        }
        return new LogisticModel(model, ids, featureNames, means, scales, weights, intercepts, options, trainingCases,
                iterations, loss, converged, framework.id());
    }

    /** Whether the stage ids are the stage numbers "1".."K" (a model fitted without a framework). */
    public boolean byStageNumber() {
        for (int i = 0; i < stageIds.size(); i++) {
            if (!stageIds.get(i).equals(Integer.toString(i + 1))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks that this model can calibrate on {@code framework}: the same framework (by id, when the model knows
     * it) with the same stages, or, for a model fitted on stage numbers, a framework with as many stages.
     *
     * @throws InvalidInputException naming both frameworks and their stages when they differ
     */
    public void requireFramework(StageFramework framework) {
        List<String> ids = framework.stages().stream().map(Stage::id).toList();
        if (frameworkId == null && byStageNumber()) {
            if (ids.size() != stageIds.size()) {
                throw new InvalidInputException(null, "/framework", "stages", ids.toString(), "framework "
                        + framework.id() + " has " + ids.size() + " stages; the model was fitted on stage numbers 1.."
                        + stageIds.size());
            }
            return;
        }
        boolean sameId = frameworkId == null || frameworkId.equals(framework.id());
        if (!sameId || !ids.equals(stageIds)) {
            throw new InvalidInputException(null, "/framework", "framework", framework.id(), "is not the framework "
                    + "the model was fitted on: the model calibrates framework "
                    + (frameworkId == null ? "(unnamed)" : frameworkId) + " with stages " + stageIds
                    + "; framework " + framework.id() + " has stages " + ids
                    + ". Give the model's framework (e.g. --framework FILE, the file it was fitted with)");
        }
    }

    private static List<Double> finiteList(String field, List<Double> values, int size) {
        List<Double> copy = Checks.list(field, values);
        if (copy.size() != size) {
            throw InvalidInputException.field(field, copy.size(), "must hold " + size + " values");
        }
        for (int i = 0; i < copy.size(); i++) {
            Checks.finite(field + "[" + i + "]", copy.get(i));
        }
        return copy;
    }

    /** The probability of each stage for one case's features (in {@link #featureNames()} order). */
    public double[] probabilities(double[] features) {
        return predictor().probabilities(features);
    }

    /** A fast scorer holding the parameters in arrays; immutable and thread-safe. */
    public Predictor predictor() {
        return new Predictor(this);
    }

    /** Scores cases with a fitted model's parameters held in arrays. Immutable and thread-safe. */
    public static final class Predictor {
        private final boolean ordinal;
        private final int k;
        private final int p;
        private final double[] means;
        private final double[] scales;
        private final double[][] w;
        private final double[] b;

        private Predictor(LogisticModel m) {
            ordinal = m.model == LogisticOptions.Model.ORDINAL;
            k = m.stageIds.size();
            p = m.featureNames.size();
            means = m.means.stream().mapToDouble(Double::doubleValue).toArray();
            scales = m.scales.stream().mapToDouble(Double::doubleValue).toArray();
            w = m.weights.stream().map(r -> r.stream().mapToDouble(Double::doubleValue).toArray()).toArray(double[][]::new);
            b = m.intercepts.stream().mapToDouble(Double::doubleValue).toArray();
        }

        public double[] probabilities(double[] x) {
            if (x.length != p) {
                throw InvalidInputException.field("features", x.length, "must hold " + p + " values");
            }
            double[] out = new double[k];
            if (ordinal) {
                double eta = 0;
                for (int j = 0; j < p; j++) {
                    eta += w[0][j] * (x[j] - means[j]) / scales[j];
                }
                for (int c = 0; c < k; c++) {
                    double u = c < k - 1 ? b[c] - eta : Double.POSITIVE_INFINITY;
                    double l = c > 0 ? b[c - 1] - eta : Double.NEGATIVE_INFINITY;
                    out[c] = interval(l, u);
                }
            } else {
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    double e = b[c];
                    for (int j = 0; j < p; j++) {
                        e += w[c][j] * (x[j] - means[j]) / scales[j];
                    }
                    out[c] = e;
                    max = Math.max(max, e);
                }
                for (int c = 0; c < k; c++) {
                    out[c] = Math.exp(out[c] - max);
                }
            }
            double sum = 0;
            for (double v : out) {
                sum += v;
            }
            for (int c = 0; c < k; c++) {
                out[c] /= sum;
            }
            return out;
        }
    }

    static double sigmoid(double t) {
        if (t >= 0) {
            return 1 / (1 + Math.exp(-t));
        }
        double e = Math.exp(t);
        return e / (1 + e);
    }

    /** sigmoid'(t), 0 at the infinities. */
    static double sigmoidSlope(double t) {
        if (Double.isInfinite(t)) {
            return 0;
        }
        double s = sigmoid(t);
        return s * (1 - s);
    }

    /** sigmoid(u) - sigmoid(l) for l &lt; u, computed on the side where it loses no precision. */
    static double interval(double l, double u) {
        if (l > 0) {
            return sigmoid(-l) - sigmoid(-u);
        }
        return sigmoid(u) - sigmoid(l);
    }

    // ---------------------------------------------------------------- JSON

    /** The model as pretty-printed JSON in the SDK's envelope, ending with a newline. */
    public String toJson() {
        return LtcJson.defaults().writeEnvelope(KIND, this);
    }

    /** Reads a model written by {@link #toJson()}; {@code source} names the text in errors. */
    public static LogisticModel fromJson(String text, String source) {
        return LtcJson.defaults().readEnvelope(text, source, KIND, LogisticModel.class);
    }

    /** Writes the model as JSON, atomically. */
    public void save(Path file) {
        TextFiles.writeAtomically(file, toJson());
    }

    /** Reads a model saved with {@link #save(Path)}. */
    public static LogisticModel load(Path file) {
        return fromJson(InputFiles.readString(file), file.toString());
    }
}
