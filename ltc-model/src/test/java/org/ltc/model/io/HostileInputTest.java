package org.ltc.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ltc.model.InvalidInputException;
import org.ltc.model.action.ActionPlan;
import org.ltc.model.conversation.Conversation;
import org.ltc.model.conversation.ConversationFormat;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;
import org.ltc.model.validation.DocumentValidator;
import org.ltc.model.validation.ValidationReport;

/** The {@link JsonLimits} stop hostile documents early, with an error that says where and which limit. */
class HostileInputTest {
    private static String sample() {
        return LtcJson.defaults().write(ConversationSet.of("s", List.of(Conversation.of("c1", ConversationFormat.ONLINE)),
                List.of(Note.of("n1", "c1", "Buses on Sundays, please"), Note.of("n2", "c1", "x".repeat(500)))));
    }

    @Test
    void aStringLongerThanTheLimitIsStoppedAtItsPointer() {
        LtcJson strict = LtcJson.defaults().withLimits(new JsonLimits(1 << 20, 64, 100));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> strict.read(sample(), ConversationSet.class));
        assertTrue(e.location().startsWith("/data/notes/1/text"), e.getMessage());
        assertTrue(e.getMessage().contains("exceeds a safety limit") && e.getMessage().contains("100"), e.getMessage());
    }

    @Test
    void aDocumentLargerThanTheLimitIsStopped() {
        LtcJson strict = LtcJson.defaults().withLimits(new JsonLimits(300, 64, 1000));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> strict.read(sample(), ConversationSet.class));
        assertTrue(e.getMessage().contains("exceeds a safety limit"), e.getMessage());
        assertTrue(e.getMessage().contains("300"), e.getMessage());
    }

    @Test
    void nestingDeeperThanTheLimitIsStoppedAtItsPointer() {
        String deep = "[".repeat(100) + "]".repeat(100);
        String doc = sample().replace("\"id\" : \"s\",", "\"id\" : \"s\", \"junk\" : " + deep + ",");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> LtcJson.defaults().read(doc, ConversationSet.class));
        assertTrue(e.getMessage().contains("exceeds a safety limit") && e.getMessage().contains("64"), e.getMessage());
        assertTrue(e.location().startsWith("/data/junk/0/0/0"), e.getMessage());
        ValidationReport r = DocumentValidator.create().validate(doc, "deep.json");
        assertEquals(1, r.errors().size());
        assertTrue(r.errors().get(0).pointer().startsWith("/data/junk/0/0"), r.errors().toString());
    }

    @Test
    void theLimitsThemselvesMustBeSane() {
        assertThrows(org.ltc.model.InvalidOptionsException.class, () -> new JsonLimits(0, 64, 10));
        assertThrows(org.ltc.model.InvalidOptionsException.class, () -> new JsonLimits(10, 2, 10));
    }

    @Test
    void absentNumbersTakeTheirDocumentedDefaults() {
        // Action.weight and CommunityReport.disclosureThreshold are documented as "absent in JSON: the default".
        String plan = "{\"format\":\"ltc\",\"version\":1,\"kind\":\"action-plan\",\"data\":{\"id\":\"p\",\"title\":\"Plan\","
                + "\"aspiration\":\"A town where teens belong\",\"actions\":[{\"id\":\"a1\",\"title\":\"Open late\"}]}}";
        ActionPlan p = LtcJson.defaults().read(plan, ActionPlan.class);
        assertEquals(1.0, p.actions().get(0).weight());
        assertEquals(0.0, p.actions().get(0).percent());
        assertTrue(DocumentValidator.create().validate(plan, "plan.json").valid());
    }
}
