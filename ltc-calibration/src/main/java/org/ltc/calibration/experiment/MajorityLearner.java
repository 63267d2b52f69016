package org.ltc.calibration.experiment;

import java.util.Map;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.plugin.Cancellation;

/**
 * The {@code majority} baseline: ignores the features and predicts the training folds' stage frequencies
 * (add-one smoothed), so its accuracy is the share of the commonest stage. Any calibrator worth using
 * should beat it.
 */
public final class MajorityLearner implements CaseLearner {
    /** The learner; stateless. */
    public MajorityLearner() {
        // Nothing to configure: options arrive with each fit.
    }

    @Override
    public String id() {
        return "majority";
    }

    @Override
    public CaseModel fit(CaseDataset train, Map<String, String> options, long seed, Cancellation cancellation) {
        if (!options.isEmpty()) {
            throw new InvalidOptionsException("majority." + options.keySet().iterator().next(),
                    options.values().iterator().next(), "is not an option: the majority baseline takes none");
        }
        int k = train.stageCount();
        double[] p = new double[k];
        for (int i = 0; i < train.size(); i++) {
            p[train.stage(i) - 1]++;
        }
        for (int c = 0; c < k; c++) {
            p[c] = (p[c] + 1) / (train.size() + k);
        }
        return x -> p.clone();
    }
}
