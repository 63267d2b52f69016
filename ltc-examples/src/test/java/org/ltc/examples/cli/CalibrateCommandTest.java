package org.ltc.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltc.calibration.contract.CalibrationFixtures;
import org.ltc.model.io.LtcJson;
import org.ltc.model.stage.StageAssessment;
import tools.jackson.databind.JsonNode;
import org.ltc.examples.cli.Cli.Run;

/** {@code ltc calibrate} end to end, through {@link LtcCommand#run}. */
class CalibrateCommandTest {

    /** Six interviews' agreed scores worked by hand: overall 174 / 36 = 4.83, rounded down: Preplanning. */
    static Path readinessCsv(Path dir) throws Exception {
        String[] dims = {"community-efforts", "community-knowledge-of-efforts", "leadership", "community-climate",
            "community-knowledge-of-issue", "resources"};
        int[][] scores = {{5, 4, 5, 6, 5, 4}, {4, 4, 3, 5, 4, 4}, {6, 5, 5, 6, 5, 5}, {5, 5, 4, 5, 6, 5},
            {5, 4, 5, 5, 4, 5}, {5, 5, 6, 5, 5, 5}};
        StringBuilder csv = new StringBuilder("interview,rater,dimension,score,evidence\n");
        for (int d = 0; d < 6; d++) {
            for (int i = 0; i < 6; i++) {
                csv.append(String.format(Locale.ROOT, "i%d,consensus,%s,%d,transcript-%d%n", i + 1, dims[d],
                        scores[d][i], i + 1));
            }
        }
        Path file = dir.resolve("readiness.csv");
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void rivertonsNotesReadAsImpasseWithAnExplanationAndAValidDocument(@TempDir Path dir) throws Exception {
        Path notes = dir.resolve("riverton.json");
        LtcJson.defaults().write(CalibrationFixtures.riverton(), notes);
        Path out = dir.resolve("stage.json");
        Run r = Cli.run("calibrate", "--input", notes.toString(), "--out", out.toString(), "--seed", "5");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Stage: Impasse (stage 2 of 5, Community Rhythms"), r.out());
        assertTrue(r.out().contains("Impasse: signal weight"), r.out());
        assertTrue(r.out().contains("[n3, n1, n2") || r.out().contains("[n1"), r.out());
        assertTrue(r.out().contains("signals 1, seed 5"), r.out());
        assertTrue(r.out().contains("wrote " + out), r.out());
        StageAssessment a = LtcJson.defaults().read(out, StageAssessment.class);
        assertEquals("impasse", a.mostLikely());
        assertEquals("harwood-five-stages", a.frameworkId());
        Run valid = Cli.run("validate", out.toString());
        assertEquals(0, valid.code(), valid.err());
    }

    @Test
    void readinessRatingsAreScoredByTheRubricAndPrintedAsOneJsonObject(@TempDir Path dir) throws Exception {
        Run r = Cli.run("calibrate", "--ratings", readinessCsv(dir).toString(), "--json", "--seed", "7");
        assertEquals(0, r.code(), r.err());
        JsonNode root = LtcJson.defaults().mapper().readTree(r.out());
        assertEquals("stage-assessment", root.get("kind").asString());
        assertEquals("community-readiness", root.get("data").get("frameworkId").asString(), "inferred from the ratings");
        assertEquals("preplanning", root.get("data").get("mostLikely").asString());
        assertEquals("rubric", root.get("data").get("provenance").get("algorithmId").asString());
        assertEquals(7, root.get("data").get("provenance").get("seed").asLong());
        assertTrue(root.get("data").get("reasons").get(0).get("text").asString()
                .startsWith("Overall score 4.83, the mean of 6 dimension scores, rounded down: stage 4, Preplanning"));
        Run again = Cli.run("calibrate", "--ratings", readinessCsv(dir).toString(), "--json", "--seed", "7");
        assertEquals(root.get("data").get("distribution"),
                LtcJson.defaults().mapper().readTree(again.out()).get("data").get("distribution"), "same seed, same call");
        Run nearest = Cli.run("calibrate", "--ratings", readinessCsv(dir).toString(), "--option",
                "ltc.calibration.rubric.rounding=NEAREST");
        assertEquals(0, nearest.code(), nearest.err());
        assertTrue(nearest.out().startsWith("Stage: Preparation (stage 5 of 9"), nearest.out());
    }

    @Test
    @org.ltc.model.testdata.RealData
    void theRealBowlingGreenConversationIsInTheWaitingPlace(@TempDir Path dir) {
        Path polis = org.ltc.model.testdata.SharedData.dir("polis-bowling-green");
        Path bg = dir.resolve("bg.json");
        Run imported = Cli.run("import", "--polis", polis.toString(), "--out", bg.toString());
        assertEquals(0, imported.code(), imported.err());
        Run r = Cli.run("calibrate", "--input", bg.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Stage: The Waiting Place"), r.out());
    }

    @Test
    void publicKnowledgeIsReadThroughItsThemes(@TempDir Path dir) {
        Path pk = dir.resolve("pk.json");
        LtcJson.defaults().write(org.ltc.examples.report.ReportFixtures.report().knowledge(), pk);
        Run r = Cli.run("calibrate", "--input", pk.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Read 3 texts"), r.out());
        Run conversationGuide = Cli.run("calibrate", "--input", pk.toString(), "--option",
                "ltc.calibration.signals.text=notes");
        assertEquals(2, conversationGuide.code(), "no notes to read: " + conversationGuide.err());
    }

    @Test
    void badInputAndUsageExitWithTwoAndOneLine(@TempDir Path dir) throws Exception {
        Run none = Cli.run("calibrate");
        assertEquals(2, none.code());
        assertTrue(none.err().contains("--input"), none.err());
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "dimension,score\nleadership,4\nleadership,lots\n");
        Run badCsv = Cli.run("calibrate", "--ratings", bad.toString(), "--framework", "community-readiness");
        assertEquals(2, badCsv.code());
        assertTrue(badCsv.err().contains("line 3") && badCsv.err().contains("lots"), badCsv.err());
        Path csv = readinessCsv(dir);
        Run wrongFramework = Cli.run("calibrate", "--ratings", csv.toString(), "--framework", "harwood-five-stages");
        assertEquals(2, wrongFramework.code());
        assertTrue(wrongFramework.err().contains("community-efforts"), wrongFramework.err());
        Run unknownCalibrator = Cli.run("calibrate", "--ratings", csv.toString(), "--calibrator", "astrology");
        assertEquals(2, unknownCalibrator.code());
        assertTrue(unknownCalibrator.err().contains("astrology"), unknownCalibrator.err());
        Run unknownOption = Cli.run("calibrate", "--ratings", csv.toString(), "--option", "ltc.calibration.rubric.foo=1");
        assertEquals(2, unknownOption.code());
        assertTrue(unknownOption.err().contains("ltc.calibration.rubric.foo"), unknownOption.err());
        Run noFramework = Cli.run("calibrate", "--ratings", csv.toString(), "--framework", "zodiac");
        assertEquals(2, noFramework.code());
        assertEquals(1, noFramework.err().lines().count(), noFramework.err());
    }

    @Test
    void aHostsContentFolderAddsAFramework(@TempDir Path dir) throws Exception {
        Path content = dir.resolve("content.json");
        Files.writeString(content, """
                {"source": "Our own three-stage ladder, 2026",
                 "frameworks": [{"id": "ladder", "name": "Ladder", "scale": {"min": 1, "max": 3},
                   "rule": {"rounding": "NEAREST"},
                   "dimensions": [{"id": "energy", "name": "Energy", "description": "How much is going on"}],
                   "stages": [{"id": "low", "number": 1, "name": "Low", "description": "Quiet"},
                              {"id": "mid", "number": 2, "name": "Mid", "description": "Stirring"},
                              {"id": "high", "number": 3, "name": "High", "description": "Busy"}]}]}
                """);
        Path csv = dir.resolve("energy.csv");
        Files.writeString(csv, "rater,dimension,score\na,energy,3\nb,energy,2.5\n");
        Run r = Cli.run("calibrate", "--ratings", csv.toString(), "--content", content.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Stage: High (stage 3 of 3, Ladder)"), r.out());
    }
}
