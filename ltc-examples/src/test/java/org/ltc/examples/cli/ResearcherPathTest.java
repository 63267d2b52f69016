package org.ltc.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltc.calibration.learn.LogisticModel;
import org.ltc.model.io.LtcJson;
import tools.jackson.databind.JsonNode;

/**
 * The README's researcher path end to end, through {@link LtcCommand#run}: simulate communities, cross-validate
 * and save a logistic model on their framework, simulate new communities, calibrate them with the saved model.
 */
class ResearcherPathTest {
    private static Cli.Run ltc(String... args) {
        return Cli.run(args);
    }

    @Test
    void simulateExperimentSaveThenCalibrateNewCasesOnTheSameFramework(@TempDir Path dir) throws Exception {
        Path sim = dir.resolve("sim");
        Path fresh = dir.resolve("new");
        Path model = dir.resolve("model.json");
        assertEquals(0, ltc("simulate", "--communities", "400", "--seed", "7", "--out", sim.toString()).code());
        var exp = ltc("experiment", "--cases", sim.resolve("cases.csv").toString(), "--stage-column", "stage",
                "--calibrator", "logistic", "--framework", sim.resolve("framework.json").toString(), "--folds", "5",
                "--seed", "7", "--save-model", model.toString());
        assertEquals(0, exp.code(), exp.err());
        assertTrue(exp.out().contains("(framework synthetic-harwood)"), exp.out());

        LogisticModel saved = LogisticModel.load(model);
        assertEquals("synthetic-harwood", saved.frameworkId());
        assertEquals(List.of("waiting-place", "impasse", "catalytic", "growth", "sustain-renew"), saved.stageIds());
        // The stage written twice by simulate (stage, stage_id) never becomes a feature of its own.
        assertTrue(saved.featureNames().stream().noneMatch(f -> f.startsWith("stage")), saved.featureNames().toString());

        assertEquals(0, ltc("simulate", "--communities", "150", "--seed", "8", "--out", fresh.toString()).code());
        Path calls = dir.resolve("calls.csv");
        var cal = ltc("calibrate", "--cases", fresh.resolve("cases.csv").toString(), "--framework",
                sim.resolve("framework.json").toString(), "--calibrator", "logistic", "--set",
                "ltc.calibration.logistic.modelFile=" + model, "--out", calls.toString(), "--json");
        assertEquals(0, cal.code(), cal.err());
        assertEquals(1, cal.out().strip().lines().count(), "one compact JSON line");
        JsonNode root = LtcJson.defaults().mapper().readTree(cal.out());
        assertEquals("synthetic-harwood", root.get("framework").asString());
        assertEquals(150, root.get("cases").size());
        assertEquals("c0001", root.get("cases").get(0).get("id").asString());
        assertTrue(saved.stageIds().contains(root.get("cases").get(0).get("stage").asString()));
        // New draws of the same generator: the saved model calls most of them right (its Bayes rate is 0.82;
        // a model that lost its features or its stage order would fall towards chance, 0.2).
        double agreed = root.get("agreed").asDouble() / root.get("compared").asDouble();
        assertEquals(150, root.get("compared").asInt());
        assertTrue(agreed > 0.65, "agreement with the true stages " + agreed);
        List<String> rows = Files.readAllLines(calls);
        assertEquals("id,stage,confidence,p.waiting-place,p.impasse,p.catalytic,p.growth,p.sustain-renew", rows.get(0));
        assertEquals(151, rows.size());

        // The same framework given as --content (the file simulate writes) works too.
        assertEquals(0, ltc("calibrate", "--cases", fresh.resolve("cases.csv").toString(), "--content",
                sim.resolve("framework.json").toString(), "--calibrator", "logistic", "--set",
                "ltc.calibration.logistic.modelFile=" + model).code());
    }

    @Test
    void anotherFrameworkIsRefusedNamingBothAndAStageNumberModelStillCalibrates(@TempDir Path dir) throws Exception {
        Path sim = dir.resolve("sim");
        Path model = dir.resolve("model.json");
        assertEquals(0, ltc("simulate", "--communities", "200", "--seed", "3", "--out", sim.toString()).code());
        assertEquals(0, ltc("experiment", "--cases", sim.resolve("cases.csv").toString(), "--stage-column", "stage_id",
                "--framework", sim.resolve("framework.json").toString(), "--calibrator", "logistic", "--folds", "3",
                "--save-model", model.toString()).code());
        var wrong = ltc("calibrate", "--cases", sim.resolve("cases.csv").toString(), "--calibrator", "logistic",
                "--set", "ltc.calibration.logistic.modelFile=" + model, "--json");
        assertEquals(2, wrong.code());
        assertTrue(wrong.err().contains("the model calibrates framework synthetic-harwood"), wrong.err());
        assertTrue(wrong.err().contains("framework harwood-five-stages has stages"), wrong.err());
        JsonNode error = LtcJson.defaults().mapper().readTree(wrong.out()).get("error");
        assertEquals(2, error.get("exitCode").asInt());
        assertEquals("framework", error.get("field").asString());

        // Saved without --framework: stage numbers, read by number on any five-stage framework.
        Path numbers = dir.resolve("numbers.json");
        assertEquals(0, ltc("experiment", "--cases", sim.resolve("cases.csv").toString(), "--calibrator", "logistic",
                "--folds", "3", "--save-model", numbers.toString()).code());
        LogisticModel byNumber = LogisticModel.load(numbers);
        assertNull(byNumber.frameworkId());
        assertTrue(byNumber.byStageNumber());
        var ok = ltc("calibrate", "--cases", sim.resolve("cases.csv").toString(), "--framework",
                sim.resolve("framework.json").toString(), "--calibrator", "logistic", "--set",
                "ltc.calibration.logistic.modelFile=" + numbers);
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("matched the cases' 'stage' column"), ok.out());
    }
}
