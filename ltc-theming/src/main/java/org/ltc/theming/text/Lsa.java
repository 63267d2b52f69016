package org.ltc.theming.text;

import java.util.List;
import java.util.SplittableRandom;
import org.ltc.model.Checks;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.plugin.Cancellation;
import org.ltc.theming.internal.Dense;
import org.ltc.theming.internal.Parallel;

/**
 * Latent semantic analysis (Deerwester et al. 1990): the top right singular vectors of the document-term
 * matrix, found by randomized SVD (Halko, Martinsson and Tropp 2011, algorithms 4.4 and 5.1) with
 * {@code q} power iterations and oversampling. Notes that share few words but whose words occur in the same
 * company land near each other.
 *
 * <p>The range finder works on the term side (an l-column Gaussian test matrix over the vocabulary), so
 * the only n-row matrix held is the n x l sample; products with the matrix and its transpose are
 * row-parallel (CSR) and term-parallel (CSC), and the small Gram reductions sum fixed chunks in order,
 * so the result does not depend on the thread count. Orthonormalisation is CholeskyQR2.
 *
 * <p>Immutable and thread-safe once fitted.
 */
public final class Lsa {
    private static final int CHUNK = 4096;

    private final int vocabularySize;
    private final int dimensions;
    /** V x k, row-major: term t's coordinates. */
    private final float[] components;
    private final double[] singularValues;

    private Lsa(int vocabularySize, int dimensions, float[] components, double[] singularValues) {
        this.vocabularySize = vocabularySize;
        this.dimensions = dimensions;
        this.components = components;
        this.singularValues = singularValues;
    }

    /**
     * Fits LSA to unit-length document vectors.
     *
     * @param rows            the documents' weighted vectors (e.g. {@link TermWeighting#vectors})
     * @param vocabularySize  the number of terms (columns)
     * @param dimensions      how many dimensions to keep (capped by the matrix's size)
     * @param powerIterations how many power iterations (2 to 4 suits text)
     * @param seed            the random seed of the Gaussian test matrix
     * @param threads         how many threads; the result does not depend on it
     */
    public static Lsa fit(List<SparseVector> rows, int vocabularySize, int dimensions, int powerIterations, long seed,
                          int threads, Cancellation cancellation) {
        Checks.notNull("rows", rows);
        if (dimensions < 1) {
            throw new InvalidOptionsException("dimensions", dimensions, "must be at least 1");
        }
        if (powerIterations < 0 || powerIterations > 20) {
            throw new InvalidOptionsException("powerIterations", powerIterations, "must be between 0 and 20");
        }
        Cancellation cancel = cancellation == null ? Cancellation.never() : cancellation;
        int n = rows.size();
        int v = vocabularySize;
        int k = Math.max(1, Math.min(dimensions, Math.min(n, v)));
        int l = Math.min(Math.min(n, v), k + Math.max(10, k / 5));
        if (n == 0 || v == 0) {
            return new Lsa(v, 0, new float[0], new double[0]);
        }
        Csc csc = new Csc(rows, v);
        // Gaussian test matrix over the vocabulary
        SplittableRandom random = new SplittableRandom(seed);
        double[][] omega = new double[v][l];
        for (int t = 0; t < v; t++) {
            for (int j = 0; j < l; j++) {
                omega[t][j] = gaussian(random);
            }
        }
        float[][] y = multiply(rows, omega, l, threads, cancel);
        for (int it = 0; it < powerIterations; it++) {
            orthonormalise(y, l, threads, cancel);
            double[][] z = csc.transposeMultiply(y, l, threads, cancel);
            orthonormaliseSmall(z, l);
            y = multiply(rows, z, l, threads, cancel);
        }
        orthonormalise(y, l, threads, cancel);
        double[][] z = csc.transposeMultiply(y, l, threads, cancel); // B^T = A^T Q, v x l
        y = null;
        // B B^T = Z^T Z (l x l); its eigenvectors W give A's right singular vectors Z W / sigma
        double[][] c = new double[l][l];
        for (double[] row : z) {
            for (int i = 0; i < l; i++) {
                double ri = row[i];
                if (ri == 0) {
                    continue;
                }
                for (int j = 0; j < l; j++) {
                    c[i][j] += ri * row[j];
                }
            }
        }
        double[][][] eig = Dense.symmetricEigen(c);
        double[] lambda = eig[0][0];
        double[][] w = eig[1];
        double[] sigma = new double[k];
        int kept = 0;
        for (int i = 0; i < k; i++) {
            sigma[i] = Math.sqrt(Math.max(lambda[i], 0));
            if (sigma[i] > 1e-9) {
                kept = i + 1;
            }
        }
        kept = Math.max(kept, 1);
        float[] comp = new float[v * kept];
        for (int t = 0; t < v; t++) {
            double[] row = z[t];
            for (int cIdx = 0; cIdx < kept; cIdx++) {
                double s = 0;
                for (int j = 0; j < l; j++) {
                    s += row[j] * w[j][cIdx];
                }
                comp[t * kept + cIdx] = (float) (sigma[cIdx] > 0 ? s / sigma[cIdx] : 0);
            }
        }
        double[] sv = new double[kept];
        System.arraycopy(sigma, 0, sv, 0, kept);
        return new Lsa(v, kept, comp, sv);
    }

