package org.ltc.calibration.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ltc.calibration.CalibrationInput;
import org.ltc.calibration.Calibrator;
import org.ltc.calibration.learn.CalibrationFeatures;
import org.ltc.model.InvalidInputException;
import org.ltc.model.plugin.Cancellation;
import org.ltc.model.stage.IndicatorRating;
import org.ltc.model.stage.PublicCapitalLevel;
import org.ltc.model.stage.PublicCapitalRating;
import org.ltc.model.stage.RatingScale;
import org.ltc.model.stage.StageFramework;
import org.ltc.model.stage.StageProbability;

/**
 * Any {@link Calibrator} (such as {@code rubric}) in the harness: a fixed rule that learns nothing from the
 * training folds. Each case's features become a {@link CalibrationInput} on the given framework by the
 * naming convention of {@link CalibrationFeatures}, read backwards: {@code rating.<dimension>} is one
 * consensus rating (clamped to the scale), {@code capital.<factor>} a public-capital level (0-2, rounded),
 * any other feature an indicator. The spec's options become {@code ltc.calibration.<id>.<name>} properties.
 *
 * <p>Immutable and thread-safe when the calibrator is.
 */
public final class CalibratorLearner implements CaseLearner {
    private final Calibrator calibrator;
    private final StageFramework framework;

    public CalibratorLearner(Calibrator calibrator, StageFramework framework) {
        this.calibrator = java.util.Objects.requireNonNull(calibrator, "calibrator");
        this.framework = java.util.Objects.requireNonNull(framework, "framework");
    }

    @Override
    public String id() {
        return calibrator.id();
    }

    @Override
    public String version() {
        return calibrator.version();
    }

    @Override
    public CaseModel fit(CaseDataset train, Map<String, String> options, long seed, Cancellation cancellation) {
        if (train.stageCount() != framework.stages().size()) {
            throw new InvalidInputException(null, null, "stages", String.valueOf(train.stageCount()),
                    "the cases have " + train.stageCount() + " stages but framework " + framework.id() + " has "
                            + framework.stages().size());
        }
        List<String> names = train.featureNames();
        Map<String, String> props = new TreeMap<>();
        options.forEach((k, v) -> props.put(k.startsWith("ltc.") ? k : "ltc.calibration." + calibrator.id() + "." + k, v));
        return x -> {
            CalibrationInput input = input(names, x, props, seed, cancellation);
            List<StageProbability> dist = calibrator.assess(input).distribution();
            double[] p = new double[dist.size()];
            for (int c = 0; c < p.length; c++) {
                p[c] = dist.get(c).probability();
            }
            return p;
        };
    }

    private CalibrationInput input(List<String> names, double[] x, Map<String, String> props, long seed,
                                   Cancellation cancellation) {
        Map<String, Double> features = new java.util.LinkedHashMap<>();
        for (int j = 0; j < names.size(); j++) {
            features.put(names.get(j), x[j]);
        }
        return caseInput(framework, features, props, seed, cancellation);
    }

    /**
     * One case's named features as a calibration input on {@code framework}, by the naming convention of
     * {@link CalibrationFeatures} read backwards (see the class comment); used by the harness and to calibrate
     * new cases with a saved model. The clock is fixed, so the same case gives the same document.
     */
    public static CalibrationInput caseInput(StageFramework framework, Map<String, Double> features,
                                             Map<String, String> props, long seed, Cancellation cancellation) {
        List<String> names = List.copyOf(features.keySet());
        double[] x = new double[names.size()];
        for (int j = 0; j < x.length; j++) {
            x[j] = features.get(names.get(j));
        }
        RatingScale scale = framework.scale();
        List<IndicatorRating> ratings = new ArrayList<>();
        List<PublicCapitalRating> capital = new ArrayList<>();
        Map<String, Double> indicators = new TreeMap<>();
        for (int j = 0; j < names.size(); j++) {
            String name = names.get(j);
            if (name.startsWith(CalibrationFeatures.RATING)
                    && framework.dimension(name.substring(CalibrationFeatures.RATING.length())).isPresent()) {
                double score = Math.max(scale.min(), Math.min(scale.max(), x[j]));
                ratings.add(new IndicatorRating(name.substring(CalibrationFeatures.RATING.length()), score, "consensus",
                        null, List.of()));
            } else if (name.startsWith(CalibrationFeatures.CAPITAL)) {
                long level = Math.max(0, Math.min(2, Math.round(x[j])));
                PublicCapitalLevel l = level == 0 ? PublicCapitalLevel.LACKING
                        : level == 1 ? PublicCapitalLevel.IN_POCKETS : PublicCapitalLevel.ABUNDANT;
                capital.add(new PublicCapitalRating(name.substring(CalibrationFeatures.CAPITAL.length()), l, "consensus",
                        List.of()));
            } else {
                indicators.put(name, x[j]);
            }
        }
        return new CalibrationInput(framework, ratings, capital, null, null, indicators, props, seed, null, cancellation,
                java.time.Clock.fixed(java.time.Instant.EPOCH, java.time.ZoneOffset.UTC));
    }
}
