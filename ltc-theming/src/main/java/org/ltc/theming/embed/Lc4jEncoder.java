package org.ltc.theming.embed;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.file.Path;

/**
 * The only class that touches langchain4j, loaded only once the library is known to be present. Each text
 * is embedded on its own, in the caller's thread (a direct executor), so a vector never depends on its batch
 * or on how many threads run. Not API.
 */
final class Lc4jEncoder implements TextEncoder {
    private final EmbeddingModel model;
    private final int dimension;

    private Lc4jEncoder(EmbeddingModel model) {
        this.model = model;
        this.dimension = model.embed("dimension").content().vector().length;
    }

    static Lc4jEncoder bundled() {
        return new Lc4jEncoder(new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run));
    }

    static Lc4jEncoder files(Path model, Path tokenizer, boolean meanPooling) {
        return new Lc4jEncoder(new OnnxEmbeddingModel(model, tokenizer,
                meanPooling ? PoolingMode.MEAN : PoolingMode.CLS, Runnable::run));
    }

    @Override
    public float[] encode(String text) {
        return model.embed(text).content().vector();
    }

    @Override
    public int dimension() {
        return dimension;
    }
}
