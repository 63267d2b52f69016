package org.ltc.theming;

import java.util.List;
import org.ltc.model.plugin.Plugin;

/**
 * The embedding extension point: a sentence-embedding model that turns texts into vectors whose cosine
 * similarity follows meaning.
 *
 * <p>An implementation is thread-safe (many threads may call {@link #embed(List)} at once), gives the same
 * vector for the same text whatever else is in the batch, and runs without network. Register it in
 * {@code META-INF/services/org.ltc.theming.EmbeddingModel} and, in a named module, with
 * {@code provides org.ltc.theming.EmbeddingModel with ...}; it should pass the contract test published in
 * this module's test jar ({@code EmbeddingModelContract}). Callers go through
 * {@link org.ltc.theming.embed.Embedder}, which batches on threads, caches by text, truncates long texts and
 * records provenance.
 */
public interface EmbeddingModel extends Plugin {
    /** The length of every vector. */
    int dimension();

    /**
     * The longest text, in characters, the model reads whole; the {@link org.ltc.theming.embed.Embedder}
     * cuts longer texts here (at a word boundary) and records how many it cut.
     */
    default int maxChars() {
        return 2000;
    }

    /** Whether one theming across languages is meaningful (a multilingual model); English-only by default. */
    default boolean multilingual() {
        return false;
    }

    /**
     * Whether the model can run here (e.g. its optional library is on the class path). Discovery skips a
     * model that cannot, with one INFO line saying why.
     */
    default boolean available() {
        return true;
    }

    /** Why {@link #available()} is false, for the log; empty when available. */
    default String unavailableReason() {
        return "";
    }

    /** The SHA-256 of the model's weights file (64 lower-case hex digits), recorded in provenance. */
    String modelSha256();

    /**
     * One vector per text, in order, each of {@link #dimension()} finite numbers. An empty or blank text
     * gets a vector too (the model's embedding of nothing).
     *
     * @throws org.ltc.model.InvalidInputException when the model cannot embed a text
     */
    List<float[]> embed(List<String> texts);
}
