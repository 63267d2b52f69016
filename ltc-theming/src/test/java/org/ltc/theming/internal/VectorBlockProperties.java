package org.ltc.theming.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The compact vector store: what it gives back is within its stated error of what it was given. */
class VectorBlockProperties {
    private static float[] unit(SplittableRandom r, int d) {
        float[] v = new float[d];
        double n = 0;
        for (int j = 0; j < d; j++) {
            v[j] = (float) r.nextGaussian();
            n += v[j] * v[j];
        }
        for (int j = 0; j < d; j++) {
            v[j] = (float) (v[j] / Math.sqrt(n));
        }
        return v;
    }

    @Property(tries = 200)
    void eachComponentIsWithinHalfAStepOfTheLargest(@ForAll long seed, @ForAll @IntRange(min = 1, max = 768) int d) {
        SplittableRandom r = new SplittableRandom(seed);
        float[][] rows = new float[5][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = unit(r, d);
            for (int j = 0; j < d; j++) {
                rows[i][j] *= (float) Math.exp(r.nextDouble(-3, 3)); // any scale, not only unit length
            }
        }
        VectorBlock b = VectorBlock.of(rows);
        assertEquals(5, b.size());
        assertEquals(d, b.dimension());
        double[] probe = new double[d];
        for (int j = 0; j < d; j++) {
            probe[j] = r.nextGaussian();
        }
        for (int i = 0; i < rows.length; i++) {
            float max = 0;
            for (float f : rows[i]) {
                max = Math.max(max, Math.abs(f));
            }
            float[] back = b.get(i);
            double exact = 0;
            double bound = 0;
            for (int j = 0; j < d; j++) {
                assertTrue(Math.abs(back[j] - rows[i][j]) <= max / 254 * 1.0001 + 1e-7,
                        "row " + i + " component " + j);
                exact += rows[i][j] * probe[j];
                bound += Math.abs(probe[j]) * max / 254 * 1.0001;
            }
            // dot and addTo read the same stored values
            assertEquals(exact, b.dot(i, probe), bound + 1e-6);
            double[] acc = new double[d];
            b.addTo(i, acc, 2);
            double viaAdd = 0;
            for (int j = 0; j < d; j++) {
                viaAdd += acc[j] * probe[j];
            }
            assertEquals(2 * b.dot(i, probe), viaAdd, 1e-9 * (1 + Math.abs(viaAdd)));
        }
    }

    @Property(tries = 50)
    void storingWhatWasReadBackChangesNothing(@ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        VectorBlock b = VectorBlock.of(2, 384);
        b.set(0, unit(r, 384));
        b.set(1, b.get(0));
        assertArrayEquals(b.get(0), b.get(1));
    }

    @Test
    void theZeroVectorStaysZeroAndOtherDimensionsAreRefused() {
        VectorBlock b = VectorBlock.of(3, 4);
        b.set(1, new float[] {0.5f, -0.5f, 0.5f, -0.5f});
        assertTrue(b.isZero(0));
        assertTrue(!b.isZero(1));
        b.set(1, new float[4]);
        assertTrue(b.isZero(1));
        assertEquals(0, b.dot(1, new double[] {1, 1, 1, 1}));
        assertThrows(IllegalArgumentException.class, () -> b.set(2, new float[5]));
        assertEquals(388, VectorBlock.bytesPerRow(384));
    }
}
