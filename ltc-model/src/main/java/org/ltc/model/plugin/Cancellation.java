package org.ltc.model.plugin;

import java.util.concurrent.atomic.AtomicBoolean;
import org.ltc.model.CancelledException;

/**
 * A signal a caller sets to stop a long run. Algorithms poll it between units of work and end promptly
 * with {@link CancelledException}, returning nothing half-made.
 */
public interface Cancellation {
    boolean isCancelled();

    /** Throws {@link CancelledException} naming {@code what} if cancellation was requested. */
    default void check(String what) {
        if (isCancelled()) {
            throw new CancelledException(what);
        }
    }

    /** A signal that never fires. */
    static Cancellation never() {
        return () -> false;
    }

    /** A signal the caller fires with {@link Source#cancel()}. */
    static Source source() {
        return new Source();
    }

    /** A cancellation signal that a caller can fire once, from any thread. */
    final class Source implements Cancellation {
        private final AtomicBoolean cancelled = new AtomicBoolean();

        private Source() {
        }

        public void cancel() {
            cancelled.set(true);
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }
    }
}
