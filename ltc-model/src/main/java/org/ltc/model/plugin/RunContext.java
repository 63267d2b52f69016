package org.ltc.model.plugin;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.ltc.model.Checks;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.provenance.Provenance;

/**
 * How a run goes, whatever it runs on: the seed, the {@code ltc.*} option properties, how many threads it may
 * use (and, optionally, the host's own {@link Executor} to run them on), who hears progress, what cancels it
 * and the clock recorded in provenance. Themers, calibrators, labellers and embedding models all take one, so
 * a request is only its evidence plus this context.
 *
 * <p>The result of a run must not depend on {@link #threads()} or on the executor: they decide only how fast
 * it goes.
 *
 * @param seed         the random seed; the same input, options and seed give the same result
 * @param options      option properties, e.g. {@code ltc.theming.kmeans.k=12}, overriding a plug-in's own
 * @param threads      how many threads the run may use (at least 1)
 * @param executor     the host's executor to run parallel work on, or {@code null} for the SDK's shared pool
 *                     (see {@link Workers})
 * @param progress     hears progress on long runs
 * @param cancellation stops the run when fired
 * @param clock        the time recorded in provenance (injected so runs can be reproduced byte for byte)
 * @param phases       where the run's time goes, per phase ({@link PhaseClock#off()} by default, recording
 *                     nothing); a clock that records puts its times in the result's provenance
 * @param heap         the heap the run may use ({@link HeapBudget#runtime()} by default): a plug-in whose
 *                     estimated need is larger stops before the work with the heap it needs
 */
public record RunContext(long seed, Map<String, String> options, int threads, Executor executor,
                         ProgressListener progress, Cancellation cancellation, Clock clock, PhaseClock phases,
                         HeapBudget heap) {
    public RunContext {
        options = Checks.sortedMap("options", options);
        if (threads < 1) {
            throw new InvalidOptionsException("ltc.threads", threads, "must be at least 1");
        }
        progress = progress == null ? ProgressListener.none() : progress;
        cancellation = cancellation == null ? Cancellation.never() : cancellation;
        clock = clock == null ? Clock.systemUTC() : clock;
        phases = phases == null ? PhaseClock.off() : phases;
        heap = heap == null ? HeapBudget.runtime() : heap;
    }

    /** A context with the JVM's heap budget. */
    public RunContext(long seed, Map<String, String> options, int threads, Executor executor,
                      ProgressListener progress, Cancellation cancellation, Clock clock, PhaseClock phases) {
        this(seed, options, threads, executor, progress, cancellation, clock, phases, null);
    }

    /** A context that records no phase times (the form before {@link PhaseClock}; kept so callers compile). */
    public RunContext(long seed, Map<String, String> options, int threads, Executor executor,
                      ProgressListener progress, Cancellation cancellation, Clock clock) {
        this(seed, options, threads, executor, progress, cancellation, clock, null, null);
    }

    /** A context with this seed, no options, one thread, no progress, no cancellation and the system clock. */
    public static RunContext of(long seed) {
        return new RunContext(seed, Map.of(), 1, null, null, null, null);
    }

    /** The host's executor, if it gave one. */
    public Optional<Executor> hostExecutor() {
        return Optional.ofNullable(executor);
    }

    public RunContext withSeed(long newSeed) {
        return new RunContext(newSeed, options, threads, executor, progress, cancellation, clock, phases, heap);
    }

    public RunContext withOptions(Map<String, String> newOptions) {
        return new RunContext(seed, newOptions, threads, executor, progress, cancellation, clock, phases, heap);
    }

    public RunContext withThreads(int newThreads) {
        return new RunContext(seed, options, newThreads, executor, progress, cancellation, clock, phases, heap);
    }

    /** Parallel work runs on the host's executor (the run still uses at most {@link #threads()} of it). */
    public RunContext withExecutor(Executor newExecutor) {
        return new RunContext(seed, options, threads, newExecutor, progress, cancellation, clock, phases, heap);
    }

    public RunContext withProgress(ProgressListener newProgress) {
        return new RunContext(seed, options, threads, executor, newProgress, cancellation, clock, phases, heap);
    }

    public RunContext withCancellation(Cancellation newCancellation) {
        return new RunContext(seed, options, threads, executor, progress, newCancellation, clock, phases, heap);
    }

    public RunContext withClock(Clock newClock) {
        return new RunContext(seed, options, threads, executor, progress, cancellation, newClock, phases, heap);
    }

    /** The same context recording phase times on {@code newPhases} (e.g. {@link PhaseClock#start()}). */
    public RunContext withPhases(PhaseClock newPhases) {
        return new RunContext(seed, options, threads, executor, progress, cancellation, clock, newPhases, heap);
    }

    /** The same context with this heap budget (e.g. a host keeping part of its heap, or a test). */
    public RunContext withHeap(HeapBudget newHeap) {
        return new RunContext(seed, options, threads, executor, progress, cancellation, clock, phases, newHeap);
    }

    /**
     * {@code base} overridden by this context's option properties under its namespace: the first line of every
     * plug-in's run (see {@link OptionsBinder}).
     */
    public <R extends Record> R bind(R base) {
        return OptionsBinder.bind(base, options);
    }

    /** Throws {@link org.ltc.model.CancelledException} naming {@code what} if the run was cancelled. */
    public void checkCancelled(String what) {
        cancellation.check(what);
    }

    /**
     * The provenance of a result {@code plugin} made in this context: its id and version, the options it used
     * (as {@link OptionsBinder#toProperties} writes them), this seed, the input digest (see
     * {@link Provenance#digest(Object)}), this clock's time and the phase times recorded so far.
     */
    public Provenance provenance(Plugin plugin, Map<String, String> usedOptions, String inputSha256) {
        return Provenance.of(plugin.id(), plugin.version(), usedOptions, seed, inputSha256, clock.instant())
                .withPhaseMillis(phases.millis());
    }

    /** Runs work items in parallel as this context allows (see {@link Workers#map}). */
    public Workers workers() {
        return Workers.of(this);
    }
}
