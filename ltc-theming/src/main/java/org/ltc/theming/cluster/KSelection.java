package org.ltc.theming.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.ltc.model.plugin.Cancellation;
import org.ltc.model.plugin.ProgressListener;
import org.ltc.theming.internal.Parallel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Choosing the number of themes by the mean silhouette (Rousseeuw 1987, "Silhouettes: a graphical aid to the
 * interpretation and validation of cluster analysis", with cosine distance) of a partition at each k of a
 * geometric grid, on a seeded sample of rows: the smallest k whose score is within 3% of the best, since
 * silhouettes plateau near the best k. Both clustering themers choose k here; each brings its own partition
 * at k (quick k-means runs for {@code kmeans}, cuts of Ward's tree for {@code semantic}). Not API.
 */
final class KSelection {
    /** At most this many rows are scored: the similarity matrix is quadratic. */
    static final int SILHOUETTE_SAMPLE = 2000;
    private static final double STEP = 1.2;
    private static final double SLACK = 0.03;
    private static final int CHUNK = 64;
    private static final Logger LOG = LoggerFactory.getLogger(KSelection.class);

    private KSelection() {
    }

    /** A partition of the rows into k clusters: one label in [0, k) for each row, in the rows' order. */
    interface Partition {
        /**
         * @param g the position of k in the grid
         * @param k the number of clusters
         */
        int[] labels(int g, int k);
    }

    /**
     * The k of {@code grid} whose partition has the best mean silhouette over a sample of at most
     * {@value #SILHOUETTE_SAMPLE} of {@code rows} (rows of {@code x}), taking the smallest within 3% of the best.
     * {@code partition} is asked for each k in grid order.
     */
    static int bySilhouette(Vectors x, int[] rows, List<Integer> grid, Partition partition, SplittableRandom random,
                            int threads, Cancellation cancel, ProgressListener progress) {
        int[] sil = Rows.sample(Rows.positions(rows.length), SILHOUETTE_SAMPLE, random);
        int m = sil.length;
        int[] silRows = new int[m];
        for (int i = 0; i < m; i++) {
            silRows[i] = rows[sil[i]];
        }
        float[][] sim = similarities(x, silRows, threads, cancel);
        double[] scores = new double[grid.size()];
        for (int g = 0; g < grid.size(); g++) {
            int k = grid.get(g);
            int[] all = partition.labels(g, k);
            int[] labels = new int[m];
            for (int i = 0; i < m; i++) {
                labels[i] = all[sil[i]];
            }
            scores[g] = silhouette(sim, labels, k);
            LOG.debug("auto k={} silhouette={}", k, scores[g]);
            progress.progress("choosing k", g + 1, grid.size());
        }
        return smallestNearBest(grid, scores);
    }

    /** The cosine similarity of every pair of {@code rows} (unit vectors), computed in parallel chunks. */
    static float[][] similarities(Vectors x, int[] rows, int threads, Cancellation cancel) {
        int m = rows.length;
        float[][] sim = new float[m][m];
        Parallel.map(Parallel.chunks(m, CHUNK), threads, cancel, "choosing k", ch -> {
            double[] probe = new double[x.dimension()];
            int to = Math.min(m, (ch + 1) * CHUNK);
            for (int i = ch * CHUNK; i < to; i++) {
                Arrays.fill(probe, 0);
                x.addTo(rows[i], probe, 1);
                for (int j = 0; j < m; j++) {
                    sim[i][j] = (float) x.dot(rows[j], probe);
                }
            }
            return null;
        });
        return sim;
    }

    /** The k tried when choosing automatically: a geometric grid (step {@value #STEP}) from minK to maxK. */
    static List<Integer> kGrid(int minK, int maxK) {
        List<Integer> grid = new ArrayList<>();
        for (double k = minK; k <= maxK; k *= STEP) {
            int ki = (int) Math.round(k);
            if (grid.isEmpty() || grid.get(grid.size() - 1) != ki) {
                grid.add(ki);
            }
        }
        if (grid.get(grid.size() - 1) != maxK) {
            grid.add(maxK);
        }
        return grid;
    }

    /** Silhouettes plateau near the best k: the smallest k whose score is within 3% of the best. */
    static int smallestNearBest(List<Integer> grid, double[] scores) {
        double top = Double.NEGATIVE_INFINITY;
        for (double sc : scores) {
            top = Math.max(top, sc);
        }
        for (int g = 0; g < grid.size(); g++) {
            if (scores[g] >= top - SLACK * Math.abs(top)) {
                return grid.get(g);
            }
        }
        return grid.get(grid.size() - 1);
    }

    /** Mean silhouette with cosine distance; a point alone in its cluster scores 0. */
    static double silhouette(float[][] sim, int[] labels, int k) {
        int m = labels.length;
        int[] sizes = new int[k];
        for (int l : labels) {
            sizes[l]++;
        }
        double total = 0;
        double[] dist = new double[k];
        for (int i = 0; i < m; i++) {
            if (sizes[labels[i]] <= 1) {
                continue;
            }
            Arrays.fill(dist, 0);
            for (int j = 0; j < m; j++) {
                if (j != i) {
                    dist[labels[j]] += 1 - sim[i][j];
                }
            }
            double a = dist[labels[i]] / (sizes[labels[i]] - 1);
            double b = Double.MAX_VALUE;
            for (int c = 0; c < k; c++) {
                if (c != labels[i] && sizes[c] > 0) {
                    b = Math.min(b, dist[c] / sizes[c]);
                }
            }
            if (b == Double.MAX_VALUE) {
                continue;
            }
            double s = Math.max(a, b) == 0 ? 0 : (b - a) / Math.max(a, b);
            total += s;
        }
        return m == 0 ? 0 : total / m;
    }
}
