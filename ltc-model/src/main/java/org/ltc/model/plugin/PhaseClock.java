package org.ltc.model.plugin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.ltc.model.Checks;

/**
 * Where a run's time goes: the wall-clock time of each phase (read, redact, analyse, embed, cluster, label,
 * public knowledge, write...), recorded by whoever does the phase (the CLI, a themer, a labeller) into the one
 * clock the {@link RunContext} carries, and read back as {@link #millis()} for {@code --json} output and
 * provenance ({@link org.ltc.model.provenance.Provenance#phaseMillis()}, which the input digest ignores).
 *
 * <p>Two ways to record: {@link #time} around a piece of work, or {@link #lap} at the end of a stretch of code
 * (the time since the previous phase ended goes to the named phase), so a long method marks its phases with one
 * line each. Phases are disjoint: time a phase around work that times no other phase, or the time is counted
 * twice. The same phase recorded again adds to its total. {@link #off()} records nothing and costs nothing, the default of a
 * context, so a library run's result does not depend on how long it took.
 *
 * <p>Thread-safe: phases may be recorded from several threads.
 */
public final class PhaseClock {
    public static final String READ = "read";
    public static final String REDACT = "redact";
    /** Hashing the input for provenance. */
    public static final String DIGEST = "digest";
    public static final String ANALYSE = "analyse";
    public static final String EMBED = "embed";
    /** Grouping notes into themes: clustering, topic sampling or code matching. */
    public static final String CLUSTER = "cluster";
    public static final String LABEL = "label";
    public static final String PUBLIC_KNOWLEDGE = "publicKnowledge";
    public static final String WRITE = "write";

    private static final PhaseClock OFF = new PhaseClock(null);

    private final LongSupplier nanoTicker;
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    /** When the last phase ended (or the clock started): where the next {@link #lap} begins. */
    private long lastMark;

    private PhaseClock(LongSupplier nanoTicker) {
        this.nanoTicker = nanoTicker;
        this.lastMark = nanoTicker == null ? 0 : nanoTicker.getAsLong();
    }

    /** A clock that records nothing (the default). */
    public static PhaseClock off() {
        return OFF;
    }

    /** A new clock that records on {@link System#nanoTime()}. */
    public static PhaseClock start() {
        return new PhaseClock(System::nanoTime);
    }

    /** A new clock reading this ticker (nanoseconds), so tests can fix the times. */
    public static PhaseClock of(LongSupplier nanoTicker) {
        return new PhaseClock(Checks.notNull("nanoTicker", nanoTicker));
    }

    /** Whether this clock records (false for {@link #off()}). */
    public boolean recording() {
        return nanoTicker != null;
    }

    /** Runs {@code work}, adding its wall-clock time to {@code phase}. */
    public <T> T time(String phase, Supplier<T> work) {
        if (nanoTicker == null) {
            return work.get();
        }
        long start = nanoTicker.getAsLong();
        try {
            return work.get();
        } finally {
            add(phase, nanoTicker.getAsLong() - start);
        }
    }

    /** Runs {@code work}, adding its wall-clock time to {@code phase}. */
    public void time(String phase, Runnable work) {
        time(phase, () -> {
            work.run();
            return null;
        });
    }

    /** Adds {@code elapsedNanos} to {@code phase} (for a phase timed by its own code). */
    public void add(String phase, long elapsedNanos) {
        Checks.notBlank("phase", phase);
        if (nanoTicker == null) {
            return;
        }
        synchronized (nanos) {
            nanos.merge(phase, Math.max(0, elapsedNanos), Long::sum);
            lastMark = nanoTicker.getAsLong();
        }
    }

    /** Adds the time since the previous phase ended (or the clock started) to {@code phase}. */
    public void lap(String phase) {
        Checks.notBlank("phase", phase);
        if (nanoTicker == null) {
            return;
        }
        synchronized (nanos) {
            long now = nanoTicker.getAsLong();
            nanos.merge(phase, Math.max(0, now - lastMark), Long::sum);
            lastMark = now;
        }
    }

    /** The nanosecond ticker's reading now (0 when off), to time a phase whose code spans several methods. */
    public long now() {
        return nanoTicker == null ? 0 : nanoTicker.getAsLong();
    }

    /** Milliseconds per phase so far, in the order the phases were first recorded; empty when off. */
    public Map<String, Long> millis() {
        synchronized (nanos) {
            Map<String, Long> out = new LinkedHashMap<>();
            nanos.forEach((phase, n) -> out.put(phase, TimeUnit.NANOSECONDS.toMillis(n)));
            return Collections.unmodifiableMap(out);
        }
    }

    @Override
    public String toString() {
        return recording() ? "PhaseClock" + millis() : "PhaseClock.off";
    }
}
