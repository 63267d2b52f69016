package org.ltc.theming.internal;

/** Small dense linear algebra on row-major {@code double[][]} matrices and {@code float[]} vectors. */
public final class Dense {
    private Dense() {
    }

    /**
     * Scales {@code v} in place to unit Euclidean length (its norm summed in double, each component divided by
     * it); a zero vector stays zero.
     *
     * @return {@code v}
     */
    public static float[] unitLength(float[] v) {
        double norm = 0;
        for (float f : v) {
            norm += (double) f * f;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int j = 0; j < v.length; j++) {
                v[j] = (float) (v[j] / norm);
            }
        }
        return v;
    }

    /**
     * The upper-triangular Cholesky factor R of a symmetric positive semi-definite matrix (G = R^T R). A
     * ridge relative to the trace keeps rank-deficient matrices factorable.
     */
    public static double[][] cholesky(double[][] g) {
        int l = g.length;
        double trace = 0;
        for (int i = 0; i < l; i++) {
            trace += g[i][i];
        }
        double ridge = Math.max(trace, 1e-300) * 1e-12;
        double[][] r = new double[l][l];
        for (int j = 0; j < l; j++) {
            double s = g[j][j] + ridge;
            for (int k = 0; k < j; k++) {
                s -= r[k][j] * r[k][j];
            }
            double d = Math.sqrt(Math.max(s, ridge));
            r[j][j] = d;
            for (int i = j + 1; i < l; i++) {
                double t = g[j][i];
                for (int k = 0; k < j; k++) {
                    t -= r[k][j] * r[k][i];
                }
                r[j][i] = t / d;
            }
        }
        return r;
    }

    /** The inverse of an upper-triangular matrix. */
    public static double[][] invertUpper(double[][] r) {
        int l = r.length;
        double[][] inv = new double[l][l];
        for (int j = l - 1; j >= 0; j--) {
            inv[j][j] = 1 / r[j][j];
            for (int i = j - 1; i >= 0; i--) {
                double s = 0;
                for (int k = i + 1; k <= j; k++) {
                    s += r[i][k] * inv[k][j];
                }
                inv[i][j] = -s / r[i][i];
            }
        }
        return inv;
    }

    /**
     * Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations (Golub and Van Loan, 8.5).
     *
     * @return {@code [values, vectors]}: {@code values[0]} holds the eigenvalues in decreasing order and
     *         {@code vectors} the matching eigenvectors as columns ({@code vectors[i][c]})
     */
    public static double[][][] symmetricEigen(double[][] matrix) {
        int n = matrix.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = matrix[i].clone();
        }
        double[][] v = new double[n][n];
        for (int i = 0; i < n; i++) {
            v[i][i] = 1;
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            double diag = 0;
            for (int i = 0; i < n; i++) {
                diag += a[i][i] * a[i][i];
                for (int j = i + 1; j < n; j++) {
                    off += a[i][j] * a[i][j];
                }
            }
            if (off <= 1e-30 * Math.max(diag, 1e-300)) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    double apq = a[p][q];
                    if (Math.abs(apq) < 1e-300) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2 * apq);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < n; k++) {
                        double akp = a[k][p];
                        double akq = a[k][q];
                        a[k][p] = c * akp - s * akq;
                        a[k][q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < n; k++) {
                        double apk = a[p][k];
                        double aqk = a[q][k];
                        a[p][k] = c * apk - s * aqk;
                        a[q][k] = s * apk + c * aqk;
                    }
                    for (int k = 0; k < n; k++) {
                        double vkp = v[k][p];
                        double vkq = v[k][q];
                        v[k][p] = c * vkp - s * vkq;
                        v[k][q] = s * vkp + c * vkq;
                    }
                }
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(a[y][y], a[x][x]));
        double[] values = new double[n];
        double[][] vectors = new double[n][n];
        for (int c = 0; c < n; c++) {
            values[c] = a[order[c]][order[c]];
            for (int i = 0; i < n; i++) {
                vectors[i][c] = v[i][order[c]];
            }
        }
        return new double[][][] {{values}, vectors};
    }
}
