package org.ltc.examples.research;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltc.calibration.experiment.ExperimentResult;

class CalibrationStudyTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void theStudyRunsFromItsSpecAndTheSameSeedGivesTheSameFiles(@TempDir Path dir) throws Exception {
        CalibrationStudy.Outcome a = CalibrationStudy.run(dir.resolve("a"), 400, 3, CLOCK);
        CalibrationStudy.Outcome b = CalibrationStudy.run(dir.resolve("b"), 400, 3, CLOCK);
        List<String> names = a.result().calibrators().stream().map(ExperimentResult.CalibratorResult::name).toList();
        assertEquals(List.of("multinomial", "ordinal", "majority"), names);
        double model = a.result().calibrators().get(0).metrics().get("accuracy").estimate();
        double majority = a.result().calibrators().get(2).metrics().get("accuracy").estimate();
        assertTrue(model > majority + 0.2, "a trained model beats the majority call: " + model + " vs " + majority);
        assertTrue(model <= a.bayesRate() + 0.05, "no calibrator beats the Bayes rate by more than noise");
        try (Stream<Path> files = Files.list(a.results())) {
            for (Path f : files.toList()) {
                assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(b.results().resolve(f.getFileName())),
                        f.getFileName() + " is identical for the same spec and seed");
            }
        }
    }
}
