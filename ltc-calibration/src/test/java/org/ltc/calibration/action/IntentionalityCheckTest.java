package org.ltc.calibration.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ltc.model.action.ActionPlan;

class IntentionalityCheckTest {
    private final IntentionalityCheck check = new IntentionalityCheck(ActionPatternCatalogue.builtIn(),
            PlanFixtures.CLOCK);

    @Test
    void aGoodHandWrittenPlanHasNoConcern() {
        IntentionalityReport r = check.check(PlanFixtures.goodPlan(), PlanFixtures.knowledge());
        assertFalse(r.hasConcerns(), r.concerns().toString());
        // Every test passes for the plan and for each action.
        for (Finding.Test t : Finding.Test.values()) {
            assertTrue(r.findings().stream().anyMatch(f -> f.test() == t && f.actionId() == null
                    && f.verdict() == Finding.Verdict.PASS), t.toString());
        }
        assertEquals(2 * 4, r.findings().stream().filter(f -> f.actionId() != null).count());
    }

    static Stream<FaultyPlans.Faulty> faulty() {
        return FaultyPlans.all().stream();
    }

    @Test
    void thereAreAtLeastTwentySeededDefects() {
        assertTrue(FaultyPlans.all().size() >= 20, "" + FaultyPlans.all().size());
        // Each of the four tests has seeded defects.
        for (Finding.Test t : Finding.Test.values()) {
            assertTrue(FaultyPlans.all().stream().anyMatch(f -> f.test() == t), t.toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faulty")
    void everySeededDefectIsFlagged(FaultyPlans.Faulty faulty) {
        IntentionalityReport r = check.check(faulty.plan(), PlanFixtures.knowledge());
        List<Finding> hits = r.concerns().stream().filter(f -> f.test() == faulty.test()
                && f.rule().equals(faulty.rule()) && java.util.Objects.equals(f.actionId(), faulty.actionId())).toList();
        assertFalse(hits.isEmpty(), faulty.name() + ": expected " + faulty.test() + "/" + faulty.rule() + " on "
                + faulty.actionId() + ", got " + r.concerns());
        hits.forEach(f -> assertTrue(f.reason().length() > 10, f.reason()));
    }

    @Test
    void withoutKnowledgeThemeIdsAreNotJudged() {
        ActionPlan p = FaultyPlans.action(PlanFixtures.goodPlan(), "streets-walk-audit",
                a -> FaultyPlans.themes(a, List.of("made-up")));
        assertFalse(check.check(p).hasConcerns());
        assertTrue(check.check(p, PlanFixtures.knowledge()).hasConcerns());
    }

    @Test
    void aFindingPrintsAsOneLine() {
        Finding f = new Finding(Finding.Test.STAGE_FIT, Finding.Verdict.CONCERN, "a1", "grand-action", "too big");
        assertEquals("CONCERN\tstage-fit\ta1\tgrand-action\ttoo big", f.line());
    }
}
