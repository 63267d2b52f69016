package org.ltc.model.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recall and precision of the default redactor (with the planted names listed) on {@link PlantedData}: 200
 * items of each kind in varied written forms, each planted between two ordinary words; an item counts as found
 * only when exactly its span became its kind's token. Precision: the decoys must pass unchanged. The figures
 * are the ones the README quotes (run this test to re-measure).
 */
class RedactorRecallTest {
    private static final Logger LOG = LoggerFactory.getLogger(RedactorRecallTest.class);
    private static final Redactor REDACTOR = Redactor.create(RedactionOptions.builder().names(PlantedData.NAMES)
            .build());

    @Test
    void recallOnThePlantedSetIsAtLeast95PercentForEveryKind() {
        Map<RedactionKind, int[]> found = new EnumMap<>(RedactionKind.class);
        StringBuilder misses = new StringBuilder();
        for (PlantedData.Item item : PlantedData.items(200, 17)) {
            String text = "we said " + item.text() + " yesterday";
            String cue = item.text().substring(0, item.text().length() - PlantedData.secret(item).length());
            String expected = "we said " + cue + REDACTOR.options().token(item.kind()) + " yesterday";
            int[] f = found.computeIfAbsent(item.kind(), k -> new int[2]);
            f[1]++;
            String out = REDACTOR.redact(text).value();
            if (out.equals(expected)) {
                f[0]++;
            } else if (misses.length() < 2000) {
                misses.append(item.kind()).append(": ").append(text).append(" -> ").append(out).append('\n');
            }
        }
        StringBuilder table = new StringBuilder("recall on planted data (seed 17):");
        found.forEach((k, f) -> table.append(String.format(" %s %d/%d (%.1f%%);", k.id(), f[0], f[1],
                100.0 * f[0] / f[1])));
        LOG.info("{}", table);
        System.out.println(table);
        found.forEach((k, f) -> assertTrue(f[0] >= 0.95 * f[1], k + " recall " + f[0] + "/" + f[1] + "\n" + misses));
    }

    @Test
    void decoysThatLookLikePersonalDataAreKept() {
        List<String> changed = PlantedData.decoys().stream().filter(d -> !REDACTOR.redact(d).value().equals(d))
                .map(d -> d + " -> " + REDACTOR.redact(d).value()).toList();
        System.out.println("decoys changed: " + changed.size() + "/" + PlantedData.decoys().size() + " " + changed);
        assertEquals(List.of(), changed);
    }
}
