package org.ltc.calibration.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ltc.calibration.CalibrationInput;
import org.ltc.calibration.CalibrationInputs;
import org.ltc.calibration.contract.CalibrationFixtures;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Moderation;
import org.ltc.model.conversation.Note;
import org.ltc.model.io.PolisImport;
import org.ltc.model.stage.Reason;
import org.ltc.model.stage.StageAssessment;
import org.ltc.model.stage.StageProbability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ltc.model.testdata.SharedData;
import org.ltc.model.testdata.RealData;

/**
 * The signals calibrator on a real conversation: Bowling Green / Warren County, Kentucky, 2018, on Polis
 * (896 statements with votes; CC BY 4.0, The Computational Democracy Project), imported with
 * {@link PolisImport}. Residents answered "what
 * should change" and mostly asked others (the city, the county) to fix things, with frustration about
 * traffic and growth: a community a team would place in the Waiting Place, edging into Impasse.
 */
@RealData
class BowlingGreenSignalsTest {
    private static final Logger LOG = LoggerFactory.getLogger(BowlingGreenSignalsTest.class);


    @Test
    void bowlingGreenIsWaitingWithImpasseBehind() throws IOException {
        ConversationSet bg = PolisImport.importDirectory(SharedData.dir("polis-bowling-green")).conversationSet();
        assertEquals(896, bg.notes().size());
        CalibrationInput in = CalibrationInput.of(CalibrationFixtures.harwood(), bg, 2018)
                .withClock(CalibrationFixtures.clock());
        StageAssessment a = new SignalsCalibrator().assess(in);
        StringBuilder sb = new StringBuilder("Bowling Green, signals:");
        for (StageProbability p : a.distribution()) {
            sb.append(String.format(Locale.ROOT, " %s %.2f", p.stageId(), p.probability()));
        }
        for (Reason r : a.reasons()) {
            sb.append("\n  ").append(r.text());
        }
        LOG.info("{}", sb);
        // Kept for the README's figures: target/bowling-green-signals.txt
        Files.writeString(Path.of("target", "bowling-green-signals.txt"), sb + "\n");
        assertEquals("waiting-place", a.mostLikely(), sb.toString());
        assertTrue(a.probability("impasse") > a.probability("catalytic"), sb.toString());
        assertTrue(a.probability("waiting-place") + a.probability("impasse") > 0.7, sb.toString());
        assertTrue(a.probability("sustain-renew") < 0.1, sb.toString());
        Set<String> ids = CalibrationInputs.evidenceIds(in);
        a.reasons().forEach(r -> assertTrue(ids.containsAll(r.evidence())));
        Set<String> rejected = Set.copyOf(bg.notes().stream().filter(n -> n.moderation() == Moderation.REJECTED)
                .map(Note::id).toList());
        a.reasons().forEach(r -> r.evidence().forEach(e -> assertTrue(!rejected.contains(e), e + " was rejected")));
    }
}
