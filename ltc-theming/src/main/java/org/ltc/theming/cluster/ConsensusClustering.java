package org.ltc.theming.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.ltc.model.plugin.Cancellation;
import org.ltc.model.plugin.ProgressListener;
import org.ltc.theming.internal.Parallel;

/**
 * The {@code kmeans} themer's clustering: consensus clustering over restarts (Monti, Tamayo, Mesirov and Golub
 * 2003, "Consensus clustering: a resampling-based method for class discovery and visualization of gene expression
 * microarray data") by evidence accumulation (Fred and Jain 2005). {@code restarts} seeded k-means++ runs
 * (Arthur and Vassilvitskii 2007) on a sample; the share of runs that put two rows together is their similarity;
 * average-linkage clustering of {@code 1 - share}, cut at k, is the consensus; its centres start Lloyd iterations
 * over every note. The result depends far less on any one seeding than a single run does. Not API.
 */
final class ConsensusClustering {
    /** The co-association matrix is quadratic: the consensus looks at a seeded sub-sample of this many rows. */
    private static final int SAMPLE = 4000;
    /** Restarts, and the quick runs that choose k, stop at this looser tolerance than the final run. */
    static final double RESTART_TOLERANCE = 0.01;

    private ConsensusClustering() {
    }

    /** Restarts on the sample, their consensus, then Lloyd over every active note. */
    static SphericalKMeans.Result cluster(Vectors x, int[] active, int[] sample, int k, KMeansOptions opts,
                                          SplittableRandom random, int threads, Cancellation cancel,
                                          ProgressListener progress) {
        int restarts = opts.restarts();
        long[] seeds = new long[restarts];
        for (int r = 0; r < restarts; r++) {
            seeds[r] = random.nextLong();
        }
        AtomicInteger done = new AtomicInteger();
        List<SphericalKMeans.Result> runs = Parallel.map(restarts, threads, cancel, "k-means restarts", r -> {
            SplittableRandom rr = new SplittableRandom(seeds[r]);
            double[][] start = SphericalKMeans.seed(x, sample, k, rr);
            SphericalKMeans.Result res = SphericalKMeans.lloyd(x, sample, start, opts.maxIterations(),
                    Math.max(opts.tolerance(), RESTART_TOLERANCE), 1, cancel);
            progress.progress("restarts", done.incrementAndGet(), restarts);
            return res;
        });
        int[] sub = Rows.sample(Rows.positions(sample.length), SAMPLE, random.split());
        List<int[]> subRuns = new ArrayList<>(runs.size());
        for (SphericalKMeans.Result run : runs) {
            int[] a = new int[sub.length];
            for (int i = 0; i < sub.length; i++) {
                a[i] = run.assignment()[sub[i]];
            }
            subRuns.add(a);
        }
        int[] labels = coAssociation(subRuns, Math.min(k, sub.length), cancel);
        double[][] centres = new double[k][x.dimension()];
        for (int i = 0; i < sub.length; i++) {
            x.addTo(sample[sub[i]], centres[labels[i]], 1);
        }
        cancel.check("k-means");
        return SphericalKMeans.lloyd(x, active, centres, opts.maxIterations(), opts.tolerance(), threads, cancel);
    }

    /**
     * Evidence accumulation (Fred and Jain 2005): the share of runs that put two rows together is their
     * similarity, and average-linkage clustering of {@code 1 - share} ({@link Agglomeration}), cut at k
     * clusters, is the consensus. Ties break by index, so the consensus depends on the runs only, and as they
     * grow in number on the data only.
     *
     * @param runs each run's cluster of every row
     * @return each row's consensus cluster, numbered by first appearance
     */
    static int[] coAssociation(List<int[]> runs, int k, Cancellation cancel) {
        int m = runs.get(0).length;
        int rs = runs.size();
        float[][] dist = new float[m][];
        for (int i = 0; i < m; i++) {
            dist[i] = new float[m];
            for (int j = 0; j < i; j++) {
                int together = 0;
                for (int[] r : runs) {
                    if (r[i] == r[j]) {
                        together++;
                    }
                }
                float d = 1f - together / (float) rs;
                dist[i][j] = d;
                dist[j][i] = d;
            }
        }
        double[] size = new double[m];
        Arrays.fill(size, 1);
        return Agglomeration.merge(dist, size, Agglomeration.Linkage.AVERAGE, cancel, "k-means consensus").cut(k);
    }
}
