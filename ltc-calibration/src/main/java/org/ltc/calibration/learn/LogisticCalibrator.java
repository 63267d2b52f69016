package org.ltc.calibration.learn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ltc.calibration.CalibrationInput;
import org.ltc.calibration.CalibrationInputs;
import org.ltc.calibration.Calibrator;
import org.ltc.model.InvalidInputException;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.plugin.Cancellation;
import org.ltc.model.plugin.Options;
import org.ltc.model.provenance.Hashing;
import org.ltc.model.provenance.Provenance;
import org.ltc.model.stage.Reason;
import org.ltc.model.stage.Stage;
import org.ltc.model.stage.StageAssessment;
import org.ltc.model.stage.StageProbability;

/**
 * The {@code logistic} calibrator: a trained multinomial or ordinal logistic regression
 * ({@link LogisticRegression}) over {@link CalibrationFeatures}. Its reasons are the features that moved the
 * most likely stage most (weight = the feature's log-odds contribution).
 *
 * <p>A calibrator found by {@code ServiceLoader} has no model yet: give it one with the option
 * {@code ltc.calibration.logistic.modelFile=PATH} (a file written by {@link LogisticModel#save(Path)}), or
 * build one with {@link #LogisticCalibrator(LogisticModel)} or {@link #train}. A feature the model needs but
 * the input lacks is set to its training mean (a neutral value) and named in a reason.
 *
 * <p>Immutable and thread-safe.
 */
public final class LogisticCalibrator implements Calibrator {
    /** The calibrator's id. */
    public static final String ID = "logistic";
    /** The option naming a saved model file. */
    public static final String MODEL_FILE = LogisticOptions.PREFIX + "modelFile";

    private final LogisticModel model;
    private final String modelSha256;

    /** The untrained calibrator ServiceLoader makes: it reads its model from {@link #MODEL_FILE}. */
    public LogisticCalibrator() {
        this.model = null;
        this.modelSha256 = null;
    }

    public LogisticCalibrator(LogisticModel model) {
        this.model = java.util.Objects.requireNonNull(model, "model");
        this.modelSha256 = Hashing.sha256(model.toJson());
    }

    @Override
    public String id() {
        return ID;
    }

    /** The trained model, if this instance has one. */
    public java.util.Optional<LogisticModel> model() {
        return java.util.Optional.ofNullable(model);
    }

    /**
     * Trains on labelled inputs: the features are every feature some input supplies (sorted by name), a
     * missing value taking the feature's mean over the inputs that have it.
     *
     * @param inputs   the cases, all with the same framework
     * @param stageIds each case's expert stage id
     */
    public static LogisticCalibrator train(List<CalibrationInput> inputs, List<String> stageIds, LogisticOptions options) {
        if (inputs.isEmpty() || inputs.size() != stageIds.size()) {
            throw InvalidInputException.field("stageIds", stageIds.size(), "must hold one stage per input (" + inputs.size() + ")");
        }
        var framework = inputs.get(0).framework();
        TreeSet<String> names = new TreeSet<>();
        for (CalibrationInput in : inputs) {
            if (!in.framework().id().equals(framework.id())) {
                throw InvalidInputException.field("framework", in.framework().id(), "every input must use " + framework.id());
            }
            names.addAll(CalibrationFeatures.extract(in).keySet());
        }
        List<String> featureNames = List.copyOf(names);
        double[][] x = CalibrationFeatures.matrix(inputs, featureNames);
        for (int j = 0; j < featureNames.size(); j++) {
            double sum = 0;
            int n = 0;
            for (double[] row : x) {
                if (!Double.isNaN(row[j])) {
                    sum += row[j];
                    n++;
                }
            }
            double mean = sum / n;
            for (double[] row : x) {
                if (Double.isNaN(row[j])) {
                    row[j] = mean;
                }
            }
        }
        int[] y = new int[inputs.size()];
        for (int i = 0; i < y.length; i++) {
            final int at = i;
            y[i] = framework.stage(stageIds.get(i)).map(Stage::number).orElseThrow(() -> InvalidInputException.field(
                    "stageIds[" + at + "]", stageIds.get(at), "names no stage of " + framework.id()));
        }
        List<String> stages = framework.stages().stream().map(Stage::id).toList();
        return new LogisticCalibrator(LogisticRegression.fit(x, y, stages, featureNames, options, Cancellation.never())
                .forFramework(framework));
    }

