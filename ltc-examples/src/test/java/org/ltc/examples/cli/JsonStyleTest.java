package org.ltc.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltc.model.io.LtcJson;
import tools.jackson.databind.JsonNode;

/** One {@code --json} style: one compact object per run on stdout, errors included; {@code --set} everywhere. */
class JsonStyleTest {
    private static Cli.Run ltc(String... args) {
        return Cli.run(args);
    }

    private static JsonNode oneLine(String out) {
        assertEquals(1, out.strip().lines().count(), "one line: " + out);
        return LtcJson.defaults().mapper().readTree(out);
    }

    @Test
    void anInputErrorIsOneJsonObjectOnStdoutAndOneLineOnStderr(@TempDir Path dir) {
        var r = ltc("calibrate", "--ratings", dir.resolve("missing.csv").toString(), "--json");
        assertEquals(2, r.code());
        JsonNode e = oneLine(r.out()).get("error");
        assertEquals("calibrate", e.get("command").asString());
        assertEquals(2, e.get("exitCode").asInt());
        assertEquals("input", e.get("kind").asString());
        assertTrue(e.get("message").asString().contains("missing.csv"), e.toString());
        assertTrue(r.err().startsWith("ltc calibrate: "), r.err());
    }

    @Test
    void aUsageErrorIsOneJsonObjectToo() {
        var r = ltc("theme", "--no-such-option", "--json");
        assertEquals(2, r.code());
        JsonNode e = oneLine(r.out()).get("error");
        assertEquals("usage", e.get("kind").asString());
        assertTrue(e.get("message").asString().contains("--no-such-option"), e.toString());
        var bad = ltc("theme", "--input", "x.json", "--format", "xml", "--json");
        assertEquals(2, bad.code());
    }

    @Test
    void successOutputsAreOneCompactLineAndSetAndOptionAreOneFlag(@TempDir Path dir) throws Exception {
        Path ratings = CalibrateCommandTest.readinessCsv(dir);
        var a = ltc("calibrate", "--ratings", ratings.toString(), "--set", "ltc.calibration.rubric.resamples=50",
                "--json");
        var b = ltc("calibrate", "--ratings", ratings.toString(), "--option", "ltc.calibration.rubric.resamples=50",
                "--json");
        assertEquals(0, a.code(), a.err());
        assertEquals("stage-assessment", oneLine(a.out()).get("kind").asString());
        assertEquals(oneLine(a.out()).get("data").get("distribution"), oneLine(b.out()).get("data").get("distribution"));
        var sim = ltc("simulate", "--communities", "60", "--seed", "2", "--out", dir.resolve("sim").toString(), "--json");
        assertEquals(0, sim.code(), sim.err());
        oneLine(sim.out());
        var exp = ltc("experiment", "--cases", dir.resolve("sim/cases.csv").toString(), "--calibrator", "majority",
                "--folds", "3", "--json");
        assertEquals(0, exp.code(), exp.err());
        oneLine(exp.out());
        var agr = ltc("agreement", "--input", dir.resolve("sim/ratings.csv").toString(), "--metric", "krippendorff",
                "--level", "interval", "--json");
        assertEquals(0, agr.code(), agr.err());
        oneLine(agr.out());
        assertTrue(Files.exists(dir.resolve("sim/framework.json")));
    }

    @Test
    void importsConversationFormatHasItsOwnNameAndTheOldOneStillWorks(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("n.csv");
        Files.writeString(csv, "text\nMore buses on Sundays please\n");
        var now = ltc("import", "--csv", csv.toString(), "--text-column", "text", "--conversation-format", "survey",
                "--out", dir.resolve("a.json").toString(), "--json");
        assertEquals(0, now.code(), now.err());
        oneLine(now.out());
        var old = ltc("import", "--csv", csv.toString(), "--text-column", "text", "--format", "survey",
                "--out", dir.resolve("b.json").toString());
        assertEquals(0, old.code(), old.err());
        assertTrue(old.err().contains("--format is deprecated; use --conversation-format"), old.err());
        assertEquals(Files.readString(dir.resolve("a.json")).contains("SURVEY"),
                Files.readString(dir.resolve("b.json")).contains("SURVEY"));
        assertTrue(Files.readString(dir.resolve("b.json")).contains("\"SURVEY\""));
    }
}
