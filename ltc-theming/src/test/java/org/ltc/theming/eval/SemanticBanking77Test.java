package org.ltc.theming.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ltc.model.io.CsvFormat;
import org.ltc.model.io.CsvRow;
import org.ltc.model.io.CsvTable;
import org.ltc.model.testdata.RealData;
import org.ltc.model.testdata.SharedData;
import org.ltc.model.testdata.Slow;
import org.ltc.theming.cluster.SemanticOptions;
import org.ltc.theming.cluster.SemanticThemer;
import org.ltc.theming.embed.SharedModel;

/**
 * The quality floor for {@code semantic} on Banking77 (3,080 queries, 77 intents): NMI and ARI at k = 77, NMI with
 * k chosen automatically, and stability across seeds, both when every query fits the Ward sample (the themes do
 * not depend on the seed) and when the sample is a seeded 1,000 of them. Floors sit below what was measured (see
 * each assertion). The bundled model embeds the queries once (a caching wrapper shared by the module's tests), and
 * every run reuses the vectors.
 */
@RealData
@Slow
class SemanticBanking77Test {
    private static final List<String> TEXTS = new ArrayList<>();
    private static final List<String> LABELS = new ArrayList<>();
    private static SemanticThemer themer;

    @BeforeAll
    static void load() {
        CsvTable table = CsvTable.read(SharedData.file("banking77/test.csv"), CsvFormat.defaults());
        for (CsvRow row : table.rows()) {
            TEXTS.add(row.get(0));
            LABELS.add(row.get(1));
        }
        themer = new SemanticThemer(SemanticOptions.defaults(), SharedModel.MINILM);
    }

    @Test
    void givenK77ReachesTheFloorOnThreeSeeds() {
        EvaluationResult r = ThemingEvaluator.evaluate(themer, TEXTS, LABELS,
                Map.of("ltc.theming.semantic.k", "77"), List.of(1L, 2L, 3L), 2, null, null);
        System.out.printf("semantic k=77: NMI %.4f ARI %.4f stability %.4f themes %.1f unassigned %.3f %.1fs%n",
                r.nmi(), r.ari(), r.stability(), r.themes(), r.unassigned(), r.seconds());
        assertEquals(77, r.classes());
        // measured 0.799 / 0.530 / stability 1.000 (3,080 queries fit the 5,000-note Ward sample, so every
        // seed gives the same themes); floors at the NMI 0.79 (a margin of 0.009), ARI 0.50 (0.03) and 0.99
        assertTrue(r.nmi() >= 0.79, "NMI " + r.nmi());
        assertTrue(r.ari() >= 0.50, "ARI " + r.ari());
        assertTrue(r.stability() >= 0.99, "stability " + r.stability());
    }

    @Test
    void aSampledWardTreeIsStillStableAcrossSeeds() {
        EvaluationResult r = ThemingEvaluator.evaluate(themer, TEXTS, LABELS,
                Map.of("ltc.theming.semantic.k", "77", "ltc.theming.semantic.sampleSize", "1000"),
                List.of(1L, 2L, 3L), 2, null, null);
        System.out.printf("semantic k=77, sample 1000: NMI %.4f ARI %.4f stability %.4f%n", r.nmi(), r.ari(),
                r.stability());
        // measured NMI 0.791, ARI 0.508, stability 0.717 (seeds 1-3): the floors leave 0.02 and 0.07
        assertTrue(r.nmi() >= 0.77, "NMI " + r.nmi());
        assertTrue(r.stability() >= 0.65, "stability " + r.stability());
    }

    @Test
    void automaticKReachesTheFloor() {
        EvaluationResult r = ThemingEvaluator.evaluate(themer, TEXTS, LABELS, Map.of(), List.of(1L), 2, null, null);
        System.out.printf("semantic auto: NMI %.4f ARI %.4f themes %.1f unassigned %.3f %.1fs%n",
                r.nmi(), r.ari(), r.themes(), r.unassigned(), r.seconds());
        // measured 0.808 (132 finest themes); the issue asks 0.75, the floor leaves 0.028
        assertTrue(r.nmi() >= 0.78, "NMI " + r.nmi());
    }
}
