package org.ltc.theming.internal;

import org.ltc.model.InvalidInputException;

/**
 * Dense vectors stored compactly: one signed byte per component and one float scale per vector (symmetric
 * scalar quantisation, as Lucene's int8 vector codec stores them), all rows in one {@code byte[]} block. A
 * component {@code x} is stored as {@code round(x / s)} with {@code s = max|x| / 127}, so its error is at most
 * {@code s / 2} (1/254 of the vector's largest component); for a 384-dimension unit vector the cosine to any
 * unit vector moves by about 0.001. A note then costs {@code d + 4} bytes instead of {@code 4d} as
 * {@code float[]} (388 bytes instead of 1,536 plus an object header per row for all-MiniLM-L6-v2): 1,000,000
 * notes take 388 MB.
 *
 * <p>Not API. Rows are written with {@link #set} and read by {@link #dot}, {@link #addTo} and {@link #get};
 * reads are safe from any number of threads once writing is done, and threads may write different rows at
 * once.
 */
public final class VectorBlock {
    private static final float LEVELS = 127f;
    private final int size;
    private final int dimension;
    private final byte[] codes;
    private final float[] scales;

    private VectorBlock(int size, int dimension) {
        if (size < 0 || dimension < 0) {
            throw new IllegalArgumentException("size " + size + ", dimension " + dimension);
        }
        if ((long) size * dimension > Integer.MAX_VALUE - 8) {
            throw InvalidInputException.field("notes", size, "are too many to hold as " + dimension
                    + "-dimension vectors in one block (at most " + (Integer.MAX_VALUE - 8) / Math.max(1, dimension)
                    + ")");
        }
        this.size = size;
        this.dimension = dimension;
        this.codes = new byte[size * dimension];
        this.scales = new float[size];
    }

    /** A block of {@code size} zero vectors of {@code dimension} components. */
    public static VectorBlock of(int size, int dimension) {
        return new VectorBlock(size, dimension);
    }

    /** A block holding the given rows (all of one length). */
    public static VectorBlock of(float[][] rows) {
        int d = rows.length == 0 ? 0 : rows[0].length;
        VectorBlock b = new VectorBlock(rows.length, d);
        for (int i = 0; i < rows.length; i++) {
            b.set(i, rows[i]);
        }
        return b;
    }

    /** Bytes one row takes. */
    public static long bytesPerRow(int dimension) {
        return dimension + Float.BYTES;
    }

    public int size() {
        return size;
    }

    public int dimension() {
        return dimension;
    }

    /** Stores row {@code row}, quantised. */
    public void set(int row, float[] v) {
        if (v.length != dimension) {
            throw new IllegalArgumentException("vector of " + v.length + " components, block of " + dimension);
        }
        float max = 0;
        for (float f : v) {
            max = Math.max(max, Math.abs(f));
        }
        int base = row * dimension;
        if (max == 0 || !Float.isFinite(max)) {
            scales[row] = 0;
            java.util.Arrays.fill(codes, base, base + dimension, (byte) 0);
            return;
        }
        float scale = max / LEVELS;
        float inv = LEVELS / max;
        for (int j = 0; j < dimension; j++) {
            codes[base + j] = (byte) Math.round(v[j] * inv);
        }
        scales[row] = scale;
    }

    /** Row {@code row}, restored to floats, into {@code out}. */
    public void get(int row, float[] out) {
        int base = row * dimension;
        float s = scales[row];
        for (int j = 0; j < dimension; j++) {
            out[j] = codes[base + j] * s;
        }
    }

    /** Row {@code row}, restored to floats. */
    public float[] get(int row) {
        float[] out = new float[dimension];
        get(row, out);
        return out;
    }

    /** Whether row {@code row} is the zero vector (e.g. a blank note). */
    public boolean isZero(int row) {
        return scales[row] == 0;
    }

    /** The dot product of row {@code row} with {@code v}. */
    public double dot(int row, double[] v) {
        int base = row * dimension;
        double s = 0;
        for (int j = 0; j < dimension; j++) {
            s += codes[base + j] * v[j];
        }
        return s * scales[row];
    }

    /** {@code acc += weight * row}. */
    public void addTo(int row, double[] acc, double weight) {
        int base = row * dimension;
        double w = weight * scales[row];
        for (int j = 0; j < dimension; j++) {
            acc[j] += w * codes[base + j];
        }
    }
}
