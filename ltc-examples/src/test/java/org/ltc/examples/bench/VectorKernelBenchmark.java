package org.ltc.examples.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.ltc.theming.internal.VectorBlock;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The similarity kernel of spherical k-means on sentence embeddings, before and after compact storage: one
 * assignment sweep (every note's dot product with each of {@code k} unit centres, keeping the best) over
 * {@code notes} random unit vectors of 384 dimensions (all-MiniLM-L6-v2's), stored as {@code float32}
 * ({@code float[]} per note, as the {@code semantic} themer held them before) or {@code int8} (one
 * {@link VectorBlock}: a byte per component and a scale per note). Single-threaded; the score is the time of
 * one sweep.
 *
 * <p>Run: {@code bash ltc-examples/bench/vector-kernel.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class VectorKernelBenchmark {
    @Param({"float32", "int8"})
    String storage;

    @Param("20000")
    int notes;

    @Param("77")
    int k;

    private static final int DIM = 384;
    private float[][] rows;
    private VectorBlock block;
    private double[][] centres;

    @Setup
    public void generate() {
        SplittableRandom r = new SplittableRandom(42);
        float[][] data = new float[notes][];
        for (int i = 0; i < notes; i++) {
            data[i] = unit(r);
        }
        centres = new double[k][];
        for (int c = 0; c < k; c++) {
            float[] u = unit(r);
            centres[c] = new double[DIM];
            for (int j = 0; j < DIM; j++) {
                centres[c][j] = u[j];
            }
        }
        if (storage.equals("int8")) {
            block = VectorBlock.of(data);
        } else {
            rows = data;
        }
    }

    private static float[] unit(SplittableRandom r) {
        float[] v = new float[DIM];
        double n = 0;
        for (int j = 0; j < DIM; j++) {
            v[j] = (float) r.nextGaussian();
            n += v[j] * v[j];
        }
        for (int j = 0; j < DIM; j++) {
            v[j] = (float) (v[j] / Math.sqrt(n));
        }
        return v;
    }

    @Benchmark
    public double assignmentSweep() {
        double total = 0;
        for (int i = 0; i < notes; i++) {
            double best = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                double s = block != null ? block.dot(i, centres[c]) : dot(rows[i], centres[c]);
                if (s > best) {
                    best = s;
                }
            }
            total += best;
        }
        return total;
    }

    /** The float32 kernel as {@code Vectors.dense} computes it. */
    private static double dot(float[] x, double[] centre) {
        double s = 0;
        for (int j = 0; j < x.length; j++) {
            s += x[j] * centre[j];
        }
        return s;
    }
}
