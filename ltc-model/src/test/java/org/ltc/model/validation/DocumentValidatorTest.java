package org.ltc.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltc.model.conversation.Conversation;
import org.ltc.model.conversation.ConversationFormat;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;
import org.ltc.model.io.DocumentKind;
import org.ltc.model.io.JsonLimits;
import org.ltc.model.io.LtcJson;

class DocumentValidatorTest {
    private static final DocumentValidator VALIDATOR = DocumentValidator.create();
    private final LtcJson json = LtcJson.defaults();

    private static ConversationSet sample() {
        return ConversationSet.of("set-1", List.of(Conversation.of("c1", ConversationFormat.KITCHEN_TABLE),
                        Conversation.of("c2", ConversationFormat.KITCHEN_TABLE)),
                List.of(Note.of("n1", "c1", "More safe places for teens to go after school"),
                        Note.of("n2", "c1", "Buses that run on Sundays"),
                        Note.of("n3", "c2", "A library open in the evening")));
    }

    private static String pointers(ValidationReport r) {
        return String.join("\n", r.errors().stream().map(ValidationError::toString).toList());
    }

    @Test
    void aValidDocumentHasNoErrorsAndIsRead(@TempDir Path dir) {
        Path file = dir.resolve("set.json");
        json.write(sample(), file);
        ValidationReport r = VALIDATOR.validate(file);
        assertTrue(r.valid(), pointers(r));
        assertEquals(DocumentKind.CONVERSATION_SET, r.kind());
        assertEquals(sample(), r.document());
    }

    @Test
    void everyErrorIsReportedNotJustTheFirst() {
        String text = json.write(sample())
                .replace("\"Buses that run on Sundays\"", "\"   \"")
                .replace("\"A library open in the evening\"", "\"\"")
                .replace("\"id\" : \"n1\",", "\"id\" : \"n1\", \"colour\" : 3,")
                .replaceFirst("\"format\" : \"KITCHEN_TABLE\"", "\"format\" : \"PICNIC\"")
                .replace("\"agrees\" : 0", "\"agrees\" : -2");
        ValidationReport r = VALIDATOR.validate(text, "bad.json");
        assertFalse(r.valid());
        assertNull(r.document());
        String all = pointers(r);
        assertTrue(all.contains("/data/conversations/0/format  format  "), all);
        assertTrue(all.contains("/data/notes/0/colour  colour  is not a field of Note"), all);
        assertTrue(all.contains("/data/notes/1  text  must not be blank"), all);
        assertTrue(all.contains("/data/notes/2  text  must not be blank"), all);
        assertTrue(r.errors().size() >= 4, all);
    }

    @Test
    void aBrokenReferenceIsReportedWithItsPointerAndField() {
        String text = json.write(sample()).replace("\"conversationId\" : \"c2\"", "\"conversationId\" : \"c9\"");
        ValidationReport r = VALIDATOR.validate(text, "ref.json");
        assertEquals(1, r.errors().size(), pointers(r));
        ValidationError e = r.errors().get(0);
        assertEquals("/data/notes/2", e.pointer());
        assertEquals("conversationId", e.field());
        assertTrue(e.message().contains("names no conversation") && e.message().contains("c9"), e.message());
    }

    @Test
    void everyEnvelopeErrorIsReported() {
        String text = "{\"format\":\"xml\",\"version\":99,\"kind\":\"novel\",\"data\":[],\"extra\":1}";
        ValidationReport r = VALIDATOR.validate(text, "env.json");
        assertEquals(List.of("/format", "/version", "/kind", "/extra", "/data"),
                r.errors().stream().map(ValidationError::pointer).toList(), pointers(r));
        assertNull(r.kind());
    }

    @Test
    void brokenJsonIsOneErrorWithItsLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"format\": \"ltc\",\n  \"version\": 1,,\n}");
        ValidationReport r = VALIDATOR.validate(file);
        assertEquals(1, r.errors().size());
        assertTrue(r.errors().get(0).pointer().startsWith("line 3"), pointers(r));
        assertTrue(r.errors().get(0).message().startsWith("is not valid JSON"), pointers(r));
    }

    @Test
    void aFieldLongerThanTheLimitNamesItsPointer() {
        DocumentValidator small = DocumentValidator.create(LtcJson.defaults().withLimits(new JsonLimits(1 << 20, 64, 30)));
        ValidationReport r = small.validate(json.write(sample()), "long.json");
        assertEquals(1, r.errors().size(), pointers(r));
        ValidationError e = r.errors().get(0);
        assertTrue(e.pointer().startsWith("/data/notes/0/text"), e.toString());
        assertTrue(e.message().contains("exceeds a safety limit"), e.toString());
    }

    @Test
    void theErrorListStopsAtTheLimitAndSaysSo() {
        String text = json.write(sample()).replaceAll("\"text\" : \"[^\"]*\"", "\"text\" : \" \"");
        ValidationReport r = VALIDATOR.withMaxErrors(2).validate(text, "many.json");
        assertEquals(2, r.errors().size());
        assertTrue(r.truncated());
    }

    /** A host's own annotated records, as a host would validate them. */
    record Item(@DecimalMax("1") double share) {
    }

    record HostThing(@NotBlank String name, @Valid List<Item> items) {
    }

    @Test
    void theModelValidatorReportsJakartaViolationsAsPointers() {
        List<ValidationError> errors = ModelValidator.create().validate(
                new HostThing(" ", List.of(new Item(0.5), new Item(3))));
        assertEquals(List.of("/items/1/share", "/name"), errors.stream().map(ValidationError::pointer).toList());
        assertEquals("share", errors.get(0).field());
        assertTrue(errors.get(0).message().contains("3.0"), errors.get(0).message());
        assertTrue(ModelValidator.create().validate(sample()).isEmpty());
    }
}
