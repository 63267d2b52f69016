package org.ltc.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltc.calibration.learn.LogisticModel;
import org.ltc.model.io.LtcJson;
import tools.jackson.databind.JsonNode;
import org.ltc.examples.cli.Cli.Run;

/** {@code ltc simulate}, {@code ltc experiment} and {@code ltc agreement} end to end, through {@code LtcCommand.run}. */
class ExperimentCommandsTest {

    static JsonNode json(String text) {
        return LtcJson.defaults().mapper().readTree(text);
    }

    @Test
    void simulateThenExperimentThenAgreement(@TempDir Path dir) {
        Path sim = dir.resolve("sim");
        Run s = Cli.run("simulate", "--communities", "400", "--seed", "7", "--out", sim.toString(), "--bayes", "3000");
        assertEquals(0, s.code(), s.err());
        assertTrue(s.out().contains("Bayes rate of the model: 0.8"), s.out());
        assertTrue(Files.exists(sim.resolve("cases.csv")) && Files.exists(sim.resolve("notes.csv")));

        Run e = Cli.run("experiment", "--cases", sim.resolve("cases.csv").toString(), "--stage-column", "stage",
                "--calibrator", "logistic", "--folds", "5", "--seed", "3", "--json");
        assertEquals(0, e.code(), e.err());
        JsonNode j = json(e.out());
        for (String metric : new String[] {"accuracy", "macroF1", "qwk", "mae", "logLoss"}) {
            assertTrue(j.has(metric), metric + " in " + e.out());
        }
        assertTrue(j.get("accuracy").asDouble() > 0.7, e.out());
        assertEquals(400, j.get("cases").asInt());

        Run text = Cli.run("experiment", "--cases", sim.resolve("cases.csv").toString(), "--calibrator", "logistic",
                "--set", "model=ordinal", "--group-column", "region", "--folds", "0", "--bootstrap", "100",
                "--save-model", dir.resolve("model.json").toString());
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("leave one group out") && text.out().contains("accuracy"), text.out());
        assertEquals(20, LogisticModel.load(dir.resolve("model.json")).featureNames().size());

        Run rubric = Cli.run("experiment", "--cases", sim.resolve("cases.csv").toString(), "--calibrator", "rubric",
                "--framework", sim.resolve("framework.json").toString(), "--folds", "5", "--bootstrap", "0", "--json");
        assertEquals(0, rubric.code(), rubric.err());
        assertTrue(json(rubric.out()).get("qwk").asDouble() > 0.5, rubric.out());

