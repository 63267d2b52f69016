package org.ltc.theming.cluster;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Row-index arrays the clustering themers pass around: seeded samples of them and plain positions. Not API. */
final class Rows {
    private Rows() {
    }

    /** The positions {@code 0, 1, ..., n - 1}. */
    static int[] positions(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }

    /**
     * A seeded sample of at most {@code size} of the rows, in ascending order: a partial Fisher-Yates shuffle,
     * which draws from {@code random} only when there is something to leave out.
     */
    static int[] sample(int[] rows, int size, SplittableRandom random) {
        if (rows.length <= size) {
            return rows.clone();
        }
        int[] copy = rows.clone();
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(copy.length - i);
            int t = copy[i];
            copy[i] = copy[j];
            copy[j] = t;
        }
        int[] out = Arrays.copyOf(copy, size);
        Arrays.sort(out);
        return out;
    }
}
