package org.ltc.calibration.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltc.calibration.CalibrationInput;
import org.ltc.calibration.Calibrator;
import org.ltc.calibration.Calibrators;
import org.ltc.calibration.synthetic.SyntheticCommunities;
import org.ltc.calibration.synthetic.SyntheticDataset;
import org.ltc.calibration.synthetic.SyntheticOptions;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.stage.StageAssessment;

class LogisticCalibratorTest {
    private static List<CalibrationInput> inputs(SyntheticDataset d) {
        List<CalibrationInput> in = new ArrayList<>();
        for (int i = 0; i < d.communities().size(); i++) {
            CalibrationInput base = d.calibrationInput(i, 1);
            in.add(new CalibrationInput(base.framework(), base.ratings(), base.publicCapital(), null, null, base.indicators(),
                    base.options(), 1, null, null, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC)));
        }
        return in;
    }

    private static List<String> labels(SyntheticDataset d) {
        return d.communities().stream().map(c -> d.options().framework().stage(c.stageNumber()).id()).toList();
    }

    @Test
    void serviceLoaderFindsTheLogisticCalibrator() {
        Calibrator c = Calibrators.discover(getClass().getClassLoader()).get("logistic");
        assertTrue(c instanceof LogisticCalibrator);
        SyntheticDataset d = SyntheticCommunities.generate(SyntheticOptions.builder().communities(2).build(), 1);
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class, () -> c.assess(d.calibrationInput(0, 1)));
        assertTrue(e.getMessage().contains(LogisticCalibrator.MODEL_FILE), e.getMessage());
    }

    @Test
    void trainedOnInputsItPlacesNewCommunitiesWithReasons(@TempDir Path dir) {
        SyntheticDataset train = SyntheticCommunities.generate(SyntheticOptions.builder().communities(600).build(), 2);
        SyntheticDataset test = SyntheticCommunities.generate(SyntheticOptions.builder().communities(200).build(), 3);
        LogisticCalibrator cal = LogisticCalibrator.train(inputs(train), labels(train), LogisticOptions.defaults());
        assertEquals(20, cal.model().orElseThrow().featureNames().size());
        List<CalibrationInput> tests = inputs(test);
        List<String> truth = labels(test);
        int right = 0;
        for (int i = 0; i < tests.size(); i++) {
            StageAssessment a = cal.assess(tests.get(i));
            right += a.mostLikely().equals(truth.get(i)) ? 1 : 0;
            assertEquals("logistic", a.provenance().algorithmId());
            assertTrue(!a.reasons().isEmpty() && a.reasons().size() <= 5);
        }
        assertTrue(right / 200.0 > 0.65, "accuracy " + right / 200.0);
        // The same model loaded from a file, through the option a host or the CLI sets.
        Path file = dir.resolve("model.json");
        cal.model().orElseThrow().save(file);
        CalibrationInput first = tests.get(0);
        CalibrationInput viaOption = new CalibrationInput(first.framework(), first.ratings(), first.publicCapital(), null, null,
                first.indicators(), Map.of(LogisticCalibrator.MODEL_FILE, file.toString()), 1, null, null, first.clock());
        StageAssessment a = new LogisticCalibrator().assess(viaOption);
        StageAssessment b = cal.assess(first);
        assertEquals(b.distribution(), a.distribution());
        assertEquals(b.reasons(), a.reasons());
        assertEquals(b.provenance().inputSha256(), a.provenance().inputSha256());
    }

    @Test
    void missingFeaturesAreImputedAndSaid() {
        SyntheticDataset train = SyntheticCommunities.generate(SyntheticOptions.builder().communities(200).build(), 4);
        LogisticCalibrator cal = LogisticCalibrator.train(inputs(train), labels(train), LogisticOptions.defaults());
        CalibrationInput full = inputs(train).get(0);
        CalibrationInput noSignals = new CalibrationInput(full.framework(), full.ratings(), full.publicCapital(), null, null,
                Map.of(), Map.of(), 1, null, null, full.clock());
        StageAssessment a = cal.assess(noSignals);
        assertTrue(a.reasons().get(a.reasons().size() - 1).text().contains("signal.impasse"), a.reasons().toString());
    }
}
