package org.ltc.model.plugin;

import org.ltc.model.InsufficientHeapException;
import org.ltc.model.InvalidOptionsException;

/**
 * The Java heap a run may use, so a run too big for it stops at once with the heap it needs
 * ({@link InsufficientHeapException}, naming {@code -Xmx}) instead of failing late with an
 * {@link OutOfMemoryError}. A plug-in estimates its need from the size of its input and its settings and calls
 * {@link #require} before the work.
 *
 * <p>By default the budget is the JVM's ({@link Runtime#maxMemory()}); a host (or a test) may set another, for
 * example to keep part of its heap for itself. Immutable and thread-safe.
 *
 * @param maxBytes the most heap the run may use, in bytes
 */
public record HeapBudget(long maxBytes) {
    public HeapBudget {
        if (maxBytes <= 0) {
            throw new InvalidOptionsException("heap budget", maxBytes, "must be more than 0 bytes");
        }
    }

    /** The JVM's own limit ({@link Runtime#maxMemory()}, set by {@code -Xmx}). */
    public static HeapBudget runtime() {
        return new HeapBudget(Runtime.getRuntime().maxMemory());
    }

    /** A budget of this many bytes. */
    public static HeapBudget of(long maxBytes) {
        return new HeapBudget(maxBytes);
    }

    /**
     * Throws {@link InsufficientHeapException} when {@code neededBytes} is more than this budget.
     *
     * @param what what needs it, as a person reads it, e.g. "kmeans on 1,000,000 notes"
     */
    public void require(String what, long neededBytes) {
        if (neededBytes > maxBytes) {
            throw new InsufficientHeapException(what, neededBytes, maxBytes);
        }
    }
}
