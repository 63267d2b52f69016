package org.ltc.model.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ltc.model.InvalidInputException;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.testdata.ModelArbitraries;
import org.ltc.model.validation.DocumentValidator;
import org.ltc.model.validation.ValidationReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reader ({@code ltc validate}, {@link LtcJson}) and the published JSON Schema agree (issue 17, I4 and I5):
 * whatever the schema rejects, the reader rejects too, so a host validating with the schema in another
 * language and a host reading with this library never disagree about a document the schema calls bad. (The
 * reader may reject more: cross-field rules a schema cannot state.)
 */
class ReaderSchemaAgreementProperties {
    /** Values of every JSON kind, several of them the wrong type for most fields. */
    private static final List<String> REPLACEMENTS = List.of("\"3\"", "2.5", "42", "-1", "0", "true", "null", "{}",
            "[]", "\"\"", "\"x\"", "1e400", "\"2026-01-01T00:00:00Z\"", "[1]", "{\"a\":1}");

    /** Built once: a codec and a validator are immutable, and building them is the slow part of a try. */
    private static final LtcJson JSON = LtcJson.defaults();
    private static final DocumentValidator VALIDATOR = DocumentValidator.create();

    record Mutation(DocumentKind kind, String pointer, String replacement, String json) {
        @Override
        public String toString() {
            return kind.id() + " " + pointer + " := " + replacement;
        }
    }

    @Property(tries = 250)
    void whatTheSchemaRejectsTheReaderRejects(@ForAll("mutations") Mutation m) {
        List<String> schemaErrors = JsonSchemasTest.errors(m.kind(), m.json());
        ValidationReport report = VALIDATOR.validate(m.json(), "mutated");
        if (!schemaErrors.isEmpty()) {
            assertFalse(report.valid(), m + ": the schema rejects it " + schemaErrors + " but validate accepts it");
            assertThrows(InvalidInputException.class, () -> JSON.read(
                    new java.io.ByteArrayInputStream(m.json().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    "mutated", m.kind()), m + ": the reader accepts what the schema rejects");
        }
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Arbitraries.of(DocumentKind.values()).flatMap(kind -> ModelArbitraries.document(kind).flatMap(doc -> {
            JsonNode root = JSON.mapper().readTree(JSON.write(doc));
            List<String> pointers = new ArrayList<>();
            collect(root.get("data"), "/data", pointers);
            return Combinators.combine(Arbitraries.of(pointers), Arbitraries.of(REPLACEMENTS))
                    .as((p, r) -> new Mutation(kind, p, r, replace(root, p, r)));
        }));
    }

    private static void collect(JsonNode node, String pointer, List<String> out) {
        out.add(pointer);
        if (node.isObject()) {
            for (var e : node.properties()) {
                collect(e.getValue(), pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, out);
            }
        }
    }

    /** The document with the value at {@code pointer} replaced by the JSON text {@code value}. */
    private static String replace(JsonNode root, String pointer, String value) {
        JsonNode copy = root.deepCopy();
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, cut));
        String last = pointer.substring(cut + 1).replace("~1", "/").replace("~0", "~");
        // Spliced as text, so values such as 1e400 reach the reader exactly as a host would send them.
        String marker = "\"@@REPLACED@@\"";
        if (parent instanceof ObjectNode o) {
            o.put(last, "@@REPLACED@@");
        } else if (parent instanceof ArrayNode a) {
            a.set(Integer.parseInt(last), "@@REPLACED@@");
        }
        return JSON.mapper().writeValueAsString(copy).replace(marker, value);
    }

    // ------------------------------------------------------------------ the cases issue 17 names

    private static String noteSet(String noteField) {
        return """
                {"format":"ltc","version":1,"kind":"conversation-set","data":{"id":"s",
                 "conversations":[{"id":"c1","format":"OTHER","participantCount":1,
                   "consent":{"quotesMayBeShared":true,"namesMayBeShared":false}}],
                 "participants":[{"id":"p1"}],
                 "notes":[{"id":"n1","conversationId":"c1","participantId":"p1","text":"Evening hours please",
                   "agrees":0,"disagrees":0,"emphasis":0,"moderation":"UNMODERATED"%s}],
                 "votes":[]}}""".formatted(noteField);
    }

    @Example
    void i5_validateAndSchemaRejectTheIssuesExamples() {
        String valid = noteSet("");
        assertTrue(DocumentValidator.create().validate(valid, "valid").valid(), "the base document is valid");
        assertTrue(JsonSchemasTest.errors(DocumentKind.CONVERSATION_SET, valid).isEmpty());
        List<String> bad = List.of(valid.replace("\"agrees\":0", "\"agrees\":\"3\""),
                valid.replace("\"agrees\":0", "\"agrees\":2.5"),
                valid.replace("\"text\":\"Evening hours please\"", "\"text\":42"),
                valid.replace("\"notes\":[{", "\"notes\":null,\"x\":[{"),
                valid.replace("\"votes\":[]", "\"votes\":null"),
                valid.replace("\"agrees\":0", "\"agrees\":null"),
                valid.replace("\"moderation\":\"UNMODERATED\"", "\"moderation\":1"));
        for (String doc : bad) {
            assertFalse(JsonSchemasTest.errors(DocumentKind.CONVERSATION_SET, doc).isEmpty(), "schema: " + doc);
            assertFalse(DocumentValidator.create().validate(doc, "bad").valid(), "validate: " + doc);
        }
    }

    @Example
    void i4_duplicateKeysAreRejected() {
        String dup = noteSet(",\"text\":\"the second text wins\"");
        assertFalse(DocumentValidator.create().validate(dup, "dup").valid());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> LtcJson.defaults().read(dup, ConversationSet.class));
        assertTrue(e.getMessage().contains("text") && e.getMessage().toLowerCase().contains("duplicate"),
                e.getMessage());
        String dupEnvelope = noteSet("").replace("{\"format\":\"ltc\",", "{\"format\":\"ltc\",\"format\":\"ltc\",");
        assertThrows(InvalidInputException.class, () -> LtcJson.defaults().read(dupEnvelope, ConversationSet.class));
    }

    @Example
    void nulByteInNoteTextIsRejected() {
        String nul = noteSet("").replace("Evening hours", "Evening\\u0000 hours");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> LtcJson.defaults().read(nul, ConversationSet.class));
        assertTrue(e.getMessage().contains("NUL") && !e.getMessage().contains("\u0000"), e.getMessage());
    }
}
