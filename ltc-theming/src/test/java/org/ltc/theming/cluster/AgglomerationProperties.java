package org.ltc.theming.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.ltc.model.plugin.Cancellation;

/**
 * The nearest-neighbour chain gives the same merges as the textbook agglomeration, which joins the closest pair
 * of clusters at each step with the linkage computed from its definition (O(m^3) steps and more): the chain's
 * cut at every k is the naive partition after m - k merges. Inputs whose merges the naive way nearly ties
 * (closer than float precision can tell) are set aside, since the chain works in float.
 */
class AgglomerationProperties {
    @Property(tries = 150)
    void averageLinkageChainMatchesNaive(@ForAll long seed, @ForAll @IntRange(min = 2, max = 24) int m) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] base = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < i; j++) {
                base[i][j] = base[j][i] = r.nextDouble();
            }
        }
        float[][] dist = new float[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                dist[i][j] = (float) base[i][j];
            }
        }
        double[] ones = new double[m];
        Arrays.fill(ones, 1);
        WardTree chain = Agglomeration.merge(dist, ones, Agglomeration.Linkage.AVERAGE, Cancellation.never(), "test");
        // average linkage by definition: the mean distance over every pair across the two clusters
        List<int[]> naive = naive(m, (a, b) -> {
            double s = 0;
            for (int i : a) {
                for (int j : b) {
                    s += base[i][j];
                }
            }
            return s / (a.size() * b.size());
        });
        for (int k = 1; k <= m; k++) {
            assertArrayEquals(naive.get(m - k), chain.cut(k), "average linkage, k = " + k);
        }
    }

    @Property(tries = 150)
    void wardChainMatchesNaive(@ForAll long seed, @ForAll @IntRange(min = 2, max = 24) int m) {
        SplittableRandom r = new SplittableRandom(seed);
        int d = 1 + r.nextInt(4);
        double[][] points = new double[m][d];
        double[] weights = new double[m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < d; j++) {
                points[i][j] = r.nextGaussian();
            }
            weights[i] = 1 + r.nextInt(5);
        }
        WardTree chain = WardTree.of(points, weights, 1, Cancellation.never());
        // Ward's cost by definition: wA wB / (wA + wB) * ||mean(A) - mean(B)||^2, weighted means
        List<int[]> naive = naive(m, (a, b) -> {
            double wa = 0;
            double wb = 0;
            double[] ma = new double[d];
            double[] mb = new double[d];
            for (int i : a) {
                wa += weights[i];
                for (int j = 0; j < d; j++) {
                    ma[j] += weights[i] * points[i][j];
                }
            }
            for (int i : b) {
                wb += weights[i];
                for (int j = 0; j < d; j++) {
                    mb[j] += weights[i] * points[i][j];
                }
            }
            double sq = 0;
            for (int j = 0; j < d; j++) {
                double diff = ma[j] / wa - mb[j] / wb;
                sq += diff * diff;
            }
            return wa * wb / (wa + wb) * sq;
        });
        for (int k = 1; k <= m; k++) {
            assertArrayEquals(naive.get(m - k), chain.cut(k), "Ward, k = " + k);
        }
    }

    /**
     * The partitions of the textbook agglomeration, after 0, 1, ..., m - 1 merges, each numbered by first
     * appearance; assumes no near tie between the closest pair and the next, nor between successive heights.
     */
    private static List<int[]> naive(int m, BiFunction<List<Integer>, List<Integer>, Double> linkage) {
        List<List<Integer>> clusters = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            clusters.add(new ArrayList<>(List.of(i)));
        }
        List<int[]> out = new ArrayList<>();
        out.add(labels(clusters, m));
        double last = 0;
        while (clusters.size() > 1) {
            int ba = -1;
            int bb = -1;
            double best = Double.MAX_VALUE;
            double second = Double.MAX_VALUE;
            for (int a = 0; a < clusters.size(); a++) {
                for (int b = a + 1; b < clusters.size(); b++) {
                    double v = linkage.apply(clusters.get(a), clusters.get(b));
                    if (v < best) {
                        second = best;
                        best = v;
                        ba = a;
                        bb = b;
                    } else if (v < second) {
                        second = v;
                    }
                }
            }
            double scale = Math.max(1e-3, best);
            Assume.that(second == Double.MAX_VALUE || second - best > 1e-5 * scale);
            Assume.that(best - last > 1e-5 * scale);
            last = best;
            clusters.get(ba).addAll(clusters.remove(bb));
            out.add(labels(clusters, m));
        }
        return out;
    }

    private static int[] labels(List<List<Integer>> clusters, int m) {
        int[] of = new int[m];
        for (int c = 0; c < clusters.size(); c++) {
            for (int i : clusters.get(c)) {
                of[i] = c;
            }
        }
        int[] ids = new int[clusters.size()];
        Arrays.fill(ids, -1);
        int next = 0;
        int[] labels = new int[m];
        for (int i = 0; i < m; i++) {
            if (ids[of[i]] < 0) {
                ids[of[i]] = next++;
            }
            labels[i] = ids[of[i]];
        }
        return labels;
    }
}
