package org.ltc.theming.text;

import java.util.Arrays;
import org.ltc.model.InvalidInputException;

/**
 * A sparse vector over a corpus vocabulary: strictly increasing term ids and their weights. Immutable: the
 * arrays are copied in, and {@link #indices()}/{@link #values()} return copies; hot loops use
 * {@link #index(int)}/{@link #value(int)}.
 */
public final class SparseVector {
    private static final SparseVector EMPTY = new SparseVector(new int[0], new float[0], false);
    private final int[] indices;
    private final float[] values;

    private SparseVector(int[] indices, float[] values, boolean check) {
        if (check) {
            if (indices.length != values.length) {
                throw InvalidInputException.field("values", values.length, "must have one value per index ("
                        + indices.length + ")");
            }
            for (int i = 0; i < indices.length; i++) {
                if (indices[i] < 0 || (i > 0 && indices[i] <= indices[i - 1])) {
                    throw InvalidInputException.field("indices[" + i + "]", indices[i],
                            "must be non-negative and strictly increasing");
                }
                if (!Float.isFinite(values[i])) {
                    throw InvalidInputException.field("values[" + i + "]", values[i], "must be finite");
                }
            }
        }
        this.indices = indices;
        this.values = values;
    }

    /** A vector from strictly increasing indices and finite values (both copied). */
    public static SparseVector of(int[] indices, float[] values) {
        return new SparseVector(indices.clone(), values.clone(), true);
    }

    /** Wraps arrays this package built and will not change. */
    static SparseVector wrap(int[] indices, float[] values) {
        return new SparseVector(indices, values, false);
    }

    public static SparseVector empty() {
        return EMPTY;
    }

    /** How many entries are stored. */
    public int size() {
        return indices.length;
    }

    public boolean isEmpty() {
        return indices.length == 0;
    }

    public int index(int k) {
        return indices[k];
    }

    public float value(int k) {
        return values[k];
    }

    public int[] indices() {
        return indices.clone();
    }

    public float[] values() {
        return values.clone();
    }

    /** The Euclidean norm. */
    public double norm() {
        double s = 0;
        for (float v : values) {
            s += (double) v * v;
        }
        return Math.sqrt(s);
    }

    /** The dot product with a dense vector indexed by term id. */
    public double dot(float[] dense) {
        double s = 0;
        for (int k = 0; k < indices.length; k++) {
            s += values[k] * (double) dense[indices[k]];
        }
        return s;
    }

    /** The same direction with unit length (the empty vector stays empty). */
    public SparseVector normalised() {
        double n = norm();
        if (n == 0) {
            return this;
        }
        float[] v = new float[values.length];
        for (int k = 0; k < v.length; k++) {
            v[k] = (float) (values[k] / n);
        }
        return new SparseVector(indices, v, false);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SparseVector s && Arrays.equals(indices, s.indices) && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(indices) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("{");
        for (int k = 0; k < indices.length; k++) {
            b.append(k == 0 ? "" : ", ").append(indices[k]).append(':').append(values[k]);
        }
        return b.append('}').toString();
    }
}
