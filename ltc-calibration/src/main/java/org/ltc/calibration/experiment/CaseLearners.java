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

    /**
     * The built-ins plus every calibrator of the registry whose id they do not already use (such as
     * {@code rubric} and {@code signals}), each as a {@link CalibratorLearner} on the given framework.
     */
    public static PluginRegistry<CaseLearner> withCalibrators(PluginRegistry<org.ltc.calibration.Calibrator> calibrators,
                                                             org.ltc.model.stage.StageFramework framework) {
        PluginRegistry.Builder<CaseLearner> b = builder();
        java.util.Set<String> taken = java.util.Set.copyOf(builtIn().ids());
        for (org.ltc.calibration.Calibrator c : calibrators.all()) {
            if (!taken.contains(c.id())) {
                b.register(new CalibratorLearner(c, framework));
            }
        }
        return b.build();
    }

    /** A builder holding the built-ins; add more with {@code register} or {@code discover}. */
    public static PluginRegistry.Builder<CaseLearner> builder() {
        return PluginRegistry.builder(CaseLearner.class).register(new LogisticLearner()).register(new MajorityLearner());
    }
}
