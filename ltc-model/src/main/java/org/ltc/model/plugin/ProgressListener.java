package org.ltc.model.plugin;

/**
 * Hears how far a long run has got. Called from the thread that runs the work (or from worker threads:
 * implementations must be thread-safe), never with a lock held, so it must return quickly.
 */
@FunctionalInterface
public interface ProgressListener {
    /**
     * @param phase what is being done, e.g. {@code "restarts"}
     * @param done  units done so far
     * @param total units in all, or {@code -1} when unknown
     */
    void progress(String phase, long done, long total);

    /** A listener that ignores everything. */
    static ProgressListener none() {
        return (phase, done, total) -> {
        };
    }
}
