package org.ltc.calibration;

import org.ltc.model.plugin.PluginRegistry;

/** Entry points for finding calibrators. */
public final class Calibrators {
    private Calibrators() {
    }

    /** Every calibrator on the class loader's path, the built-ins among them. */
    public static PluginRegistry<Calibrator> discover(ClassLoader loader) {
        return PluginRegistry.discover(Calibrator.class, loader);
    }

    /** A registry built by hand, with discovery off until asked for. */
    public static PluginRegistry.Builder<Calibrator> builder() {
        return PluginRegistry.builder(Calibrator.class);
    }
}
