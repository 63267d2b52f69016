package org.ltc.model.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class StageRuleTest {
    private static final RatingScale NINE = new RatingScale(1, 9);

    @Test
    void communityReadinessRoundsTheMeanDown() {
        StageRule floor = new StageRule(Rounding.FLOOR, Map.of());
        assertEquals(3, floor.stageNumber(3.99, NINE, 9));
        assertEquals(4, floor.stageNumber(4.0, NINE, 9));
        // a mean of thirds that lands a hair under a whole number still counts as that number
        assertEquals(4, floor.stageNumber((3 + 4 + 5) / 3.0 + (1 / 3.0 - 1 / 3.0) - 1e-12, NINE, 9));
        assertEquals(9, floor.stageNumber(9, NINE, 9));
        assertEquals(1, floor.stageNumber(0.2, NINE, 9));
    }

    @Test
    void aFiveStageFrameworkOnAOneToFiveScaleMapsScoresToStages() {
        RatingScale five = new RatingScale(1, 5);
        StageRule nearest = new StageRule(Rounding.NEAREST, Map.of());
        assertEquals(2, nearest.stageNumber(2.4, five, 5));
        assertEquals(3, nearest.stageNumber(2.5, five, 5));
        assertEquals(5, new StageRule(Rounding.CEILING, Map.of()).stageNumber(4.01, five, 5));
    }

    @Property(tries = 300)
    void theStageIsAlwaysInRangeAndMonotoneInTheScore(@ForAll @DoubleRange(min = -5, max = 15) double a,
                                                      @ForAll @DoubleRange(min = -5, max = 15) double b) {
        for (Rounding r : Rounding.values()) {
            StageRule rule = new StageRule(r, Map.of());
            int sa = rule.stageNumber(a, NINE, 9);
            int sb = rule.stageNumber(b, NINE, 9);
            assertEquals(true, sa >= 1 && sa <= 9);
            if (a <= b) {
                assertEquals(true, sa <= sb, r + ": " + a + "->" + sa + ", " + b + "->" + sb);
            }
        }
    }
}
