package org.ltc.calibration.experiment;

import java.util.Map;
import org.ltc.calibration.learn.LogisticCalibrator;
import org.ltc.calibration.learn.LogisticModel;
import org.ltc.calibration.learn.LogisticOptions;
import org.ltc.calibration.learn.LogisticRegression;
import org.ltc.model.plugin.Cancellation;

/** The {@code logistic} calibrator in the harness: fits {@link LogisticRegression} on each training fold. */
public final class LogisticLearner implements CaseLearner {
    /** The learner; stateless. */
    public LogisticLearner() {
        // Nothing to configure: options arrive with each fit.
    }

    @Override
    public String id() {
        return LogisticCalibrator.ID;
    }

    @Override
    public CaseModel fit(CaseDataset train, Map<String, String> options, long seed, Cancellation cancellation) {
        return fitModel(train, LogisticOptions.fromProperties(options), cancellation).predictor()::probabilities;
    }

    /**
     * The fitted model labelled with {@code framework}'s stage ids, so that a saved model calibrates inputs on
     * that framework (and says so when given another).
     */
    public static LogisticModel fitModel(CaseDataset train, org.ltc.model.stage.StageFramework framework,
                                         LogisticOptions options, Cancellation cancellation) {
        return fitModel(train, options, cancellation).forFramework(framework);
    }

    /** The fitted model itself, e.g. to save it after an experiment; its stage ids are the dataset's. */
    public static LogisticModel fitModel(CaseDataset train, LogisticOptions options, Cancellation cancellation) {
        int[] all = new int[train.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return LogisticRegression.fit(train.featureRows(all), train.stages(), train.stageIds(), train.featureNames(),
                options, cancellation);
    }
}