    /** How many dimensions the model has. */
    public int dimensions() {
        return dimensions;
    }

    /** The singular values, largest first. */
    public double[] singularValues() {
        return singularValues.clone();
    }

    /** A document's LSA coordinates ({@code x V_k}), not normalised. */
    public float[] transform(SparseVector doc) {
        double[] acc = new double[dimensions];
        for (int p = 0; p < doc.size(); p++) {
            int t = doc.index(p);
            if (t >= vocabularySize) {
                continue;
            }
            double x = doc.value(p);
            int base = t * dimensions;
            for (int c = 0; c < dimensions; c++) {
                acc[c] += x * components[base + c];
            }
        }
        float[] out = new float[dimensions];
        for (int c = 0; c < dimensions; c++) {
            out[c] = (float) acc[c];
        }
        return out;
    }

    /** Every document's coordinates scaled to unit length (zero vectors stay zero), in document order. */
    public float[][] transformAll(List<SparseVector> rows, int threads, Cancellation cancellation) {
        Cancellation cancel = cancellation == null ? Cancellation.never() : cancellation;
        float[][] out = new float[rows.size()][];
        Parallel.map(Parallel.chunks(rows.size(), CHUNK), threads, cancel, "lsa", ch -> {
            int to = Math.min(rows.size(), (ch + 1) * CHUNK);
            for (int d = ch * CHUNK; d < to; d++) {
                out[d] = Dense.unitLength(transform(rows.get(d)));
            }
            return null;
        });
        return out;
    }

    /** Y = A M for the n x v sparse A and the v x l dense M. */
    private static float[][] multiply(List<SparseVector> rows, double[][] m, int l, int threads, Cancellation cancel) {
        int n = rows.size();
        float[][] y = new float[n][];
        Parallel.map(Parallel.chunks(n, CHUNK), threads, cancel, "lsa", ch -> {
            int to = Math.min(n, (ch + 1) * CHUNK);
            double[] acc = new double[l];
            for (int d = ch * CHUNK; d < to; d++) {
                java.util.Arrays.fill(acc, 0);
                SparseVector row = rows.get(d);
                for (int p = 0; p < row.size(); p++) {
                    double x = row.value(p);
                    double[] mr = m[row.index(p)];
                    for (int j = 0; j < l; j++) {
                        acc[j] += x * mr[j];
                    }
                }
                float[] out = new float[l];
                for (int j = 0; j < l; j++) {
                    out[j] = (float) acc[j];
                }
                y[d] = out;
            }
            return null;
        });
        return y;
    }

