package org.ltc.theming.embed;

import java.util.Map;
import org.ltc.model.Checks;

/**
 * The vectors of a run of the {@link Embedder}: one unit-length vector per text (zero for a blank text), how
 * many distinct texts were embedded, how many were cut to the model's window, and the provenance
 * properties ({@code ltc.embedding.model}, {@code .version}, {@code .sha256}, {@code .truncated}, ...).
 * Immutable: vectors are copied out.
 */
public final class EmbeddedTexts {
    private final float[][] vectors;
    private final int distinct;
    private final int truncated;
    private final Map<String, String> provenance;

    EmbeddedTexts(float[][] vectors, int distinct, int truncated, Map<String, String> provenance) {
        this.vectors = vectors;
        this.distinct = distinct;
        this.truncated = truncated;
        this.provenance = Checks.sortedMap("provenance", provenance);
    }

    public int size() {
        return vectors.length;
    }

    public int dimension() {
        return vectors.length == 0 ? 0 : vectors[0].length;
    }

    /** A copy of text {@code i}'s vector. */
    public float[] vector(int i) {
        return vectors[i].clone();
    }

    /** Copies of every vector, in text order (texts with the same content get equal, separate arrays). */
    public float[][] vectors() {
        float[][] out = new float[vectors.length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = vectors[i].clone();
        }
        return out;
    }

    /** How many distinct texts the model embedded (duplicates are embedded once). */
    public int distinct() {
        return distinct;
    }

    /** How many texts were longer than the model's window and cut. */
    public int truncated() {
        return truncated;
    }

    /** What to record in provenance: model id, version, SHA-256 of its file, dimension, window, truncations. */
    public Map<String, String> provenance() {
        return provenance;
    }
}
