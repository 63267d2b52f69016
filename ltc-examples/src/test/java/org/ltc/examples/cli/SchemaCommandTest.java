package org.ltc.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltc.model.io.DocumentKind;
import org.ltc.model.io.JsonSchemas;
import org.ltc.model.io.LtcJson;
import org.ltc.examples.cli.Cli.Run;

class SchemaCommandTest {
    @Test
    void writesOneSchemaPerKindIdenticalToTheBundledOnes(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("schemas");
        Cli.Run r = Cli.run("schema", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        for (DocumentKind k : DocumentKind.values()) {
            Path file = out.resolve(k.id() + ".schema.json");
            assertTrue(r.out().contains("wrote " + file), r.out());
            assertEquals(JsonSchemas.bundled(k), Files.readString(file), k.id());
            assertEquals(k.id(), LtcJson.defaults().mapper().readTree(file.toFile()).at("/properties/kind/const").asString());
        }
        Cli.Run json = Cli.run("schema", "--json", "--out", out.toString());
        assertEquals(0, json.code());
        assertEquals(DocumentKind.values().length,
                LtcJson.defaults().mapper().readTree(json.out()).get("schemas").size());
    }

    @Test
    void theOutOptionIsRequired() {
        Cli.Run r = Cli.run("schema");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--out"), r.err());
    }
}
