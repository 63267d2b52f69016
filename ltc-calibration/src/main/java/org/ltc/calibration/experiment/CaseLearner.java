package org.ltc.calibration.experiment;

import java.util.Map;
import org.ltc.model.plugin.Cancellation;
import org.ltc.model.plugin.Plugin;

/**
 * A way of placing cases in stages that the harness can cross-validate: it learns from the training folds
 * (or ignores them, for a fixed rule) and scores the held-out cases from their features. The harness's
 * id for a calibrator, e.g. {@code logistic} (see {@link CaseLearners}).
 *
 * <p>Implementations are immutable and thread-safe; {@link #fit} is deterministic for its arguments.
 */
public interface CaseLearner extends Plugin {
    /**
     * Learns from cases.
     *
     * @param train   the training cases
     * @param options the calibrator's options from the spec (bare names, e.g. {@code l2})
     * @param seed    a seed for any randomness
     */
    CaseModel fit(CaseDataset train, Map<String, String> options, long seed, Cancellation cancellation);

    /** A fitted learner: scores cases. Immutable and thread-safe. */
    @FunctionalInterface
    interface CaseModel {
        /** A probability per stage for a case's features (in the training dataset's feature order). */
        double[] probabilities(double[] features);
    }
}
