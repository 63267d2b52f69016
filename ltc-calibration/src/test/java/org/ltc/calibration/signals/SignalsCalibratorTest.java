package org.ltc.calibration.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltc.calibration.CalibrationInput;
import org.ltc.calibration.contract.CalibrationFixtures;
import org.ltc.model.InvalidInputException;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.conversation.Conversation;
import org.ltc.model.conversation.ConversationFormat;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Moderation;
import org.ltc.model.conversation.Note;
import org.ltc.model.knowledge.Breadth;
import org.ltc.model.knowledge.CategorySection;
import org.ltc.model.knowledge.Engagement;
import org.ltc.model.knowledge.NoteRef;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.knowledge.Quote;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeCategory;
import org.ltc.model.provenance.Provenance;
import org.ltc.model.stage.Reason;
import org.ltc.model.stage.StageAssessment;

class SignalsCalibratorTest {
    private final SignalsCalibrator signals = new SignalsCalibrator();

    private static ConversationSet notes(String... texts) {
        List<Note> notes = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            notes.add(Note.of("n" + (i + 1), "c1", texts[i]));
        }
        return ConversationSet.of("t", List.of(Conversation.of("c1", ConversationFormat.OTHER)), notes);
    }

    private static CalibrationInput input(ConversationSet set, Map<String, String> options) {
        return CalibrationInput.of(CalibrationFixtures.harwood(), set, 1).withOptions(options)
                .withClock(CalibrationFixtures.clock());
    }

    @Test
    void wordsTheQuestionItselfUsesAreNoSignal() {
        ConversationSet answers = notes("The city should fix the roads", "They should add buses", "Parks should open late");
        StageAssessment plain = signals.assess(input(answers, Map.of()));
        assertTrue(plain.probability("waiting-place") > 0.3, plain.distribution().toString());
        ConversationSet asked = new ConversationSet(answers.id(), null, new org.ltc.model.conversation.ConversationGuide(
                "g", "Guide", null, List.of(new org.ltc.model.conversation.Question("q1",
                "What should the city change?", null))), answers.conversations(), answers.participants(),
                answers.notes(), answers.votes(), answers.redaction(), answers.provenance());
        StageAssessment prompted = signals.assess(input(asked, Map.of()));
        assertTrue(prompted.probability("waiting-place") < plain.probability("waiting-place"),
                prompted.distribution() + " vs " + plain.distribution());
        assertTrue(prompted.reasons().stream().anyMatch(r -> r.text().startsWith("Not counted as signals")
                && r.text().contains("\"should\"")), prompted.reasons().toString());
    }

    @Test
    void rivertonIsAtImpasseWithSomeWaiting() {
        StageAssessment a = signals.assess(CalibrationFixtures.rivertonInput());
        assertEquals("impasse", a.mostLikely());
        assertTrue(a.probability("waiting-place") > a.probability("growth"), a.distribution().toString());
        assertTrue(a.probability("catalytic") > a.probability("sustain-renew"), a.distribution().toString());
        Reason top = a.reasons().get(0);
        assertEquals("impasse", top.stageId());
        assertTrue(top.evidence().containsAll(List.of("n1", "n2", "n3")), top.evidence().toString());
        assertTrue(top.text().contains("\"enough is enough\""), top.text());
        for (Reason r : a.reasons()) {
            assertFalse(r.evidence().contains("n12"), "a note moderation rejected is not read: " + r);
        }
        Set<String> factors = Set.copyOf(a.reasons().stream().filter(r -> r.stageId() == null)
                .map(Reason::text).toList());
        assertTrue(factors.contains("Public capital in the talk: informal-networks mentioned in 1 text"), factors.toString());
        assertTrue(factors.contains("Public capital in the talk: conscious-community-discussion mentioned in 1 text"),
                factors.toString());
        assertTrue(a.reasons().stream().anyMatch(r -> r.text().equals("Read 11 texts; 9 carried at least one stage signal")),
                a.reasons().toString());
    }

    /*
     * Worked by hand, votes off, smoothing 1, sharpness 1, no public capital:
     *   n1 "We are fed up and frustrated"  -> impasse: fed up^2 + frustrated^2 = 4
     *   n2 "A few of us started a club"    -> catalytic: a few of us^3 + started a^2 = 5
     *   n3 "The weather is nice"           -> nothing
     *   weights W = (0, 4, 5, 0, 0); p_k = (W_k + 1) / (9 + 5) = (1, 5, 6, 1, 1) / 14
     */
    @Test
    void theDistributionIsTheSmoothedShareOfSignalWeight() {
        StageAssessment a = signals.assess(input(notes("We are fed up and frustrated", "A few of us started a club",
                "The weather is nice"), Map.of("ltc.calibration.signals.votes", "false")));
        assertEquals(1 / 14.0, a.probability("waiting-place"), 1e-12);
        assertEquals(5 / 14.0, a.probability("impasse"), 1e-12);
        assertEquals(6 / 14.0, a.probability("catalytic"), 1e-12);
        assertEquals("catalytic", a.mostLikely());
        StageAssessment sharp = signals.assess(input(notes("We are fed up and frustrated", "A few of us started a club",
                "The weather is nice"), Map.of("ltc.calibration.signals.votes", "false",
                "ltc.calibration.signals.sharpness", "2")));
        // (1, 25, 36, 1, 1) / 64
        assertEquals(36 / 64.0, sharp.probability("catalytic"), 1e-12);
    }

    @Test
    void wordsMatchThroughTheirStems() {
        StemMatcher m = new StemMatcher();
        m.add(0, "frustrating^2", "t");
        m.add(0, "frustration", "t");
        m.add(1, "no one cares", "t");
        assertEquals(1, m.find("People are FRUSTRATED.").size(), "one stem, one match");
        assertEquals(2.0, m.find("frustration everywhere").get(0).boost());
        assertEquals(1, m.find("No one cares about it").size(), "stop words are kept, so 'no' still counts");
        assertEquals(0, m.find("one cares").size());
        assertEquals(List.of("can't", "wait", "for", "neighbor"), m.stems("Can’t wait for neighbors"));
        m.close();
    }

    @Test
    void votesWeighWhatOthersAgreedWith() {
        Note agreed = new Note("n1", "c1", null, null, "Enough is enough", 100, 0, 0, List.of(), Moderation.ACCEPTED,
                null, null);
        Note lone = new Note("n2", "c1", null, null, "A few of us started a club", 0, 20, 0, List.of(),
                Moderation.ACCEPTED, null, null);
        ConversationSet set = ConversationSet.of("t", List.of(Conversation.of("c1", ConversationFormat.POLIS)),
                List.of(agreed, lone));
        assertEquals("impasse", signals.assess(input(set, Map.of())).mostLikely());
        assertEquals("catalytic", signals.assess(input(set, Map.of("ltc.calibration.signals.votes", "false")))
                .mostLikely(), "boosts 3+2 beat 3 when votes are ignored");
    }

    @Test
    void themesAreReadWhenThereAreNoNotes() {
        Theme t1 = new Theme("t1", "Fed up with traffic", ThemeCategory.CONCERNS, List.of("gridlock"),
                List.of(NoteRef.of("n1"), NoteRef.of("n2"), NoteRef.of("n3"), NoteRef.of("n4")),
                List.of(new Quote("n1", "Enough is enough with this traffic")), Breadth.none(), 0.5, List.of(), null,
                false);
        Theme t2 = Theme.of("t2", "Neighbors started a garden", ThemeCategory.ACTIONS, List.of("volunteer"),
                List.of(NoteRef.of("n5")));
        PublicKnowledge pk = new PublicKnowledge(null, new Engagement(1, 5, 5, 0, List.of(), Map.of(), 0),
                List.of(t1, t2), List.of(new CategorySection(ThemeCategory.CONCERNS, List.of("t1"))), List.of(),
                List.of(), null, Provenance.of("test", "1", Map.of(), 0, "0".repeat(64), CalibrationFixtures.NOW));
        CalibrationInput in = new CalibrationInput(CalibrationFixtures.harwood(), List.of(), List.of(), pk, null,
                Map.of(), Map.of(), 1, null, null, CalibrationFixtures.clock());
        StageAssessment a = signals.assess(in);
        assertEquals("impasse", a.mostLikely());
        assertEquals(List.of("t1"), a.reasons().get(0).evidence());
        assertThrows(InvalidInputException.class, () -> signals.assess(in.withOptions(
                Map.of("ltc.calibration.signals.text", "notes"))));
    }

    @Test
    void aHostLexiconReplacesTheBuiltInOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ours.json");
        Files.writeString(file, """
                {"source": "Springfield Public Library's own signals, 2026", "frameworkId": "harwood-five-stages",
                 "stages": [{"stageId": "growth", "terms": ["library card"]},
                            {"stageId": "impasse", "terms": ["potholes^5"]}]}
                """);
        ConversationSet set = notes("Everyone has a library card now", "More library cards than ever",
                "Enough is enough");
        StageAssessment ours = signals.assess(input(set, Map.of("ltc.calibration.signals.lexicon", file.toString())));
        assertEquals("growth", ours.mostLikely());
        assertTrue(ours.provenance().options().get("ltc.calibration.signals.lexicon").endsWith("ours.json"));
        assertEquals("impasse", signals.assess(input(set, Map.of())).mostLikely());
        StageAssessment byHand = new SignalsCalibrator(SignalLexicon.load(file), SignalsOptions.defaults())
                .assess(input(set, Map.of()));
        assertEquals(ours.distribution(), byHand.distribution());
    }

    @Test
    void theBuiltInLexiconCoversEveryStageAndFactorOfTheBuiltInContent() {
        SignalLexicon lx = SignalLexicon.builtIn();
        assertEquals(CalibrationFixtures.harwood().stages().stream().map(s -> s.id()).toList(),
                lx.stages().stream().map(SignalLexicon.StageSignals::stageId).toList());
        assertEquals(org.ltc.model.content.ContentLibrary.builtIn().publicCapitalFactors().stream().map(f -> f.id())
                .toList(), lx.publicCapital().stream().map(SignalLexicon.FactorSignals::factorId).toList());
        assertTrue(lx.source().contains("Harwood"));
    }

    @Test
    void badLexiconsFrameworksAndOptionsAreNamed(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, """
                {"source": "s", "frameworkId": "harwood-five-stages",
                 "stages": [{"stageId": "euphoria", "terms": ["yay"]}]}
                """);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> signals.assess(input(notes("x"),
                Map.of("ltc.calibration.signals.lexicon", file.toString()))));
        assertTrue(e.getMessage().contains("euphoria"), e.getMessage());
        InvalidInputException f = assertThrows(InvalidInputException.class, () -> signals.assess(
                CalibrationInput.of(CalibrationFixtures.communityReadiness(), notes("x"), 1)));
        assertTrue(f.getMessage().contains("community-readiness"), f.getMessage());
        assertThrows(InvalidOptionsException.class, () -> signals.assess(input(notes("x"),
                Map.of("ltc.calibration.signals.smoothing", "0"))));
        assertThrows(InvalidOptionsException.class, () -> signals.assess(input(notes("x"),
                Map.of("ltc.calibration.signals.text", "tweets"))));
    }
}
