package org.ltc.model.plugin;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * What every plug-in request shares: its evidence is its own, how it runs is one {@link RunContext}. A request
 * record names its context component {@code context} and says how to rebuild itself with another
 * ({@link #withContext}); the reads ({@link #seed()}, {@link #options()}, ...) and the {@code with*} copies of
 * the context's parts come from here, so themers' and calibrators' requests cannot drift apart.
 *
 * <p>Implementations are immutable records; every {@code with*} method returns a new request.
 *
 * @param <R> the request type itself, so that {@code with*} returns it
 */
public interface RunRequest<R extends RunRequest<R>> {
    /** How the run goes: seed, options, threads or a host executor, progress, cancellation, clock. */
    RunContext context();

    /** The same evidence run in another context. */
    R withContext(RunContext newContext);

    /** Option properties, e.g. {@code ltc.theming.kmeans.k=12}, overriding the plug-in's own. */
    default Map<String, String> options() {
        return context().options();
    }

    /** The random seed; the same request and seed give the same result. */
    default long seed() {
        return context().seed();
    }

    /** How many threads the plug-in may use (at least 1); the result must not depend on it. */
    default int threads() {
        return context().threads();
    }

    /** Hears progress on long runs. */
    default ProgressListener progress() {
        return context().progress();
    }

    /** Stops the run when fired. */
    default Cancellation cancellation() {
        return context().cancellation();
    }

    /** The time recorded in provenance. */
    default Clock clock() {
        return context().clock();
    }

    /** The same request with other option properties. */
    default R withOptions(Map<String, String> newOptions) {
        return withContext(context().withOptions(newOptions));
    }

    /** The same request with another seed. */
    default R withSeed(long newSeed) {
        return withContext(context().withSeed(newSeed));
    }

    /** The same request allowed this many threads. */
    default R withThreads(int newThreads) {
        return withContext(context().withThreads(newThreads));
    }

    /** The same request run on the host's executor. */
    default R withExecutor(Executor newExecutor) {
        return withContext(context().withExecutor(newExecutor));
    }

    /** The same request with another progress listener. */
    default R withProgress(ProgressListener newProgress) {
        return withContext(context().withProgress(newProgress));
    }

    /** The same request with another cancellation signal. */
    default R withCancellation(Cancellation newCancellation) {
        return withContext(context().withCancellation(newCancellation));
    }

    /** The same request with another clock (the time recorded in provenance). */
    default R withClock(Clock newClock) {
        return withContext(context().withClock(newClock));
    }
}
