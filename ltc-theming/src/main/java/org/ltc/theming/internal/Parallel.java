package org.ltc.theming.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.ltc.model.CancelledException;
import org.ltc.model.plugin.Cancellation;

/**
 * Runs work over fixed chunks of an index range. Chunk boundaries depend only on the range and the chunk
 * size, never on the thread count, and results come back in chunk order, so a caller that reduces them in
 * that order gets the same bits on any number of threads.
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
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, chunks), r -> {
            Thread t = new Thread(r, "ltc-theming-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>(chunks);
            for (int c = 0; c < chunks; c++) {
                final int chunk = c;
                futures.add(pool.submit(() -> {
                    cancellation.check(what);
                    return work.apply(chunk);
                }));
            }
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException(what);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
