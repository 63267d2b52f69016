package org.ltc.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ltc.model.conversation.Conversation;
import org.ltc.model.conversation.ConversationFormat;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;
import org.ltc.model.testdata.BowlingGreen;
import org.ltc.model.validation.DocumentValidator;
import org.ltc.model.validation.ValidationReport;

/**
 * The committed schemas are the generated ones, and they accept the documents the SDK writes (checked with an
 * independent validator, networknt json-schema-validator) and reject broken ones.
 */
class JsonSchemasTest {
    /** Where the schemas are committed, relative to the ltc-model module folder (the tests' working directory). */
    static final Path COMMITTED = Path.of("src/main/resources/org/ltc/model/schema");

    private static final Map<DocumentKind, Schema> SCHEMAS = new EnumMap<>(DocumentKind.class);

    /** The committed schema of a kind, compiled by networknt (cached). */
    public static synchronized Schema schema(DocumentKind kind) {
        return SCHEMAS.computeIfAbsent(kind, k -> SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(JsonSchemas.bundled(k), InputFormat.JSON));
    }

    /** The schema errors of a document's JSON text, as readable strings. */
    public static List<String> errors(DocumentKind kind, String json) {
        List<String> out = new ArrayList<>();
        for (Error e : schema(kind).validate(json, InputFormat.JSON)) {
            out.add(e.toString());
        }
        return out;
    }

    @Test
    void committedSchemasAreTheGeneratedOnes() throws Exception {
        boolean update = Boolean.getBoolean("ltc.schema.update");
        List<String> stale = new ArrayList<>();
        for (Map.Entry<String, String> e : JsonSchemas.generateAll().entrySet()) {
            Path file = COMMITTED.resolve(e.getKey());
            String committed = Files.isRegularFile(file) ? Files.readString(file) : null;
            if (!e.getValue().equals(committed)) {
                if (update) {
                    Files.createDirectories(COMMITTED);
                    Files.writeString(file, e.getValue());
                } else {
                    stale.add(e.getKey());
                }
            }
        }
        assertEquals(List.of(), stale, "the model changed: regenerate the committed schemas with "
                + "mvn -pl ltc-model test -Dtest=JsonSchemasTest -Dltc.schema.update=true and commit them");
        try (var files = Files.list(COMMITTED)) {
            assertEquals(DocumentKind.values().length, files.filter(f -> f.toString().endsWith(".schema.json")).count(),
                    "one schema per document kind, no strays");
        }
    }

    @Test
    void theBundledSchemaIsOnTheClassPath() {
        for (DocumentKind k : DocumentKind.values()) {
            assertEquals(JsonSchemas.generateText(k), JsonSchemas.bundled(k), k.id());
        }
    }

    @Test
    void schemasSayWhatTheModelRequires() {
        var set = JsonSchemas.generate(DocumentKind.CONVERSATION_SET);
        var note = set.at("/$defs/Note");
        assertEquals("object", note.get("type").asString());
        assertFalse(note.get("additionalProperties").asBoolean());
        assertTrue(note.get("required").toString().contains("\"text\""), note.toString());
        assertEquals(1, note.at("/properties/text/minLength").asInt());
        assertEquals(Note.MAX_TEXT_CHARS, note.at("/properties/text/maxLength").asInt());
        assertEquals(0, note.at("/properties/agrees/minimum").asInt());
        assertEquals("[\"ACCEPTED\",\"REJECTED\",\"UNMODERATED\"]", note.at("/properties/moderation/enum").toString());
        assertEquals("date-time", note.at("/properties/createdAt/format").asString());
        assertEquals("#/$defs/Note", set.at("/$defs/ConversationSet/properties/notes/items/$ref").asString());
        assertEquals("conversation-set", set.at("/properties/kind/const").asString());
        var noteRef = JsonSchemas.generate(DocumentKind.THEME_SET).at("/$defs/NoteRef/properties/weight");
        assertEquals(0, noteRef.get("exclusiveMinimum").asInt(), noteRef.toString());
        assertEquals(1, noteRef.get("maximum").asInt(), noteRef.toString());
        var provenance = JsonSchemas.generate(DocumentKind.THEME_SET).at("/$defs/Provenance/properties/inputSha256");
        assertEquals("^(?:[0-9a-f]{64})$", provenance.get("pattern").asString());
        // A recursive record is a reference to itself, not an endless expansion.
        assertEquals("#/$defs/Action",
                JsonSchemas.generate(DocumentKind.ACTION_PLAN).at("/$defs/Action/properties/children/items/$ref").asString());
    }

    @Test
    @org.ltc.model.testdata.RealData
    void theBowlingGreenConversationPassesItsSchemaAndTheValidator() {
        ConversationSet bg = BowlingGreen.read(BowlingGreen.requireFolder());
        assertEquals(896, bg.notes().size());
        String json = LtcJson.defaults().write(bg);
        assertEquals(List.of(), errors(DocumentKind.CONVERSATION_SET, json));
        ValidationReport report = DocumentValidator.create().validate(json, "bg.json");
        assertTrue(report.valid(), report.errors().toString());
        assertEquals(bg, report.document());
    }

    @Test
    void theSchemaRejectsWhatTheReaderRejects() {
        ConversationSet set = ConversationSet.of("s", List.of(Conversation.of("c1", ConversationFormat.KITCHEN_TABLE)),
                List.of(Note.of("n1", "c1", "Buses on Sundays")));
        String ok = LtcJson.defaults().write(set);
        assertEquals(List.of(), errors(DocumentKind.CONVERSATION_SET, ok));
        List<String> broken = List.of(
                ok.replace("\"Buses on Sundays\"", "\"   \""),
                ok.replace("\"id\" : \"n1\",", "\"id\" : \"n1\", \"colour\" : 1,"),
                ok.replace("\"KITCHEN_TABLE\"", "\"PICNIC\""),
                ok.replace("\"kind\" : \"conversation-set\"", "\"kind\" : \"theme-set\""),
                ok.replace("\"version\" : 1", "\"version\" : 2"),
                ok.replace("\"conversationId\" : \"c1\",", ""));
        for (String doc : broken) {
            assertFalse(errors(DocumentKind.CONVERSATION_SET, doc).isEmpty(), doc);
        }
    }
}
