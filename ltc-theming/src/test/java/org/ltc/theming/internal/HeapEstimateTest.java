package org.ltc.theming.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ltc.model.InsufficientHeapException;
import org.ltc.model.plugin.HeapBudget;
import org.ltc.model.plugin.ProgressListener;
import org.ltc.model.plugin.RunContext;
import org.ltc.theming.Themer;
import org.ltc.theming.Themers;
import org.ltc.theming.ThemingRequest;
import org.ltc.theming.contract.ContractFixtures;

/**
 * A run that cannot fit its heap stops before the work, with the heap it needs, for every built-in themer: the
 * heap limit is simulated with a small {@link HeapBudget} on the context, never a real out-of-memory.
 */
class HeapEstimateTest {
    @Test
    void everyBuiltInThemerRefusesARunTooBigForItsHeapBeforeTheWork() {
        for (String id : List.of("kmeans", "lda", "codebook", "semantic")) {
            Themer themer = Themers.discover(HeapEstimateTest.class.getClassLoader()).get(id);
            int[] progressed = {0};
            RunContext context = RunContext.of(1).withHeap(HeapBudget.of(1L << 20))
                    .withProgress((ProgressListener) (phase, done, total) -> progressed[0]++);
            InsufficientHeapException e = assertThrows(InsufficientHeapException.class,
                    () -> themer.theme(ThemingRequest.of(ContractFixtures.town(), context)), id);
            assertEquals("-Xmx", e.option(), id);
            assertTrue(e.getMessage().contains("the " + id + " themer on 48 notes needs about "), e.getMessage());
            assertTrue(e.neededBytes() > (1L << 20), id);
            assertEquals(0, progressed[0], id + " started work before refusing");
        }
    }

    @Test
    void theEstimateGrowsWithNotesAndTextAndAMillionShortNotesFitThreeGigabytes() {
        long small = HeapEstimate.bytes(1_000, 120_000, 700);
        long large = HeapEstimate.bytes(1_000_000, 120_000_000, 700);
        assertEquals(1000.0, (double) (large - HeapEstimate.FIXED_BYTES) / (small - HeapEstimate.FIXED_BYTES), 1e-9);
        assertTrue(large < 3L << 30, Long.toString(large));
        assertTrue(HeapEstimate.bytes(1_000_000, 120_000_000, 700) < HeapEstimate.bytes(1_000_000, 240_000_000, 700));
        assertNotNull(RunContext.of(1).heap());
    }
}
