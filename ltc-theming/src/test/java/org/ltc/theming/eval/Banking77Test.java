package org.ltc.theming.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ltc.theming.cluster.SphericalKMeansThemer;
import org.ltc.model.io.CsvFormat;
import org.ltc.model.io.CsvRow;
import org.ltc.model.io.CsvTable;
import org.ltc.model.testdata.SharedData;
import org.ltc.model.testdata.RealData;
import org.ltc.model.testdata.Slow;

/** The quality bar for {@code kmeans} on the real Banking77 test set (3,080 queries, 77 intents). */
@RealData
@Slow
class Banking77Test {
    private static final List<String> TEXTS = new ArrayList<>();
    private static final List<String> LABELS = new ArrayList<>();

    @BeforeAll
    static void load() {
        // Read as every CSV is read: through the SDK's one reader.
        CsvTable table = CsvTable.read(SharedData.file("banking77/test.csv"), CsvFormat.defaults());
        for (CsvRow row : table.rows()) {
            TEXTS.add(row.get(0));
            LABELS.add(row.get(1));
        }
    }

    @Test
    void givenK77BeatsTheBar() {
        assertEquals(3080, TEXTS.size());
        EvaluationResult r = ThemingEvaluator.evaluate(new SphericalKMeansThemer(), TEXTS, LABELS,
                Map.of("ltc.theming.kmeans.k", "77"), List.of(1L), 2, null, null);
        assertEquals(77, r.classes());
        assertTrue(r.nmi() >= 0.66, "NMI " + r.nmi());
        assertTrue(r.ari() >= 0.30, "ARI " + r.ari());
        assertEquals(77, r.themes(), 1e-9);
    }

    @Test
    void automaticKBeatsTheBar() {
        EvaluationResult r = ThemingEvaluator.evaluate(new SphericalKMeansThemer(), TEXTS, LABELS, Map.of(),
                List.of(1L), 2, null, null);
        assertTrue(r.nmi() >= 0.60, "NMI " + r.nmi());
        assertTrue(r.themes() >= 20 && r.themes() <= 150, "themes " + r.themes());
    }
}
