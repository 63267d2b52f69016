package org.ltc.model.plugin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import org.ltc.model.CancelledException;
import org.ltc.model.LtcException;

/**
 * Runs the items of one piece of work on up to {@code threads} threads, on the host's {@link Executor} or on
 * one pool the SDK shares across runs, and returns their results in item order, so a caller that reduces them
 * in that order gets the same bits on any number of threads.
 *
 * <p>No pool is made per call. The calling thread always works through items itself, and helpers only
 * take items no one has taken yet, so the work finishes even when every pool thread is busy (for example when
 * parallel work is nested), and a saturated pool only makes it slower. The shared pool has as many daemon
 * threads as the machine has processors, started on demand and let go after a minute idle.
 *
 * <p>Thread-safe; instances are immutable.
 */
public final class Workers {
    private static final Executor SHARED = sharedPool();

    private final Executor executor;
    private final int threads;
    private final Cancellation cancellation;

    private Workers(Executor executor, int threads, Cancellation cancellation) {
        this.executor = executor;
        this.threads = threads;
        this.cancellation = cancellation;
    }

    /** Workers on the context's executor (or the shared pool) with the context's threads and cancellation. */
    public static Workers of(RunContext context) {
        return of(context.executor(), context.threads(), context.cancellation());
    }

    /** Workers on {@code executor} ({@code null}: the shared pool), at most {@code threads} at a time. */
    public static Workers of(Executor executor, int threads, Cancellation cancellation) {
        return new Workers(executor == null ? SHARED : executor, Math.max(1, threads),
                cancellation == null ? Cancellation.never() : cancellation);
    }

    public int threads() {
        return threads;
    }

    /**
     * Applies {@code work} to every item in {@code [0, items)} and returns the results in item order.
     * Cancellation is checked before each item ({@code what} names the work in the exception). The first
     * failure of any item is rethrown once every item started has ended.
     */
    public <T> List<T> map(int items, String what, IntFunction<T> work) {
        if (threads <= 1 || items <= 1) {
            List<T> out = new ArrayList<>(items);
            for (int i = 0; i < items; i++) {
                cancellation.check(what);
                out.add(work.apply(i));
            }
            return out;
        }
        Object[] results = new Object[items];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Object lock = new Object();
        Runnable drain = () -> {
            int i;
            while ((i = next.getAndIncrement()) < items) {
                try {
                    if (failure.get() == null) {
                        cancellation.check(what);
                        results[i] = work.apply(i);
                    }
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                } finally {
                    if (done.incrementAndGet() == items) {
                        synchronized (lock) {
                            lock.notifyAll();
                        }
                    }
                }
            }
        };
        int helpers = Math.min(threads, items) - 1;
        for (int h = 0; h < helpers; h++) {
            try {
                executor.execute(drain);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                break; // the caller's own thread still drains every item
            }
        }
        drain.run();
        synchronized (lock) {
            while (done.get() < items) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancelledException(what);
                }
            }
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
        if (t != null) {
            throw new LtcException(what + " failed: " + t, t);
        }
        @SuppressWarnings("unchecked")
        List<T> out = (List<T>) Arrays.asList(results);
        return out;
    }

    /** Runs every task (in parallel as allowed) and returns when all have ended. */
    public void runAll(List<? extends Runnable> tasks, String what) {
        map(tasks.size(), what, i -> {
            tasks.get(i).run();
            return null;
        });
    }

    private static Executor sharedPool() {
        int n = Math.max(1, Runtime.getRuntime().availableProcessors());
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(n, n, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                r -> {
                    Thread t = new Thread(r, "ltc-worker-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
