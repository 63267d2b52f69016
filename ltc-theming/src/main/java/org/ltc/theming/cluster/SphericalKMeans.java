package org.ltc.theming.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.ltc.model.plugin.Cancellation;
import org.ltc.theming.internal.Parallel;

/**
 * Spherical k-means (Dhillon and Modha 2001): cosine similarity, centres renormalised to unit length, seeded
 * by k-means++ (Arthur and Vassilvitskii 2007) with distance {@code 1 - cos}. Assignment sweeps run over
 * fixed chunks and their partial sums are added in chunk order, so results do not depend on the thread
 * count. Not API.
 */
final class SphericalKMeans {
    static final int CHUNK = 2048;

    private SphericalKMeans() {
    }

    /** A clustering of some rows. */
    record Result(int[] assignment, double[] similarity, double[][] centres, int[] sizes, double objective) {
    }

    /** k-means++ seeds chosen among {@code rows}. */
    static double[][] seed(Vectors x, int[] rows, int k, SplittableRandom random) {
        int m = rows.length;
        int d = x.dimension();
        double[][] centres = new double[k][];
        double[] dist = new double[m];
        Arrays.fill(dist, Double.MAX_VALUE);
        int first = rows[random.nextInt(m)];
        centres[0] = new double[d];
        x.addTo(first, centres[0], 1);
        for (int c = 1; c <= k; c++) {
            double total = 0;
            for (int i = 0; i < m; i++) {
                double dd = Math.max(0, 1 - x.dot(rows[i], centres[c - 1]));
                if (dd < dist[i]) {
                    dist[i] = dd;
                }
                total += dist[i] * dist[i];
            }
            if (c == k) {
                break;
            }
            int pick;
            if (total <= 0) {
                pick = random.nextInt(m);
            } else {
                double r = random.nextDouble() * total;
                pick = m - 1;
                double acc = 0;
                for (int i = 0; i < m; i++) {
                    acc += dist[i] * dist[i];
                    if (acc >= r && dist[i] > 0) {
                        pick = i;
                        break;
                    }
                }
            }
            centres[c] = new double[d];
            x.addTo(rows[pick], centres[c], 1);
        }
        return centres;
    }

    /** Lloyd iterations over {@code rows} from the given centres (which are not changed). */
    static Result lloyd(Vectors x, int[] rows, double[][] start, int maxIterations, double tolerance, int threads,
                        Cancellation cancel) {
        int m = rows.length;
        int k = start.length;
        int d = x.dimension();
        double[][] centres = new double[k][];
        for (int c = 0; c < k; c++) {
            centres[c] = start[c].clone();
            normalise(centres[c]);
        }
        int[] assignment = new int[m];
        Arrays.fill(assignment, -1);
        double[] similarity = new double[m];
        int[] sizes = new int[k];
        double objective = 0;
        // at most 16 partial sums, whatever m: chunk boundaries depend on m only, never on the thread count
        int chunkSize = Math.max(CHUNK, (m + 15) / 16);
        int chunks = Parallel.chunks(m, chunkSize);
        for (int it = 0; it < maxIterations; it++) {
            double[][] cs = centres;
            List<Partial> parts = Parallel.map(chunks, threads, cancel, "k-means", ch -> {
                Partial p = new Partial(k, d);
                int to = Math.min(m, (ch + 1) * chunkSize);
                for (int i = ch * chunkSize; i < to; i++) {
                    int best = 0;
                    double bestSim = Double.NEGATIVE_INFINITY;
                    for (int c = 0; c < k; c++) {
                        double s = x.dot(rows[i], cs[c]);
                        if (s > bestSim) {
                            bestSim = s;
                            best = c;
                        }
                    }
                    if (assignment[i] != best) {
                        p.changed++;
                    }
                    assignment[i] = best;
                    similarity[i] = bestSim;
                    p.objective += bestSim;
                    p.counts[best]++;
                    x.addTo(rows[i], p.sums[best], 1);
                }
                return p;
            });
            double[][] sums = new double[k][d];
            Arrays.fill(sizes, 0);
            int changed = 0;
            objective = 0;
            for (Partial p : parts) {
                for (int c = 0; c < k; c++) {
                    sizes[c] += p.counts[c];
                    double[] s = sums[c];
                    double[] ps = p.sums[c];
                    for (int j = 0; j < d; j++) {
                        s[j] += ps[j];
                    }
                }
                changed += p.changed;
                objective += p.objective;
            }
            // empty clusters restart at the notes that fit their centres worst
            List<Integer> empty = new ArrayList<>();
            for (int c = 0; c < k; c++) {
                if (sizes[c] == 0) {
                    empty.add(c);
                }
            }
            if (!empty.isEmpty()) {
                Integer[] order = new Integer[m];
                for (int i = 0; i < m; i++) {
                    order[i] = i;
                }
                Arrays.sort(order, (a, b) -> {
                    int cmp = Double.compare(similarity[a], similarity[b]);
                    return cmp != 0 ? cmp : Integer.compare(a, b);
                });
                int next = 0;
                for (int c : empty) {
                    while (next < m && sizes[assignment[order[next]]] <= 1) {
                        next++;
                    }
                    if (next >= m) {
                        break;
                    }
                    int i = order[next++];
                    int old = assignment[i];
                    sizes[old]--;
                    x.addTo(rows[i], sums[old], -1);
                    assignment[i] = c;
                    sizes[c] = 1;
                    x.addTo(rows[i], sums[c], 1);
                    changed = m; // keep iterating
                }
            }
            for (int c = 0; c < k; c++) {
                if (sizes[c] > 0) {
                    normalise(sums[c]);
                    centres[c] = sums[c];
                }
            }
            if (changed <= tolerance * m && it > 0) {
                break;
            }
        }
        // final similarities against the final centres
        double[][] cs = centres;
        List<Double> objs = Parallel.map(chunks, threads, cancel, "k-means", ch -> {
            double o = 0;
            int to = Math.min(m, (ch + 1) * chunkSize);
            for (int i = ch * chunkSize; i < to; i++) {
                int best = 0;
                double bestSim = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    double s = x.dot(rows[i], cs[c]);
                    if (s > bestSim) {
                        bestSim = s;
                        best = c;
                    }
                }
                assignment[i] = best;
                similarity[i] = bestSim;
                o += bestSim;
            }
            return o;
        });
        Arrays.fill(sizes, 0);
        for (int a : assignment) {
            sizes[a]++;
        }
        objective = 0;
        for (double o : objs) {
            objective += o;
        }
        return new Result(assignment, similarity, centres, sizes, objective);
    }

    static void normalise(double[] v) {
        double n = 0;
        for (double x : v) {
            n += x * x;
        }
        n = Math.sqrt(n);
        if (n > 0) {
            for (int j = 0; j < v.length; j++) {
                v[j] /= n;
            }
        }
    }

    /** One chunk's share of an assignment sweep. */
    private static final class Partial {
        final double[][] sums;
        final int[] counts;
        int changed;
        double objective;

        Partial(int k, int d) {
            sums = new double[k][d];
            counts = new int[k];
        }
    }
}
