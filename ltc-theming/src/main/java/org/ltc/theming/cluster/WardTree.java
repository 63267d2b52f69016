package org.ltc.theming.cluster;

import java.util.Arrays;
import org.ltc.model.plugin.Cancellation;
import org.ltc.theming.internal.Parallel;

/**
 * Ward's minimum-variance agglomeration (Ward 1963) of weighted points: the cost of merging clusters A and B is
 * the rise in the within-cluster sum of squares, {@code |A||B|/(|A|+|B|) * ||mean(A) - mean(B)||^2}, updated by
 * the Lance-Williams formula (Murtagh and Legendre 2014 on which Ward this is). Built by the shared
 * nearest-neighbour chain ({@link Agglomeration}, Müllner 2011) in O(m^2) time over an m x m matrix of floats;
 * ties break by index, so the tree depends on the points and their order only; the distance matrix is filled in
 * fixed chunks, so the tree is the same on any number of threads. Not API.
 *
 * <p>Used twice by the {@code semantic} themer: over a sample of notes, where a cut at k gives the initial
 * centres of spherical k-means (Ward's partition refined by k-means, Milligan 1980), and over the finest
 * themes' centroids, weighted by their sizes, to make the top level.
 */
final class WardTree {
    private final int size;
    private final int[] mergeA;
    private final int[] mergeB;
    private final double[] height;
    private final Integer[] order;

    private WardTree(int size, int[] mergeA, int[] mergeB, double[] height) {
        this.size = size;
        this.mergeA = mergeA;
        this.mergeB = mergeB;
        this.height = height;
        order = new Integer[mergeA.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> {
            int c = Double.compare(height[x], height[y]);
            return c != 0 ? c : Integer.compare(x, y);
        });
    }

    /**
     * The tree of any agglomeration's merges (merge q joins the clusters named by {@code mergeA[q]} and
     * {@code mergeB[q]} at {@code height[q]}): cutting it is the same whatever the linkage, so
     * {@link Agglomeration} returns every linkage's merges as one of these.
     */
    static WardTree ofMerges(int size, int[] mergeA, int[] mergeB, double[] height) {
        return new WardTree(size, mergeA, mergeB, height);
    }

    /** The tree over single notes (each of weight 1). */
    static WardTree of(Vectors x, int[] rows, int threads, Cancellation cancel) {
        int m = rows.length;
        int d = x.dimension();
        double[][] points = new double[m][d];
        for (int i = 0; i < m; i++) {
            x.addTo(rows[i], points[i], 1);
        }
        double[] weights = new double[m];
        Arrays.fill(weights, 1);
        return of(points, weights, threads, cancel);
    }

    /** The tree over weighted points (e.g. cluster centroids weighted by their sizes). */
    static WardTree of(double[][] points, double[] weights, int threads, Cancellation cancel) {
        int m = points.length;
        double[] norm2 = new double[m];
        for (int i = 0; i < m; i++) {
            double s = 0;
            for (double v : points[i]) {
                s += v * v;
            }
            norm2[i] = s;
        }
        float[][] dist = new float[m][m];
        int chunk = 64;
        Parallel.map(Parallel.chunks(m, chunk), threads, cancel, "levels", ch -> {
            int to = Math.min(m, (ch + 1) * chunk);
            for (int i = ch * chunk; i < to; i++) {
                double[] a = points[i];
                for (int j = 0; j < i; j++) {
                    double[] b = points[j];
                    double dot = 0;
                    for (int t = 0; t < a.length; t++) {
                        dot += a[t] * b[t];
                    }
                    double sq = Math.max(0, norm2[i] + norm2[j] - 2 * dot);
                    dist[i][j] = (float) (weights[i] * weights[j] / (weights[i] + weights[j]) * sq);
                }
            }
            return null;
        });
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < i; j++) {
                dist[j][i] = dist[i][j];
            }
        }
        cancel.check("levels");
        return Agglomeration.merge(dist, weights.clone(), Agglomeration.Linkage.WARD, cancel, "levels");
    }

    /** How many points the tree joins. */
    int size() {
        return size;
    }

    /**
     * The partition into {@code k} clusters (the m - k cheapest merges), each point's cluster numbered by first
     * appearance.
     */
    int[] cut(int k) {
        int m = size;
        int[] parent = new int[m];
        for (int i = 0; i < m; i++) {
            parent[i] = i;
        }
        for (int q = 0; q < m - Math.max(1, Math.min(k, m)); q++) {
            int ra = find(parent, mergeA[order[q]]);
            int rb = find(parent, mergeB[order[q]]);
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
        int[] labels = new int[m];
        int[] ids = new int[m];
        Arrays.fill(ids, -1);
        int next = 0;
        for (int i = 0; i < m; i++) {
            int root = find(parent, i);
            if (ids[root] < 0) {
                ids[root] = next++;
            }
            labels[i] = ids[root];
        }
        return labels;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
