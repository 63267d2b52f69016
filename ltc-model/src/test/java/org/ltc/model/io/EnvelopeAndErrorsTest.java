package org.ltc.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ltc.model.InvalidInputException;
import org.ltc.model.conversation.Conversation;
import org.ltc.model.conversation.ConversationFormat;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;

class EnvelopeAndErrorsTest {
    private final LtcJson json = LtcJson.defaults();

    private static ConversationSet sample() {
        return ConversationSet.of("set-1", List.of(Conversation.of("c1", ConversationFormat.KITCHEN_TABLE)),
                List.of(Note.of("n1", "c1", "More safe places for teens to go after school"),
                        Note.of("n2", "c1", "Buses that run on Sundays")));
    }

    @Test
    void writesAVersionedEnvelopeAndReadsItBack() {
        String text = json.write(sample());
        assertTrue(text.contains("\"format\" : \"ltc\""), text);
        assertTrue(text.contains("\"kind\" : \"conversation-set\""), text);
        assertEquals(sample(), json.read(text, ConversationSet.class));
    }

    @Test
    void aConstructorRuleBrokenInsideTheDocumentIsLocatedByJsonPointer() {
        String text = json.write(sample()).replace("\"Buses that run on Sundays\"", "\"   \"");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> json.read(text, ConversationSet.class));
        assertEquals("/data/notes/1", e.location());
        assertEquals("text", e.field());
        assertTrue(e.getMessage().contains("must not be blank"), e.getMessage());
    }

    @Test
    void aBrokenReferenceNamesTheNoteAndTheField() {
        String text = json.write(sample()).replace("\"conversationId\" : \"c1\",\n      \"text\" : \"Buses",
                "\"conversationId\" : \"c9\",\n      \"text\" : \"Buses");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> json.read(text, ConversationSet.class));
        assertEquals("/data/notes/1", e.location());
        assertEquals("conversationId", e.field());
        assertEquals("c9", e.rejectedValue());
    }

    @Test
    void anUnknownPropertyIsRejectedWithItsPointer() {
        String text = json.write(sample()).replace("\"id\" : \"n2\",", "\"id\" : \"n2\", \"colour\" : 3,");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> json.read(text, ConversationSet.class));
        assertEquals("/data/notes/1/colour", e.location());
    }

    @Test
    void aNewerEnvelopeVersionAndAnotherKindAreRejected() {
        String newer = json.write(sample()).replace("\"version\" : 1", "\"version\" : 99");
        assertTrue(assertThrows(InvalidInputException.class, () -> json.read(newer, ConversationSet.class))
                .getMessage().contains("newer"));
        String other = json.write(sample()).replace("conversation-set", "action-plan");
        assertEquals("/kind", assertThrows(InvalidInputException.class,
                () -> json.read(other, ConversationSet.class)).location());
    }

    @Test
    void hostileNestingAndHugeStringsHitTheLimits() {
        LtcJson strict = json.withLimits(new JsonLimits(10_000_000, 16, 1000));
        String deep = "{\"format\":\"ltc\",\"version\":1,\"kind\":\"conversation-set\",\"data\":"
                + "[".repeat(100) + "]".repeat(100) + "}";
        assertTrue(assertThrows(InvalidInputException.class, () -> strict.read(deep, ConversationSet.class))
                .getMessage().contains("safety limit"));
        String huge = json.write(sample()).replace("Buses that run on Sundays", "x".repeat(5000));
        assertTrue(assertThrows(InvalidInputException.class, () -> strict.read(huge, ConversationSet.class))
                .getMessage().contains("safety limit"));
    }

    @Test
    void malformedJsonNamesTheLine() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> json.read("{\n\"format\": \"ltc\",\n\"version\": 1,,\n}", ConversationSet.class));
        assertTrue(e.location().startsWith("line 3"), e.getMessage());
    }
}
