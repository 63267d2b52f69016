package org.ltc.model.privacy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Complementary suppression: what is shown of a line never reveals a group under k, by itself or by difference. */
class DisclosureProperties {
    @Property(tries = 500)
    void shownCellsAndTheRemainderAreZeroOrAtLeastK(@ForAll @Size(max = 8) java.util.List<@IntRange(max = 40) Integer> counts,
                                                    @ForAll @IntRange(max = 20) int unrecorded,
                                                    @ForAll @IntRange(min = 1, max = 10) int k) {
        Map<String, Integer> cells = new TreeMap<>();
        for (int i = 0; i < counts.size(); i++) {
            cells.put("v" + i, counts.get(i));
        }
        int total = cells.values().stream().mapToInt(Integer::intValue).sum() + unrecorded;
        DisclosurePolicy policy = DisclosurePolicy.of(k);
        Set<String> hidden = policy.hidden(cells, total, Set.of());
        int shown = 0;
        for (Map.Entry<String, Integer> e : cells.entrySet()) {
            if (!hidden.contains(e.getKey())) {
                assertTrue(policy.mayShow(e.getValue()), e + " shown at k " + k);
                shown += e.getValue();
            }
        }
        int rest = total - shown;
        assertTrue(rest == 0 || rest >= k || shown == 0,
                cells + " total " + total + " hidden " + hidden + " leaves " + rest);
        // Nothing is hidden that need not be: without a small cell and with a safe remainder, all show.
        if (cells.values().stream().allMatch(policy::mayShow) && (unrecorded == 0 || unrecorded >= k)) {
            assertTrue(hidden.isEmpty(), cells + " " + hidden);
        }
    }
}
