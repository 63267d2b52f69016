package org.ltc.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.ltc.calibration.CalibrationInput;
import org.ltc.calibration.Calibrators;
import org.ltc.model.content.ContentLibrary;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.io.LtcJson;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.plugin.RunContext;
import org.ltc.model.privacy.Redactor;
import org.ltc.model.provenance.Provenance;
import org.ltc.model.stage.StageAssessment;
import org.ltc.theming.Themers;
import org.ltc.theming.ThemingRequest;
import org.ltc.theming.knowledge.PublicKnowledgeBuilder;

/** One canonical input digest: the same notes have the same hash in every document made from them. */
class InputDigestTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void theSameSetHasTheSameInputHashInTheThemeSetPublicKnowledgeAndStageAssessment() {
        // Redacted first, as a host does: a request redacts a set whose own record does not show it redacted, and
        // every document then cites the notes as themed, not the raw ones.
        ConversationSet set = Redactor.defaults().ensureRedacted(MillbrookSample.conversations(CLOCK));
        ClassLoader loader = getClass().getClassLoader();
        String digest = Provenance.digest(set);
        RunContext context = RunContext.of(42L).withClock(CLOCK);
        for (String themer : new String[] {"kmeans", "codebook", "lda"}) {
            ThemeSet themes = Themers.discover(loader).get(themer).theme(ThemingRequest.of(set, context));
            assertEquals(digest, themes.provenance().inputSha256(), themer);
            PublicKnowledge pk = new PublicKnowledgeBuilder().build(themes, set);
            assertEquals(digest, pk.provenance().inputSha256(), "public knowledge from " + themer);
            StageAssessment a = Calibrators.discover(loader).get("signals").assess(CalibrationInput.of(
                    ContentLibrary.builtIn().requireFramework(ContentLibrary.HARWOOD_FIVE_STAGES), pk, context)
                    .withConversations(set));
            assertEquals(digest, a.provenance().inputSha256(), "stage assessment via " + themer);
        }
    }

    @Test
    void theDigestIsOfTheDataAloneAndChangesWithIt() {
        ConversationSet set = MillbrookSample.conversations(CLOCK);
        assertEquals(Provenance.digest(set), Provenance.digest(MillbrookSample.conversations(CLOCK)));
        ConversationSet fewer = set.withNotes(set.notes().subList(0, set.notes().size() - 1), set.redaction());
        assertNotEquals(Provenance.digest(set), Provenance.digest(fewer));
    }

    @Test
    void theDigestLeavesOutWhenAndHowTheDocumentWasMade() {
        // Issue 17: without --created-at the set's creation time went into every input hash made from it.
        ConversationSet early = MillbrookSample.conversations(CLOCK);
        ConversationSet late = MillbrookSample.conversations(Clock.offset(CLOCK, java.time.Duration.ofDays(400)));
        assertNotEquals(early.provenance().createdAt(), late.provenance().createdAt());
        assertEquals(Provenance.digest(early), Provenance.digest(late));
        ThemeSet a = Themers.discover(getClass().getClassLoader()).get("codebook")
                .theme(ThemingRequest.of(early, RunContext.of(1L).withClock(CLOCK)));
        ThemeSet b = Themers.discover(getClass().getClassLoader()).get("codebook")
                .theme(ThemingRequest.of(late, RunContext.of(1L).withClock(Clock.systemUTC())));
        assertEquals(a.provenance().inputSha256(), b.provenance().inputSha256());
        assertEquals(Provenance.digest(a), Provenance.digest(b), "a theme set's digest is its themes, not its time");
    }

    @Test
    void theStreamedEnvelopeIsByteForByteTheTreeBuiltOne() {
        ConversationSet set = MillbrookSample.conversations(CLOCK);
        LtcJson json = LtcJson.defaults();
        String viaTree = json.mapper().writeValueAsString(json.envelope(set)) + "\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(set, out);
        assertEquals(viaTree, out.toString(StandardCharsets.UTF_8));
        assertEquals(viaTree, json.write(set));
        assertEquals(set, json.read(viaTree, ConversationSet.class));
    }
}
