package org.ltc.calibration.internal;

import org.ltc.model.plugin.Cancellation;

/**
 * Limited-memory BFGS minimisation (Nocedal 1980, "Updating quasi-Newton matrices with limited storage",
 * Mathematics of Computation 35(151); the two-loop recursion of Nocedal &amp; Wright, Numerical Optimization,
 * 2nd ed., Algorithm 7.4) with a backtracking Armijo line search. A correction pair is kept only when its
 * curvature {@code s.y} is positive, which keeps the implied Hessian positive definite.
 *
 * <p>Deterministic: plain sequential arithmetic, no randomness.
 */
public final class Lbfgs {
    private Lbfgs() {
    }

    /** A smooth function to minimise. */
    @FunctionalInterface
    public interface Objective {
        /** Writes the gradient at {@code x} into {@code gradient} and returns the value. */
        double evaluate(double[] x, double[] gradient);
    }

    /**
     * @param x          the minimiser (the start point on entry)
     * @param value      the value at {@code x}
     * @param iterations iterations taken
     * @param converged  whether the gradient tolerance was met (rather than the iteration limit)
     */
    public record Result(double[] x, double value, int iterations, boolean converged) {
    }

    /**
     * Minimises {@code f} from {@code start}.
     *
     * @param memory        correction pairs kept (5-20 is usual)
     * @param maxIterations iteration limit
     * @param tolerance     stop when the largest gradient component is below this, or the value improves by
     *                      less than {@code tolerance * 1e-4} relative to its size
     */
    public static Result minimise(Objective f, double[] start, int memory, int maxIterations, double tolerance,
                                  Cancellation cancellation) {
        int n = start.length;
        double[] x = start.clone();
        double[] g = new double[n];
        double fx = f.evaluate(x, g);
        double[][] s = new double[memory][n];
        double[][] y = new double[memory][n];
        double[] rho = new double[memory];
        double[] alpha = new double[memory];
        int stored = 0;
        int newest = -1;
        double[] d = new double[n];
        double[] xNew = new double[n];
        double[] gNew = new double[n];
        int iter = 0;
        if (maxNorm(g) < tolerance) {
            return new Result(x, fx, 0, true);
        }
        while (iter < maxIterations) {
            cancellation.check("L-BFGS");
            iter++;
            // Two-loop recursion: d = -H g.
            for (int i = 0; i < n; i++) {
                d[i] = -g[i];
            }
            for (int k = 0; k < stored; k++) {
                int j = Math.floorMod(newest - k, memory);
                alpha[j] = rho[j] * dot(s[j], d);
                axpy(-alpha[j], y[j], d);
            }
            if (stored > 0) {
                double gamma = dot(s[newest], y[newest]) / dot(y[newest], y[newest]);
                for (int i = 0; i < n; i++) {
                    d[i] *= gamma;
                }
            } else {
                double scale = 1 / Math.max(1e-12, Math.sqrt(dot(g, g)));
                for (int i = 0; i < n; i++) {
                    d[i] *= Math.min(1, scale);
                }
            }
            for (int k = stored - 1; k >= 0; k--) {
                int j = Math.floorMod(newest - k, memory);
                double beta = rho[j] * dot(y[j], d);
                axpy(alpha[j] - beta, s[j], d);
            }
            double slope = dot(g, d);
            if (slope >= 0) {
                // Not a descent direction (numerical trouble): restart from steepest descent.
                stored = 0;
                for (int i = 0; i < n; i++) {
                    d[i] = -g[i];
                }
                slope = dot(g, d);
            }
            double step = 1;
            double fNew;
            int tries = 0;
            while (true) {
                for (int i = 0; i < n; i++) {
                    xNew[i] = x[i] + step * d[i];
                }
                fNew = f.evaluate(xNew, gNew);
                if (Double.isFinite(fNew) && fNew <= fx + 1e-4 * step * slope) {
                    break;
                }
                step *= 0.5;
                if (++tries > 60) {
                    return new Result(x, fx, iter, maxNorm(g) < tolerance);
                }
            }
            int slot = (newest + 1) % memory;
            double sy = 0;
            double yy = 0;
            for (int i = 0; i < n; i++) {
                s[slot][i] = xNew[i] - x[i];
                y[slot][i] = gNew[i] - g[i];
                sy += s[slot][i] * y[slot][i];
                yy += y[slot][i] * y[slot][i];
            }
            if (sy > 1e-12 * yy) {
                rho[slot] = 1 / sy;
                newest = slot;
                stored = Math.min(stored + 1, memory);
            }
            double fOld = fx;
            System.arraycopy(xNew, 0, x, 0, n);
            System.arraycopy(gNew, 0, g, 0, n);
            fx = fNew;
            if (maxNorm(g) < tolerance) {
                return new Result(x, fx, iter, true);
            }
            if (Math.abs(fOld - fx) <= tolerance * 1e-4 * Math.max(1, Math.abs(fx))) {
                return new Result(x, fx, iter, true);
            }
        }
        return new Result(x, fx, iter, false);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }

    private static double maxNorm(double[] g) {
        double m = 0;
        for (double v : g) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