        Run a = Cli.run("agreement", "--input", sim.resolve("ratings.csv").toString(), "--metric", "krippendorff",
                "--level", "interval", "--json");
        assertEquals(0, a.code(), a.err());
        double alpha = json(a.out()).get("value").asDouble();
        assertTrue(alpha > 0.1 && alpha < 0.9, a.out());
    }

    @Test
    void aSpecRunTwiceGivesIdenticalResultsFiles(@TempDir Path dir) throws Exception {
        Path sim = dir.resolve("sim");
        assertEquals(0, Cli.run("simulate", "--communities", "300", "--out", sim.toString(), "--bayes", "0").code());
        Path specFile = sim.resolve("study.json");
        Files.writeString(specFile, """
                {"name": "study", "cases": "cases.csv", "groupColumn": "region", "idColumn": "id",
                 "calibrators": [{"name": "multinomial", "calibrator": "logistic"},
                                 {"name": "ordinal", "calibrator": "logistic", "options": {"model": "ordinal"}},
                                 {"calibrator": "majority"}, {"calibrator": "rubric"}],
                 "framework": "framework.json",
                 "folds": {"kind": "repeated", "k": 5, "repeats": 2}, "seed": 11, "bootstrap": 100}
                """);
        Run first = Cli.run("experiment", "--spec", specFile.toString(), "--out", dir.resolve("r1").toString(),
                "--created-at", "2026-01-01T00:00:00Z");
        Run second = Cli.run("experiment", "--spec", specFile.toString(), "--out", dir.resolve("r2").toString(),
                "--created-at", "2026-01-01T00:00:00Z", "--threads", "2");
        assertEquals(0, first.code(), first.err());
        assertEquals(0, second.code(), second.err());
        assertTrue(first.out().contains("multinomial - majority: accuracy +"), first.out());
        assertTrue(first.out().contains("multinomial - rubric: accuracy +"), first.out());
        assertArrayEquals(Files.readAllBytes(dir.resolve("r1/results.json")), Files.readAllBytes(dir.resolve("r2/results.json")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("r1/results.csv")), Files.readAllBytes(dir.resolve("r2/results.csv")));
        Run asJson = Cli.run("experiment", "--spec", specFile.toString(), "--json", "--created-at", "2026-01-01T00:00:00Z");
        // --json prints the same results as one compact line (the one --json style of every command).
        assertEquals(1, asJson.out().strip().lines().count(), asJson.out());
        assertEquals(org.ltc.model.io.LtcJson.defaults().mapper().readTree(Files.readString(dir.resolve("r1/results.json"))),
                org.ltc.model.io.LtcJson.defaults().mapper().readTree(asJson.out()));
    }

    @Test
    void agreementReproducesPublishedExamplesFromCsv(@TempDir Path dir) throws Exception {
        // Krippendorff (2011): 4 observers x 12 units with missing values; interval alpha .849.
        Path k = dir.resolve("k.csv");
        Files.writeString(k, "unit,A,B,C,D\n1,1,1,,1\n2,2,2,3,2\n3,3,3,3,3\n4,3,3,3,3\n5,2,2,2,2\n6,1,2,3,4\n"
                + "7,4,4,4,4\n8,1,1,2,1\n9,2,2,2,2\n10,,5,5,5\n11,,,1,1\n12,,3,,\n");
        Run r = Cli.run("agreement", "--input", k.toString(), "--metric", "krippendorff", "--level", "interval", "--json");
        assertEquals(0, r.code(), r.err());
        assertEquals(0.849, json(r.out()).get("value").asDouble(), 0.0005);
        Run text = Cli.run("agreement", "--input", k.toString(), "--metric", "krippendorff");
        assertTrue(text.out().startsWith("Krippendorff's alpha (nominal) = 0.743"), text.out());
        // Fleiss (1971) as in Wikipedia: 0.210.
        Path f = dir.resolve("f.csv");
        Files.writeString(f, "a,b,c,d,e\n0,0,0,0,14\n0,2,6,4,2\n0,0,3,5,6\n0,3,9,2,0\n2,2,8,1,1\n7,7,0,0,0\n3,2,6,3,0\n"
                + "2,5,3,2,2\n6,5,2,1,0\n0,2,2,3,7\n");
        r = Cli.run("agreement", "--input", f.toString(), "--metric", "fleiss", "--json");
        assertEquals(0.210, json(r.out()).get("value").asDouble(), 0.0005);
        // Cohen: Wikipedia's 50 proposals, 0.400.
        StringBuilder c = new StringBuilder("A,B\n");
        c.append("yes,yes\n".repeat(0));
        c.append("1,1\n".repeat(20)).append("1,0\n".repeat(5)).append("0,1\n".repeat(10)).append("0,0\n".repeat(15));
        Path cf = dir.resolve("c.csv");
        Files.writeString(cf, c);
        r = Cli.run("agreement", "--input", cf.toString(), "--metric", "cohen", "--json");
        assertEquals(0.400, json(r.out()).get("value").asDouble(), 0.0005);
    }

    @Test
    void badInputExitsTwoWithALocatedMessage(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "A,B\n1,2\n3,x\n");
        // Interval distances need numbers: "x" is named with its place (a nominal alpha would read labels).
        Run r = Cli.run("agreement", "--input", bad.toString(), "--metric", "krippendorff", "--level", "interval");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("line 3") && r.err().contains("x"), r.err());
        r = Cli.run("agreement", "--input", bad.toString(), "--metric", "kappa");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--metric"), r.err());
        Path cases = dir.resolve("cases.csv");
        Files.writeString(cases, "stage,a\n1,0.1\n2,0.2\n");
        r = Cli.run("experiment", "--cases", cases.toString(), "--stage-column", "level");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("level"), r.err());
        r = Cli.run("experiment", "--cases", cases.toString(), "--calibrator", "oracle", "--folds", "2");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("oracle"), r.err());
    }
}
