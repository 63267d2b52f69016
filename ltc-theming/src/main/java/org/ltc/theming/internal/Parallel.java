package org.ltc.theming.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.ltc.model.plugin.Cancellation;
import org.ltc.model.plugin.Workers;

/**
 * Runs work over fixed chunks of an index range. Chunk boundaries depend only on the range and the chunk
 * size, never on the thread count, and results come back in chunk order, so a caller that reduces them in
 * that order gets the same bits on any number of threads. The work runs on the SDK's shared pool
 * ({@link Workers}); no pool is made per call.
 */
public final class Parallel {
    private Parallel() {
    }

    /** How many chunks {@code n} items make with {@code chunkSize} items per chunk. */
    public static int chunks(int n, int chunkSize) {
        return (n + chunkSize - 1) / chunkSize;
    }

    /**
     * Applies {@code work} to every chunk index in {@code [0, chunks)} and returns the results in chunk
     * order. Cancellation is checked before each chunk.
     */
    public static <T> List<T> map(int chunks, int threads, Cancellation cancellation, String what,
                                  IntFunction<T> work) {
        List<T> out = new ArrayList<>(chunks);
        if (threads <= 1 || chunks <= 1) {
            for (int c = 0; c < chunks; c++) {
                cancellation.check(what);
                out.add(work.apply(c));
            }
            return out;
        }
        return Workers.of(null, threads, cancellation).map(chunks, what, work);
    }
}
