package org.ltc.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltc.model.io.LtcJson;
import tools.jackson.databind.JsonNode;
import org.ltc.examples.cli.Cli.Run;

/** {@code ltc evaluate} end to end, through {@code LtcCommand.run}. */
class EvaluateCommandTest {

    /** 90 short texts in three clear groups, with a quoted, comma-holding field among them. */
    static Path csv(Path dir) throws Exception {
        String[][] groups = {
            {"bus", "route", "fare", "schedule", "transit"},
            {"park", "tree", "bench", "playground", "grass"},
            {"library", "book", "computer", "reading", "librarian"},
        };
        List<String> lines = new ArrayList<>();
        lines.add("id,text,topic");
        for (int i = 0; i < 90; i++) {
            String[] g = groups[i % 3];
            String text = g[i % 5] + " " + g[(i / 3) % 5] + " " + g[(i / 7 + 2) % 5];
            if (i == 4) {
                text = "\"" + text + ", and \"\"more\"\"\"";
            }
            lines.add(i + "," + text + ",g" + (i % 3));
        }
        Path file = dir.resolve("labelled.csv");
        Files.write(file, lines);
        return file;
    }

    @Test
    void jsonHasTheMetricsAveragedOverSeeds(@TempDir Path dir) throws Exception {
        Run r = Cli.run("evaluate", "--input", csv(dir).toString(), "--text-column", "text", "--label-column", "topic",
                "--themer", "kmeans", "--k", "3", "--seeds", "1,2", "--threads", "2", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode n = LtcJson.defaults().mapper().readTree(r.out());
        for (String key : List.of("nmi", "ami", "ari", "vMeasure", "themes", "unassigned", "seconds", "stability")) {
            assertTrue(n.has(key), key + " missing in " + r.out());
        }
        assertTrue(n.get("nmi").asDouble() > 0.9, r.out());
        assertTrue(n.get("ari").asDouble() > 0.9, r.out());
        assertEquals(3.0, n.get("themes").asDouble(), 1e-9);
        assertEquals(0.0, n.get("unassigned").asDouble(), 1e-9);
        assertEquals(90, n.get("documents").asInt());
        assertEquals(2, n.get("seeds").size());
        double mean = (n.get("seeds").get(0).get("nmi").asDouble() + n.get("seeds").get(1).get("nmi").asDouble()) / 2;
        assertEquals(mean, n.get("nmi").asDouble(), 1e-12);
        assertEquals(1, r.out().strip().lines().count(), "one JSON object on stdout");
    }

    @Test
    void oneSeedHasNoStabilityAndTextOutputReads(@TempDir Path dir) throws Exception {
        Run json = Cli.run("evaluate", "--input", csv(dir).toString(), "--text-column", "text", "--label-column", "topic",
                "--themer", "kmeans", "--k", "3", "--json");
        assertEquals(0, json.code(), json.err());
        assertTrue(!LtcJson.defaults().mapper().readTree(json.out()).has("stability"), json.out());
        Run text = Cli.run("evaluate", "--input", csv(dir).toString(), "--text-column", "text", "--label-column", "topic",
                "--themer", "kmeans", "--k", "3");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("NMI (arithmetic)"), text.out());
    }

    @Test
    void badColumnOrFileIsBadInput(@TempDir Path dir) throws Exception {
        Run r = Cli.run("evaluate", "--input", csv(dir).toString(), "--text-column", "body", "--label-column", "topic");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("body") && r.err().contains("[id, text, topic]"), r.err());
        Run missing = Cli.run("evaluate", "--input", dir.resolve("nope.csv").toString(), "--text-column", "text",
                "--label-column", "topic");
        assertEquals(2, missing.code(), missing.err());
        Run badOption = Cli.run("evaluate", "--input", csv(dir).toString(), "--text-column", "text", "--label-column",
                "topic", "--themer", "kmeans", "--set", "ltc.theming.kmeans.restarts=zero");
        assertEquals(2, badOption.code(), badOption.err());
        assertTrue(badOption.err().contains("ltc.theming.kmeans.restarts"), badOption.err());
    }
}
