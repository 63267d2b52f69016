package org.ltc.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltc.model.io.LtcJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import org.ltc.examples.cli.Cli.Run;

class ValidateCommandTest {

    static Path sample(Path dir) throws Exception {
        Path file = dir.resolve("millbrook.json");
        try (InputStream in = ValidateCommandTest.class.getResourceAsStream(
                "/org/ltc/examples/sample/millbrook-conversations.json")) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void theBundledSampleIsValid(@TempDir Path dir) throws Exception {
        Run r = Cli.run("validate", sample(dir).toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("valid conversation-set"), r.out());
    }

    @Test
    void everyErrorIsOneLineWithPointerFieldAndMessage(@TempDir Path dir) throws Exception {
        Path file = sample(dir);
        ObjectNode root = (ObjectNode) LtcJson.defaults().mapper().readTree(Files.readString(file));
        root.put("colour", 1);
        Files.writeString(file, root.toString());
        Run r = Cli.run("validate", file.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals("/colour  colour  is not a field of the envelope", r.err().lines().findFirst().orElseThrow());

        // With the envelope right, every bad field in the data is reported, each on its own line.
        root.remove("colour");
        ((ObjectNode) root.at("/data/conversations/0")).put("participantCount", -3);
        ((ObjectNode) root.at("/data/conversations/1")).put("format", "PICNIC");
        ((ObjectNode) root.at("/data/community")).put("name", " ");
        Files.writeString(file, root.toString());
        r = Cli.run("validate", file.toString());
        assertEquals(2, r.code());
        List<String> lines = r.err().lines().toList();
        assertEquals(4, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("/data/community  name  must not be blank"), r.err());
        assertTrue(lines.get(1).startsWith("/data/conversations/0  participantCount  must be zero or more"), r.err());
        assertTrue(lines.get(2).startsWith("/data/conversations/1/format  format  "), r.err());
        assertTrue(lines.get(3).endsWith(": 3 errors"), r.err());
    }

    @Test
    void jsonOutputIsOneObjectWithEveryError(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"format\":\"ltc\",\"version\":1,\"kind\":\"theme-set\",\"data\":{\"themes\":3,\"unassigned\":{}}}");
        Run r = Cli.run("validate", "--json", file.toString());
        assertEquals(2, r.code(), r.err());
        JsonNode json = LtcJson.defaults().mapper().readTree(r.out());
        assertEquals(false, json.get("valid").asBoolean());
        assertEquals("theme-set", json.get("kind").asString());
        assertTrue(json.get("errors").size() >= 2, r.out());
        assertEquals("/data/themes", json.get("errors").get(0).get("pointer").asString(), r.out());

        Run ok = Cli.run("validate", "--json", sample(dir).toString());
        assertEquals(0, ok.code());
        JsonNode valid = LtcJson.defaults().mapper().readTree(ok.out());
        assertTrue(valid.get("valid").asBoolean());
        assertEquals(0, valid.get("errors").size());
    }

    @Test
    void aMissingFileIsBadInput(@TempDir Path dir) {
        Run r = Cli.run("validate", dir.resolve("nope.json").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("nope.json"), r.err());
    }
}
