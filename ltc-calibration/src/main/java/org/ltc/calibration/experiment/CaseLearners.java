package org.ltc.calibration.experiment;

import org.ltc.model.plugin.PluginRegistry;

/** The calibrators the harness can cross-validate: the built-ins and any a host adds. */
public final class CaseLearners {
    private CaseLearners() {
    }

    /** {@code logistic} and {@code majority}. */
    public static PluginRegistry<CaseLearner> builtIn() {
        return builder().build();
    }

    /** A builder holding the built-ins; add more with {@code register} or {@code discover}. */
    public static PluginRegistry.Builder<CaseLearner> builder() {
        return PluginRegistry.builder(CaseLearner.class).register(new LogisticLearner()).register(new MajorityLearner());
    }
}
