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

    /**
     * The themer to use when none is named: {@code semantic} (themes by meaning) when it is registered and an
     * embedding model can run, else {@code kmeans} (term themes), else {@code codebook}, else the first.
     */
    public static String defaultId(PluginRegistry<Themer> registry, ClassLoader loader) {
        if (registry.find("semantic").isPresent() && EmbeddingModels.defaultModel(loader).isPresent()) {
            return "semantic";
        }
        for (String id : java.util.List.of("kmeans", "codebook")) {
            if (registry.find(id).isPresent()) {
                return id;
            }
        }
        return registry.ids().isEmpty() ? "kmeans" : registry.ids().get(0);
    }

    /** A registry built by hand, with discovery off until asked for. */
    public static PluginRegistry.Builder<Themer> builder() {
        return PluginRegistry.builder(Themer.class);
    }
}
