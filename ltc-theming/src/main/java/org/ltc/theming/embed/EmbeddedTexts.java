package org.ltc.theming.embed;

import java.util.Map;
import org.ltc.model.Checks;
import org.ltc.theming.internal.VectorBlock;

/**
 * The vectors of a run of the {@link Embedder}: one unit-length vector per text (zero for a blank text), how
 * many distinct texts were embedded, how many were cut to the model's window, and the provenance
 * properties ({@code ltc.embedding.model}, {@code .version}, {@code .sha256}, {@code .truncated}, ...).
 *
 * <p>Each distinct text's vector is held once, compactly: one signed byte per component and one scale per vector
 * (symmetric int8 quantisation), so a component read back is within 1/254 of the vector's largest component of
 * what the model gave (after scaling to unit length). Immutable: vectors are copied out.
 */
public final class EmbeddedTexts {
    private final VectorBlock unique;
    private final int[] row;
    private final int truncated;
    private final Map<String, String> provenance;

    EmbeddedTexts(VectorBlock unique, int[] row, int truncated, Map<String, String> provenance) {
        this.unique = unique;
        this.row = row;
        this.truncated = truncated;
        this.provenance = Checks.sortedMap("provenance", provenance);
    }

    public int size() {
        return row.length;
    }

    public int dimension() {
        return unique.dimension();
    }

    /** A copy of text {@code i}'s vector. */
    public float[] vector(int i) {
        return unique.get(row[i]);
    }

    /** Copies of every vector, in text order (texts with the same content get equal, separate arrays). */
    public float[][] vectors() {
        float[][] out = new float[row.length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = vector(i);
        }
        return out;
    }

    /** How many distinct texts the model embedded (duplicates are embedded once). */
    public int distinct() {
        return unique.size();
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
