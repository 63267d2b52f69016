package org.ltc.model.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.ltc.model.InsufficientHeapException;
import org.ltc.model.InvalidOptionsException;

/** Phase times on a fixed ticker, and the heap budget's early refusal. */
class PhaseClockTest {
    private static final long MS = 1_000_000L;

    @Test
    void timesAndLapsAddUpPerPhaseInTheOrderRun() {
        AtomicLong now = new AtomicLong();
        PhaseClock clock = PhaseClock.of(now::get);
        String read = clock.time(PhaseClock.READ, () -> {
            now.addAndGet(30 * MS);
            return "notes";
        });
        assertEquals("notes", read);
        now.addAndGet(5 * MS);
        clock.lap(PhaseClock.ANALYSE); // since the read ended
        now.addAndGet(7 * MS);
        clock.lap(PhaseClock.CLUSTER);
        clock.time(PhaseClock.ANALYSE, () -> now.addAndGet(2 * MS)); // the same phase again adds up
        assertEquals(Map.of("read", 30L, "analyse", 7L, "cluster", 7L), clock.millis());
        assertEquals(List.of("read", "analyse", "cluster"), List.copyOf(clock.millis().keySet()));
    }

    @Test
    void offRecordsNothingAndContextsAreOffByDefault() {
        PhaseClock off = PhaseClock.off();
        assertFalse(off.recording());
        off.lap(PhaseClock.READ);
        assertEquals(7, off.time(PhaseClock.READ, () -> 7));
        assertTrue(off.millis().isEmpty());
        assertFalse(RunContext.of(1).phases().recording());
        assertTrue(RunContext.of(1).withPhases(PhaseClock.start()).withSeed(2).phases().recording());
    }

    @Test
    void theProvenanceOfARecordingContextCarriesItsPhaseTimes() {
        AtomicLong now = new AtomicLong();
        PhaseClock clock = PhaseClock.of(now::get);
        clock.time(PhaseClock.READ, () -> now.addAndGet(12 * MS));
        RunContext context = RunContext.of(1).withPhases(clock);
        Plugin plugin = new Plugin() {
            @Override
            public String id() {
                return "p";
            }
        };
        var p = context.provenance(plugin, Map.of(), "0".repeat(64));
        assertEquals(Map.of("read", 12L), p.phaseMillis());
        assertTrue(RunContext.of(1).provenance(plugin, Map.of(), "0".repeat(64)).phaseMillis().isEmpty());
    }

    @Test
    void aBudgetTooSmallRefusesNamingXmxAndTheHeapNeeded() {
        HeapBudget budget = HeapBudget.of(512L << 20);
        budget.require("small", 100L << 20); // fits: nothing happens
        InsufficientHeapException e = assertThrows(InsufficientHeapException.class,
                () -> budget.require("the kmeans themer on 1,000,000 notes", (5L << 30) / 2));
        assertEquals("-Xmx", e.option());
        assertTrue(e.getMessage().contains("the kmeans themer on 1,000,000 notes needs about 2.5 GB"), e.getMessage());
        assertTrue(e.getMessage().contains("-Xmx3g"), e.getMessage());
        assertTrue(e.getMessage().contains("512 MB"), e.getMessage());
        assertEquals((5L << 30) / 2, e.neededBytes());
        assertTrue(e instanceof InvalidOptionsException);
        assertThrows(InvalidOptionsException.class, () -> HeapBudget.of(0));
        assertEquals(Runtime.getRuntime().maxMemory(), RunContext.of(1).heap().maxBytes());
    }
}
