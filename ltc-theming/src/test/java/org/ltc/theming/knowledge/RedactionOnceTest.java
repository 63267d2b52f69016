package org.ltc.theming.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;
import org.ltc.model.io.LtcJson;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.privacy.Redactor;
import org.ltc.theming.ThemingRequest;

/** Issue 16, item 4: redaction once, in the library, decided by the set's own record. */
class RedactionOnceTest {
    private static ConversationSet raw() {
        ConversationSet town = PublicKnowledgeProperties.town(new Random(3), 20, 12);
        List<Note> notes = new ArrayList<>();
        for (Note n : town.notes()) {
            notes.add(n.withText(n.text() + " write to jo.smith@example.org or call 270-555-0134"));
        }
        return town.withNotes(notes, null);
    }

    @Test
    void redactionOnce_aHostThatThemesAnUnredactedSetGetsItRedactedAndRecorded() {
        ThemingRequest request = ThemingRequest.of(raw(), 1);
        ConversationSet seen = request.conversations();
        assertTrue(Redactor.isRedacted(seen));
        assertTrue(seen.notes().stream().noneMatch(n -> n.text().contains("example.org")));
        assertEquals(12, seen.redaction().count("email"));
        // Already redacted: the same set, not redacted twice.
        assertTrue(ThemingRequest.of(seen, 1).conversations() == seen);
    }

    @Test
    void redactionOnce_aHostThatSaysItsTextIsPublicGetsItAsItIs() {
        ThemingRequest request = new ThemingRequest(raw(), Map.of("ltc.privacy.publicText", "true"), 1, 1, null, null,
                null, null);
        assertTrue(request.conversations().notes().get(0).text().contains("jo.smith@example.org"));
        assertEquals("true", request.conversations().redaction().options().get("ltc.privacy.publicText"));
    }

    @Test
    void redactionOnce_publicKnowledgeFromAnUnredactedSetIsRedactedAndSaysSo() {
        PublicKnowledge pk = new PublicKnowledgeBuilder(PublicKnowledgeOptions.builder().codebook(null)
                .clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).build())
                .build(PublicKnowledgeProperties.themes(new Random(4), 12), raw());
        String json = LtcJson.defaults().write(pk);
        assertFalse(json.contains("example.org"), json);
        assertFalse(json.contains("555-0134"), json);
        assertTrue(pk.provenance().steps().stream().anyMatch(s -> s.operation().equals("redact")
                && "12".equals(s.parameters().get("count.email"))), pk.provenance().steps().toString());
    }
}