    /** CholeskyQR2 (Fukaya et al. 2014) of the tall n x l matrix, in place. */
    private static void orthonormalise(float[][] y, int l, int threads, Cancellation cancel) {
        for (int round = 0; round < 2; round++) {
            int n = y.length;
            List<double[][]> parts = Parallel.map(Parallel.chunks(n, CHUNK), threads, cancel, "lsa", ch -> {
                double[][] g = new double[l][l];
                int to = Math.min(n, (ch + 1) * CHUNK);
                for (int d = ch * CHUNK; d < to; d++) {
                    float[] r = y[d];
                    for (int i = 0; i < l; i++) {
                        double ri = r[i];
                        if (ri == 0) {
                            continue;
                        }
                        for (int j = i; j < l; j++) {
                            g[i][j] += ri * r[j];
                        }
                    }
                }
                return g;
            });
            double[][] g = new double[l][l];
            for (double[][] p : parts) {
                for (int i = 0; i < l; i++) {
                    for (int j = i; j < l; j++) {
                        g[i][j] += p[i][j];
                    }
                }
            }
            for (int i = 0; i < l; i++) {
                for (int j = 0; j < i; j++) {
                    g[i][j] = g[j][i];
                }
            }
            double[][] rInv = Dense.invertUpper(Dense.cholesky(g));
            Parallel.map(Parallel.chunks(n, CHUNK), threads, cancel, "lsa", ch -> {
                int to = Math.min(n, (ch + 1) * CHUNK);
                double[] acc = new double[l];
                for (int d = ch * CHUNK; d < to; d++) {
                    float[] r = y[d];
                    java.util.Arrays.fill(acc, 0);
                    for (int i = 0; i < l; i++) {
                        double ri = r[i];
                        if (ri == 0) {
                            continue;
                        }
                        double[] inv = rInv[i];
                        for (int j = i; j < l; j++) {
                            acc[j] += ri * inv[j];
                        }
                    }
                    for (int j = 0; j < l; j++) {
                        r[j] = (float) acc[j];
                    }
                }
                return null;
            });
        }
    }

    /** CholeskyQR2 of the v x l term-side matrix, in place (single-threaded: v is modest). */
    private static void orthonormaliseSmall(double[][] z, int l) {
        for (int round = 0; round < 2; round++) {
            double[][] g = new double[l][l];
            for (double[] r : z) {
                for (int i = 0; i < l; i++) {
                    double ri = r[i];
                    if (ri == 0) {
                        continue;
                    }
                    for (int j = i; j < l; j++) {
                        g[i][j] += ri * r[j];
                    }
                }
            }
            for (int i = 0; i < l; i++) {
                for (int j = 0; j < i; j++) {
                    g[i][j] = g[j][i];
                }
            }
            double[][] rInv = Dense.invertUpper(Dense.cholesky(g));
            double[] acc = new double[l];
            for (double[] r : z) {
                java.util.Arrays.fill(acc, 0);
                for (int i = 0; i < l; i++) {
                    double ri = r[i];
                    if (ri == 0) {
                        continue;
                    }
                    for (int j = i; j < l; j++) {
                        acc[j] += ri * rInv[i][j];
                    }
                }
                System.arraycopy(acc, 0, r, 0, l);
            }
        }
    }

    private static double gaussian(SplittableRandom r) {
        // Box-Muller: SplittableRandom has no nextGaussian on Java 17.
        double u = r.nextDouble();
        double w = r.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * w);
    }

    /** The document-term matrix by columns, for A^T times a dense matrix without reductions. */
    private static final class Csc {
        final int[] start;
        final int[] docs;
        final float[] values;

        Csc(List<SparseVector> rows, int v) {
            start = new int[v + 1];
            for (SparseVector r : rows) {
                for (int p = 0; p < r.size(); p++) {
                    start[r.index(p) + 1]++;
                }
            }
            for (int t = 0; t < v; t++) {
                start[t + 1] += start[t];
            }
            docs = new int[start[v]];
            values = new float[start[v]];
            int[] fill = start.clone();
            for (int d = 0; d < rows.size(); d++) {
                SparseVector r = rows.get(d);
                for (int p = 0; p < r.size(); p++) {
                    int pos = fill[r.index(p)]++;
                    docs[pos] = d;
                    values[pos] = r.value(p);
                }
            }
        }

        double[][] transposeMultiply(float[][] y, int l, int threads, Cancellation cancel) {
            int v = start.length - 1;
            double[][] z = new double[v][];
            int chunk = 256;
            Parallel.map(Parallel.chunks(v, chunk), threads, cancel, "lsa", ch -> {
                int to = Math.min(v, (ch + 1) * chunk);
                for (int t = ch * chunk; t < to; t++) {
                    double[] acc = new double[l];
                    for (int p = start[t]; p < start[t + 1]; p++) {
                        double x = values[p];
                        float[] yr = y[docs[p]];
                        for (int j = 0; j < l; j++) {
                            acc[j] += x * yr[j];
                        }
                    }
                    z[t] = acc;
                }
                return null;
            });
            return z;
        }
    }
}
