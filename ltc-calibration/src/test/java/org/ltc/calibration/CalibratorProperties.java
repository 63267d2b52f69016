package org.ltc.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.ltc.calibration.contract.CalibrationFixtures;
import org.ltc.calibration.rubric.RubricCalibrator;
import org.ltc.calibration.signals.SignalsCalibrator;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;
import org.ltc.model.stage.IndicatorRating;
import org.ltc.model.stage.StageAssessment;

/** Invariants of the built-in calibrators. */
class CalibratorProperties {
    private final RubricCalibrator rubric = new RubricCalibrator();
    private final SignalsCalibrator signals = new SignalsCalibrator();

    /** The order ratings arrive in changes nothing: units and raters are taken in id order. */
    @Property(tries = 25)
    void rubricIgnoresTheOrderOfRatings(@ForAll long shuffleSeed, @ForAll long seed) {
        List<IndicatorRating> ratings = new ArrayList<>(CalibrationFixtures.readinessRatings());
        CalibrationInput in = CalibrationFixtures.readinessInput().withSeed(seed);
        Collections.shuffle(ratings, new Random(shuffleSeed));
        StageAssessment a = rubric.assess(in);
        StageAssessment b = rubric.assess(in.withRatings(ratings));
        assertEquals(a.distribution(), b.distribution());
        assertEquals(a.mostLikely(), b.mostLikely());
    }

    /** The order notes arrive in changes the distribution by rounding at most. */
    @Property(tries = 25)
    void signalsIgnoreTheOrderOfNotes(@ForAll long shuffleSeed) {
        ConversationSet town = CalibrationFixtures.riverton();
        List<Note> notes = new ArrayList<>(town.notes());
        Collections.shuffle(notes, new Random(shuffleSeed));
        CalibrationInput in = CalibrationFixtures.rivertonInput();
        StageAssessment a = signals.assess(in);
        StageAssessment b = signals.assess(in.withConversations(town.withNotes(notes, null)));
        assertEquals(a.mostLikely(), b.mostLikely());
        for (int s = 0; s < a.distribution().size(); s++) {
            assertEquals(a.distribution().get(s).probability(), b.distribution().get(s).probability(), 1e-12);
        }
    }

    /** One more note saying "enough is enough" never lowers the probability of Impasse. */
    @Property(tries = 20)
    void moreSignalsOfAStageNeverLowerIt(@ForAll @IntRange(min = 1, max = 20) int extra) {
        ConversationSet town = CalibrationFixtures.riverton();
        List<Note> notes = new ArrayList<>(town.notes());
        double before = signals.assess(CalibrationFixtures.rivertonInput()).probability("impasse");
        for (int i = 0; i < extra; i++) {
            notes.add(Note.of("extra" + i, "c1", "Enough is enough, we are fed up"));
        }
        double after = signals.assess(CalibrationFixtures.rivertonInput()
                .withConversations(town.withNotes(notes, null))).probability("impasse");
        assertTrue(after > before, before + " -> " + after);
    }
}
