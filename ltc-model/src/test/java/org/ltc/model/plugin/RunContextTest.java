package org.ltc.model.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.ltc.model.CancelledException;
import org.ltc.model.InvalidOptionsException;

class RunContextTest {
    @Test
    void ofSeedHasOneThreadNoOptionsAndQuietDefaults() {
        RunContext c = RunContext.of(7);
        assertEquals(7, c.seed());
        assertEquals(Map.of(), c.options());
        assertEquals(1, c.threads());
        assertTrue(c.hostExecutor().isEmpty());
        Clock fixed = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
        RunContext d = c.withThreads(4).withOptions(Map.of("ltc.x.y", "1")).withClock(fixed).withSeed(9);
        assertEquals(4, d.threads());
        assertEquals(9, d.seed());
        assertSame(fixed, d.clock());
        assertEquals(Map.of("ltc.x.y", "1"), d.options());
        assertThrows(InvalidOptionsException.class, () -> c.withThreads(0));
    }

    @Test
    void workersReturnResultsInItemOrderOnAnyNumberOfThreads() {
        List<Integer> expected = IntStream.range(0, 500).map(i -> i * i).boxed().toList();
        for (int t : new int[] {1, 2, 3, 8}) {
            assertEquals(expected, RunContext.of(1).withThreads(t).workers().map(500, "squares", i -> i * i));
        }
    }

    @Test
    void nestedWorkOnASingleThreadHostExecutorFinishes() {
        // The caller drains items itself, so nested parallel work cannot wait forever on a saturated pool.
        ExecutorService one = Executors.newSingleThreadExecutor();
        try {
            Workers w = RunContext.of(1).withThreads(4).withExecutor(one).workers();
            List<Integer> sums = w.map(6, "outer", i -> w.map(10, "inner", j -> i + j).stream()
                    .mapToInt(Integer::intValue).sum());
            assertEquals(List.of(45, 55, 65, 75, 85, 95), sums);
        } finally {
            one.shutdownNow();
        }
    }

    @Test
    void theHostExecutorRunsTheHelpers() {
        AtomicInteger handed = new AtomicInteger();
        RunContext c = RunContext.of(1).withThreads(3).withExecutor(r -> {
            handed.incrementAndGet();
            new Thread(r).start();
        });
        assertEquals(100, c.workers().map(100, "count", i -> i).size());
        assertEquals(2, handed.get(), "threads - 1 helpers, the caller is the third");
    }

    @Test
    void aFailingItemIsRethrownAndCancellationStopsTheRun() {
        Workers w = RunContext.of(1).withThreads(4).workers();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> w.map(50, "work", i -> {
            if (i == 17) {
                throw new IllegalStateException("item 17");
            }
            return i;
        }));
        assertEquals("item 17", e.getMessage());
        Cancellation.Source stop = Cancellation.source();
        stop.cancel();
        assertThrows(CancelledException.class,
                () -> RunContext.of(1).withThreads(4).withCancellation(stop).workers().map(10, "work", i -> i));
    }
}
