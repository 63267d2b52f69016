package org.ltc.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ltc.calibration.contract.CalibrationFixtures;
import org.ltc.calibration.rubric.RubricCalibrator;
import org.ltc.calibration.signals.SignalsCalibrator;

class BuiltInCalibratorsTest {
    @Test
    void serviceLoaderFindsBothBuiltIns() {
        var registry = Calibrators.discover(getClass().getClassLoader());
        assertTrue(registry.ids().containsAll(List.of("rubric", "signals")), registry.ids().toString());
        assertEquals(RubricCalibrator.class, registry.get("rubric").getClass());
        assertEquals(SignalsCalibrator.class, registry.get("signals").getClass());
    }

    @Test
    void theInputHashIgnoresOptionsAndSeedButNotData() {
        CalibrationInput in = CalibrationFixtures.rivertonInput();
        String h = CalibrationInputs.sha256(in);
        assertEquals(h, CalibrationInputs.sha256(in.withSeed(99).withOptions(Map.of("ltc.x", "1"))));
        assertTrue(!h.equals(CalibrationInputs.sha256(in.withRatings(in.ratings().subList(0, 2)))));
        assertTrue(CalibrationInputs.evidenceIds(in).containsAll(List.of("n1", "ratings/0", "publicCapital/1", "ana",
                "team-judgement", "informal-networks")));
    }
}