    @Override
    public StageAssessment assess(CalibrationInput input) {
        input.cancellation().check("logistic calibration");
        Map<String, String> mine = Options.under(LogisticOptions.PREFIX, input.options(), Set.of("modelFile"));
        LogisticModel m = model != null ? model : loadFromOptions(mine);
        m.requireFramework(input.framework());
        // A model fitted on stage numbers reports the framework's own stage ids, stage i for number i.
        List<String> stageIds = input.framework().stages().stream().map(Stage::id).toList();
        Map<String, Double> extracted = CalibrationFeatures.extract(input);
        int p = m.featureNames().size();
        double[] x = new double[p];
        List<String> imputed = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            String name = m.featureNames().get(j);
            Double v = extracted.get(name);
            if (v == null) {
                imputed.add(name);
                x[j] = m.means().get(j);
            } else {
                x[j] = v;
            }
        }
        if (imputed.size() == p) {
            throw new InvalidInputException(null, null, "features", null,
                    "the input supplies none of the model's features " + m.featureNames()
                            + ": give ratings, public-capital ratings or indicators");
        }
        double[] probs = m.probabilities(x);
        List<StageProbability> dist = new ArrayList<>();
        int best = 0;
        for (int c = 0; c < probs.length; c++) {
            dist.add(new StageProbability(stageIds.get(c), probs[c]));
            if (probs[c] > probs[best]) {
                best = c;
            }
        }
        String bestId = stageIds.get(best);
        List<Reason> reasons = reasons(m, x, best, input);
        if (!imputed.isEmpty()) {
            reasons.add(new Reason("Not in the input, so set to the training mean: " + String.join(", ", imputed), null, 0,
                    List.of()));
        }
        Map<String, String> provOptions = new TreeMap<>();
        m.options().toProperties().forEach((k, v) -> provOptions.put(LogisticOptions.PREFIX + k, v));
        provOptions.put(LogisticOptions.PREFIX + "modelSha256", model != null ? modelSha256 : Hashing.sha256(m.toJson()));
        Provenance prov = CalibrationInputs.provenance(this, input, provOptions);
        return new StageAssessment(input.framework().id(), dist, bestId, probs[best], reasons, null, prov);
    }

    /** The five features that moved the most likely stage most, largest first, citing the input they came from. */
    private static List<Reason> reasons(LogisticModel m, double[] x, int best, CalibrationInput input) {
        record Contribution(int feature, double value) {
        }
        boolean ordinal = m.model() == LogisticOptions.Model.ORDINAL;
        List<Double> w = m.weights().get(ordinal ? 0 : best);
        List<Contribution> cs = new ArrayList<>();
        for (int j = 0; j < x.length; j++) {
            double z = (x[j] - m.means().get(j)) / m.scales().get(j);
            cs.add(new Contribution(j, w.get(j) * z));
        }
        cs.sort(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.value())).thenComparingInt(Contribution::feature));
        String stageName = input.framework().stage(best + 1).name();
        List<Reason> out = new ArrayList<>();
        for (Contribution c : cs.subList(0, Math.min(5, cs.size()))) {
            if (c.value() == 0) {
                break;
            }
            String name = m.featureNames().get(c.feature());
            String direction = ordinal ? (c.value() > 0 ? "points to a later stage" : "points to an earlier stage")
                    : (c.value() > 0 ? "raises the odds of " + stageName : "lowers the odds of " + stageName);
            String text = String.format(java.util.Locale.ROOT, "%s = %.3g (training mean %.3g) %s", name, x[c.feature()],
                    m.means().get(c.feature()), direction);
            out.add(new Reason(text, ordinal ? null : input.framework().stages().get(best).id(), c.value(), evidence(name, input)));
        }
        return out;
    }

    /** The input ids behind a feature: the dimension or factor and each rating of it, or the indicator. */
    private static List<String> evidence(String feature, CalibrationInput input) {
        List<String> ids = new ArrayList<>();
        if (feature.startsWith(CalibrationFeatures.RATING)) {
            String dim = feature.substring(CalibrationFeatures.RATING.length());
            ids.add(dim);
            for (int i = 0; i < input.ratings().size(); i++) {
                if (input.ratings().get(i).dimensionId().equals(dim)) {
                    ids.add(CalibrationInputs.ratingRef(i));
                }
            }
        } else if (feature.startsWith(CalibrationFeatures.CAPITAL)) {
            String factor = feature.substring(CalibrationFeatures.CAPITAL.length());
            ids.add(factor);
            for (int i = 0; i < input.publicCapital().size(); i++) {
                if (input.publicCapital().get(i).factorId().equals(factor)) {
                    ids.add(CalibrationInputs.publicCapitalRef(i));
                }
            }
        } else {
            ids.add(feature);
        }
        return ids;
    }

    private static LogisticModel loadFromOptions(Map<String, String> options) {
        String file = options.get("modelFile");
        if (file == null || file.isBlank()) {
            throw new InvalidOptionsException(MODEL_FILE, null,
                    "is required: the logistic calibrator needs a trained model (train one with ltc experiment or LogisticCalibrator.train)");
        }
        return LogisticModel.load(Path.of(file));
    }
}
