package org.ltc.theming;

import org.ltc.model.plugin.PluginRegistry;

/** Entry points for finding themers. */
public final class Themers {
    private Themers() {
    }

    /** Every themer on the class loader's path, the built-ins among them. */
    public static PluginRegistry<Themer> discover(ClassLoader loader) {
        return PluginRegistry.discover(Themer.class, loader);
    }

    /** A registry built by hand, with discovery off until asked for. */
    public static PluginRegistry.Builder<Themer> builder() {
        return PluginRegistry.builder(Themer.class);
    }
}
