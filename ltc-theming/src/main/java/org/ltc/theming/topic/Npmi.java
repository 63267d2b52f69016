package org.ltc.theming.topic;

import java.util.Arrays;

/**
 * NPMI coherence of topics' top words (Bouma 2009; as a topic-coherence measure, Lau, Newman and Baldwin,
 * EACL 2014): for each pair of a topic's top words, {@code log(p(a,b) / (p(a) p(b))) / -log p(a,b)}, with
 * probabilities from document co-occurrence in a reference corpus; a pair that never co-occurs scores -1.
 * A topic's coherence is the mean over its pairs; {@link #mean} averages over topics. Stateless.
 */
public final class Npmi {
    private Npmi() {
    }

    /** Mean NPMI over topics; {@code topWords[k]} are topic k's top word ids, {@code docs} the reference corpus. */
    public static double mean(int[][] topWords, int[][] docs) {
        double[] per = perTopic(topWords, docs);
        return per.length == 0 ? 0 : Arrays.stream(per).average().orElse(0);
    }

    /** NPMI of each topic. */
    public static double[] perTopic(int[][] topWords, int[][] docs) {
        int maxWord = 0;
        for (int[] t : topWords) {
            for (int w : t) {
                maxWord = Math.max(maxWord, w);
            }
        }
        for (int[] d : docs) {
            for (int w : d) {
                maxWord = Math.max(maxWord, w);
            }
        }
        int[] compact = new int[maxWord + 1];
        Arrays.fill(compact, -1);
        int m = 0;
        for (int[] t : topWords) {
            for (int w : t) {
                if (compact[w] < 0) {
                    compact[w] = m++;
                }
            }
        }
        long[] df = new long[m];
        long[] co = new long[m * m];
        int[] seen = new int[m];
        Arrays.fill(seen, -1);
        int[] present = new int[m];
        for (int d = 0; d < docs.length; d++) {
            int n = 0;
            for (int w : docs[d]) {
                int c = w >= 0 && w < compact.length ? compact[w] : -1;
                if (c >= 0 && seen[c] != d) {
                    seen[c] = d;
                    present[n++] = c;
                }
            }
            for (int i = 0; i < n; i++) {
                df[present[i]]++;
                for (int j = i + 1; j < n; j++) {
                    int a = Math.min(present[i], present[j]);
                    int b = Math.max(present[i], present[j]);
                    co[a * m + b]++;
                }
            }
        }
        double total = docs.length;
        double[] out = new double[topWords.length];
        for (int k = 0; k < topWords.length; k++) {
            int[] t = topWords[k];
            double sum = 0;
            int pairs = 0;
            for (int i = 0; i < t.length; i++) {
                for (int j = i + 1; j < t.length; j++) {
                    int a = Math.min(compact[t[i]], compact[t[j]]);
                    int b = Math.max(compact[t[i]], compact[t[j]]);
                    pairs++;
                    if (a == b) {
                        sum += 1;
                        continue;
                    }
                    long joint = co[a * m + b];
                    if (joint == 0) {
                        sum += -1;
                        continue;
                    }
                    double pab = joint / total;
                    double pa = df[a] / total;
                    double pb = df[b] / total;
                    if (pab >= 1) {
                        sum += 1;
                        continue;
                    }
                    sum += Math.log(pab / (pa * pb)) / -Math.log(pab);
                }
            }
            out[k] = pairs == 0 ? 0 : sum / pairs;
        }
        return out;
    }
}
