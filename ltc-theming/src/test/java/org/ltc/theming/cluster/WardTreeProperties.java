package org.ltc.theming.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.ltc.model.plugin.Cancellation;

/** Ward's tree: its cuts are partitions of the asked size, nested, and the same on any number of threads. */
class WardTreeProperties {
    private static double[][] points(long seed, int m, int d) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] p = new double[m][d];
        for (double[] row : p) {
            for (int j = 0; j < d; j++) {
                row[j] = r.nextGaussian();
            }
        }
        return p;
    }

    private static double[] ones(int m) {
        double[] w = new double[m];
        Arrays.fill(w, 1);
        return w;
    }

    @Property(tries = 60)
    void cutsHaveKClustersAndNest(@ForAll long seed, @ForAll @IntRange(min = 2, max = 120) int m) {
        WardTree tree = WardTree.of(points(seed, m, 5), ones(m), 1, Cancellation.never());
        int[] coarser = tree.cut(1);
        assertEquals(1, Arrays.stream(coarser).distinct().count());
        for (int k = 2; k <= m; k++) {
            int[] finer = tree.cut(k);
            assertEquals(k, Arrays.stream(finer).distinct().count());
            // every cluster of the finer cut lies inside one cluster of the coarser
            Map<Integer, Integer> inside = new HashMap<>();
            for (int i = 0; i < m; i++) {
                Integer was = inside.putIfAbsent(finer[i], coarser[i]);
                assertTrue(was == null || was == coarser[i], "cut " + k + " does not nest in cut " + (k - 1));
            }
            coarser = finer;
        }
    }

    @Property(tries = 20)
    void theSameTreeOnAnyNumberOfThreads(@ForAll long seed) {
        double[][] p = points(seed, 300, 8);
        WardTree one = WardTree.of(p, ones(300), 1, Cancellation.never());
        WardTree two = WardTree.of(p, ones(300), 2, Cancellation.never());
        for (int k : new int[] {2, 7, 40, 299}) {
            assertArrayEquals(one.cut(k), two.cut(k));
        }
    }

    @Test
    void separatedGroupsAreFoundAndWeightsCount() {
        // three tight groups far apart
        double[][] p = {{0, 0}, {0.1, 0}, {0, 0.1}, {10, 10}, {10.1, 10}, {-10, 5}, {-10, 5.1}};
        int[] cut = WardTree.of(p, ones(7), 1, Cancellation.never()).cut(3);
        assertArrayEquals(new int[] {0, 0, 0, 1, 1, 2, 2}, cut);
        // a heavy point pulls a merge less than a light one: Ward's cost grows with the weights
        double[][] q = {{0}, {1}, {2.2}};
        assertArrayEquals(new int[] {0, 0, 1}, WardTree.of(q, new double[] {1, 1, 1}, 1, Cancellation.never()).cut(2));
        assertArrayEquals(new int[] {0, 1, 1}, WardTree.of(q, new double[] {100, 1, 1}, 1, Cancellation.never())
                .cut(2));
    }
}
