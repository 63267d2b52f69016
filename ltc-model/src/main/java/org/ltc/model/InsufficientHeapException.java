package org.ltc.model;

import java.util.Locale;

/**
 * A run that would not fit in the Java heap, found before the work starts rather than as an
 * {@link OutOfMemoryError} late in the run: names the JVM option {@code -Xmx}, the heap the run has and the heap
 * it needs (an estimate from the number of notes and the algorithm's settings, see
 * {@link org.ltc.model.plugin.HeapBudget}).
 */
public class InsufficientHeapException extends InvalidOptionsException {
    private static final long serialVersionUID = 1L;

    private final long neededBytes;
    private final long maxBytes;

    public InsufficientHeapException(String what, long neededBytes, long maxBytes) {
        super("-Xmx", size(maxBytes), "gives too little heap: " + what + " needs about " + size(neededBytes)
                + "; run java with -Xmx" + suggestion(neededBytes) + " or more (or theme fewer notes)");
        this.neededBytes = neededBytes;
        this.maxBytes = maxBytes;
    }

    /** The heap the run needs, in bytes (an estimate). */
    public long neededBytes() {
        return neededBytes;
    }

    /** The heap the run has, in bytes ({@link Runtime#maxMemory()} unless a host set a budget). */
    public long maxBytes() {
        return maxBytes;
    }

    /** A size as a person reads it: MB below a gigabyte, else GB with one decimal. */
    static String size(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb < 1024 ? String.format(Locale.ROOT, "%.0f MB", mb)
                : String.format(Locale.ROOT, "%.1f GB", mb / 1024);
    }

    /** The {@code -Xmx} value to give: the need rounded up to a whole gigabyte, or to 256 MB below one. */
    static String suggestion(long bytes) {
        long mb = (bytes + (1L << 20) - 1) >> 20;
        if (mb < 1024) {
            return ((mb + 255) / 256 * 256) + "m";
        }
        return ((mb + 1023) / 1024) + "g";
    }
}
