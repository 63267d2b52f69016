package org.ltc.theming.cluster;

import java.util.Arrays;
import org.ltc.model.plugin.Cancellation;

/**
 * Hierarchical agglomerative clustering by the nearest-neighbour chain (Murtagh 1983), in O(m^2) time over an
 * m x m matrix of floats, after Müllner (2011), "Modern hierarchical, agglomerative clustering algorithms",
 * arXiv:1109.2378, section 3.2 (the algorithm NN-chain-linkage). The chain follows nearest neighbours until two
 * clusters are each other's nearest and merges them; that is exact for a linkage whose merge cost is
 * reducible, as Ward's and average linkage are (Müllner 2011, section 3.2; Murtagh and Legendre 2014 for Ward).
 * The distance from a merged cluster to every other is the Lance-Williams update of its {@link Linkage}.
 *
 * <p>Ties break by index: the chain starts at the lowest-indexed cluster alive, a tie for the nearest neighbour
 * goes to the cluster the chain came from, else to the lowest index; a merged cluster keeps the lower of its
 * two indices. The tree therefore depends on the matrix and the order of its rows only. Not API.
 */
final class Agglomeration {
    private Agglomeration() {
    }

    /** How the distance from a merged cluster to a third is updated (Lance and Williams 1967). */
    enum Linkage {
        /**
         * Ward's minimum variance (Ward 1963): with {@code d} the rise in the within-cluster sum of squares a
         * merge costs, {@code d(K+G, J) = ((sK + sJ) d(K, J) + (sG + sJ) d(G, J) - sJ d(K, G)) / (sK + sG + sJ)},
         * computed in double.
         */
        WARD {
            @Override
            float update(double sk, double sg, double sj, float dkj, float dgj, float dkg) {
                return (float) (((sk + sj) * dkj + (sg + sj) * dgj - sj * (double) dkg) / (sk + sg + sj));
            }
        },
        /**
         * Average linkage (UPGMA, Sokal and Michener 1958): {@code d(K+G, J) = (sK d(K, J) + sG d(G, J)) / (sK + sG)},
         * computed in float, as the co-association consensus always has.
         */
        AVERAGE {
            @Override
            float update(double sk, double sg, double sj, float dkj, float dgj, float dkg) {
                return ((float) sk * dkj + (float) sg * dgj) / (float) (sk + sg);
            }
        };

        /** The distance from the union of clusters K and G (of sizes sK and sG) to a cluster J of size sJ. */
        abstract float update(double sk, double sg, double sj, float dkj, float dgj, float dkg);
    }

    /**
     * Agglomerates {@code m} clusters into one.
     *
     * @param dist    the symmetric m x m distances (the diagonal is not read); overwritten as clusters merge
     * @param size    each starting cluster's size or weight; overwritten
     * @param linkage the Lance-Williams update
     * @param cancel  checked every 256 merges
     * @param what    the work's name for cancellation
     * @return the merges, to cut with {@link WardTree#cut}
     */
    static WardTree merge(float[][] dist, double[] size, Linkage linkage, Cancellation cancel, String what) {
        int m = dist.length;
        if (m == 0) {
            return WardTree.ofMerges(0, new int[0], new int[0], new double[0]);
        }
        boolean[] alive = new boolean[m];
        Arrays.fill(alive, true);
        int[] mergeA = new int[m - 1];
        int[] mergeB = new int[m - 1];
        double[] height = new double[m - 1];
        int merges = 0;
        int[] chain = new int[m];
        int top = 0;
        int remaining = m;
        int first = 0;
        while (remaining > 1) {
            if (top == 0) {
                while (!alive[first]) {
                    first++;
                }
                chain[top++] = first;
            }
            int a = chain[top - 1];
            int prev = top >= 2 ? chain[top - 2] : -1;
            int nn = -1;
            float best = Float.MAX_VALUE;
            if (prev >= 0) {
                nn = prev;
                best = dist[a][prev];
            }
            float[] row = dist[a];
            for (int j = 0; j < m; j++) {
                if (alive[j] && j != a && row[j] < best) {
                    best = row[j];
                    nn = j;
                }
            }
            if (nn != prev) {
                chain[top++] = nn;
                continue;
            }
            top -= 2;
            int keep = Math.min(a, nn);
            int gone = Math.max(a, nn);
            mergeA[merges] = keep;
            mergeB[merges] = gone;
            height[merges++] = best;
            float[] dk = dist[keep];
            float[] dg = dist[gone];
            double sk = size[keep];
            double sg = size[gone];
            float dkg = dk[gone];
            for (int j = 0; j < m; j++) {
                if (alive[j] && j != keep && j != gone) {
                    float v = linkage.update(sk, sg, size[j], dk[j], dg[j], dkg);
                    dk[j] = v;
                    dist[j][keep] = v;
                }
            }
            size[keep] = sk + sg;
            alive[gone] = false;
            dist[gone] = null;
            remaining--;
            if (remaining % 256 == 0) {
                cancel.check(what);
            }
        }
        return WardTree.ofMerges(m, mergeA, mergeB, height);
    }
}
