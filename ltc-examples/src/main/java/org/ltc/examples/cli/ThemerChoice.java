package org.ltc.examples.cli;

import java.nio.file.Path;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.plugin.PluginRegistry;
import org.ltc.theming.Themer;
import org.ltc.theming.Themers;
import org.ltc.theming.cluster.SemanticOptions;
import org.ltc.theming.cluster.SemanticThemer;
import org.ltc.theming.embed.OnnxFileEmbeddingModel;
import picocli.CommandLine.Option;

/**
 * How {@code ltc theme} and {@code ltc evaluate} choose a themer and, for the {@code semantic} themer, an
 * embedding model given as files (a picocli mixin).
 */
final class ThemerChoice {
    @Option(names = "--embedding-model", paramLabel = "FILE.onnx", description = "A sentence-embedding model in "
            + "ONNX form for the semantic themer (e.g. a multilingual one), with --tokenizer; default: the "
            + "bundled all-MiniLM-L6-v2.")
    Path model;

    @Option(names = "--tokenizer", paramLabel = "FILE.json", description = "The model's HuggingFace "
            + "tokenizer.json (with --embedding-model).")
    Path tokenizer;

    @Option(names = "--multilingual", description = "The --embedding-model places every language in one space: "
            + "theme across languages.")
    boolean multilingual;

    @Option(names = "--cls-pooling", description = "The --embedding-model pools by its CLS token (default: mean "
            + "pooling, as sentence-transformers models do).")
    boolean clsPooling;

    /** The id to use: the one named, else semantic when a model can run, else kmeans, else codebook. */
    static String id(String named, PluginRegistry<Themer> registry) {
        return named != null ? named : Themers.defaultId(registry, ThemerChoice.class.getClassLoader());
    }

    /** The themer with that id, with the model files when given. */
    Themer themer(String id, PluginRegistry<Themer> registry) {
        if (model == null && tokenizer == null) {
            return registry.get(id);
        }
        if (model == null || tokenizer == null) {
            throw new InvalidOptionsException(model == null ? "--embedding-model" : "--tokenizer", null,
                    "is needed with " + (model == null ? "--tokenizer" : "--embedding-model"));
        }
        if (!id.equals(SemanticThemer.ID)) {
            throw new InvalidOptionsException("--embedding-model", model.toString(),
                    "is for the semantic themer, not " + id);
        }
        String modelId = "onnx-" + model.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                .replaceAll("\\.onnx$", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return new SemanticThemer(SemanticOptions.defaults(), OnnxFileEmbeddingModel.of(
                modelId.length() > 60 ? modelId.substring(0, 60) : modelId, model, tokenizer, !clsPooling,
                multilingual, 2000));
    }
}
