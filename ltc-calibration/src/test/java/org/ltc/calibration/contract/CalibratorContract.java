package org.ltc.calibration.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.ltc.calibration.CalibrationInput;
import org.ltc.calibration.CalibrationInputs;
import org.ltc.calibration.Calibrator;
import org.ltc.model.CancelledException;
import org.ltc.model.InvalidInputException;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.io.LtcJson;
import org.ltc.model.plugin.Cancellation;
import org.ltc.model.plugin.PluginRegistry;
import org.ltc.model.stage.Reason;
import org.ltc.model.stage.Stage;
import org.ltc.model.stage.StageAssessment;
import org.ltc.model.stage.StageProbability;

/**
 * The contract every {@link Calibrator} must keep, as a JUnit 5 test to extend. A plug-in author adds the
 * {@code ltc-calibration} test jar ({@code <type>test-jar</type><scope>test</scope>}) and writes:
 *
 * <pre>{@code
 * class MyCalibratorContractTest implements CalibratorContract {
 *     public Calibrator calibrator() { return new MyCalibrator(); }
 * }
 * }</pre>
 *
 * <p>It checks: a well-formed id and version; the distribution covers exactly the framework's stages, in
 * order, and sums to 1; the most likely stage is the most probable one and the confidence is a probability;
 * every reason names a stage of the framework (or none) and cites only evidence ids that exist in the input
 * ({@link CalibrationInputs#evidenceIds}), and at least one reason cites something; the same input and seed
 * give JSON-identical assessments, also from two threads at once on one instance; provenance names the
 * algorithm, its version, the seed, the injected clock's time and an input hash that changes with the input;
 * an unknown {@code ltc.calibration.<id>.*} option is an {@link InvalidOptionsException}; an input the
 * calibrator cannot judge is an {@link InvalidInputException}; cancellation is honoured; the assessment
 * survives a JSON round trip.
 *
 * <p>Override {@link #input()} to calibrate another input and {@link #unjudgeableInput()} to give an input
 * your calibrator must reject.
 */
public interface CalibratorContract {
    /** The calibrator under test, configured as a user would get it. */
    Calibrator calibrator();

    /**
     * What to calibrate; the default is {@link CalibrationFixtures#rivertonInput()}: notes, team judgements
     * and public-capital ratings on Harwood's five stages.
     */
    default CalibrationInput input() {
        return CalibrationFixtures.rivertonInput();
    }

    /** An input the calibrator must reject; the default holds a framework and nothing to judge from. */
    default CalibrationInput unjudgeableInput() {
        return new CalibrationInput(input().framework(), List.of(), List.of(), null, null, Map.of(), Map.of(),
                CalibrationFixtures.SEED, null, null, CalibrationFixtures.clock());
    }

    /** Whether the calibrator is one of the SDK's own (those may use the reserved {@code ltc-} id prefix). */
    default boolean sdkBuiltIn() {
        return false;
    }

    private static String json(StageAssessment a) {
        return LtcJson.defaults().write(a);
    }

    @Test
    default void idAndVersionAreWellFormed() {
        Calibrator c = calibrator();
        assertNotNull(c.id(), "id");
        assertTrue(c.id().matches("[a-z][a-z0-9-]{0,63}"), "id must be lower-case letters, digits, hyphens: " + c.id());
        if (!sdkBuiltIn()) {
            assertFalse(c.id().startsWith("ltc-"), "the ltc- prefix is reserved for the SDK: " + c.id());
        }
        assertNotNull(c.version(), "version");
        assertTrue(c.version().matches("\\S+"), "version must be non-blank with no spaces: '" + c.version() + "'");
        assertEquals(c.id(), PluginRegistry.builder(Calibrator.class).register(c).build().get(c.id()).id());
    }

    @Test
    default void theDistributionCoversExactlyTheFrameworksStagesAndSumsToOne() {
        CalibrationInput in = input();
        StageAssessment a = calibrator().assess(in);
        assertEquals(in.framework().id(), a.frameworkId());
        assertEquals(in.framework().stages().stream().map(Stage::id).toList(),
                a.distribution().stream().map(StageProbability::stageId).toList(), "every stage, in stage order");
        double sum = 0;
        for (StageProbability p : a.distribution()) {
            assertTrue(p.probability() >= 0 && p.probability() <= 1, p.toString());
            sum += p.probability();
        }
        assertEquals(1.0, sum, 1e-9);
    }

    @Test
    default void theMostLikelyStageIsTheMostProbable() {
        StageAssessment a = calibrator().assess(input());
        double max = a.distribution().stream().mapToDouble(StageProbability::probability).max().orElseThrow();
        assertEquals(max, a.probability(a.mostLikely()), 1e-9, "mostLikely must be an argmax");
        assertTrue(a.confidence() >= 0 && a.confidence() <= 1);
        assertTrue(a.override() == null, "a calibrator never overrides; people do");
    }

    @Test
    default void reasonsCiteEvidenceThatExistsInTheInput() {
        CalibrationInput in = input();
        Set<String> ids = CalibrationInputs.evidenceIds(in);
        StageAssessment a = calibrator().assess(in);
        assertFalse(a.reasons().isEmpty(), "an assessment must give its reasons");
        boolean anyCites = false;
        for (Reason r : a.reasons()) {
            if (r.stageId() != null) {
                assertTrue(in.framework().stage(r.stageId()).isPresent(), "reason names unknown stage " + r.stageId());
            }
            for (String e : r.evidence()) {
                assertTrue(ids.contains(e), "reason '" + r.text() + "' cites " + e + ", which is not in the input");
            }
            anyCites |= !r.evidence().isEmpty();
        }
        assertTrue(anyCites, "at least one reason must cite evidence");
    }

    @Test
    default void sameInputAndSeedGiveIdenticalJson() {
        CalibrationInput in = input();
        assertEquals(json(calibrator().assess(in)), json(calibrator().assess(in)));
    }

    @Test
    default void oneInstanceServesTwoThreadsAtOnce() throws Exception {
        Calibrator c = calibrator();
        CalibrationInput in = input();
        String expected = json(c.assess(in));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> json(c.assess(in))));
            }
            for (Future<String> f : runs) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    default void provenanceNamesAlgorithmSeedInputAndTime() {
        Calibrator c = calibrator();
        CalibrationInput in = input();
        StageAssessment a = c.assess(in);
        assertNotNull(a.provenance(), "provenance");
        assertEquals(c.id(), a.provenance().algorithmId());
        assertEquals(c.version(), a.provenance().algorithmVersion());
        assertEquals(in.seed(), a.provenance().seed());
        assertEquals(CalibrationFixtures.NOW, a.provenance().createdAt(), "the time must come from the input's clock");
        assertTrue(a.provenance().inputSha256().matches("[0-9a-f]{64}"));
        assertEquals(in.seed() + 1, c.assess(in.withSeed(in.seed() + 1)).provenance().seed());
        Map<String, Double> more = new TreeMap<>(in.indicators());
        more.put("contract-extra-indicator", 1.0);
        assertNotEquals(a.provenance().inputSha256(), c.assess(in.withIndicators(more)).provenance().inputSha256(),
                "the input hash must change when the input changes");
    }

    @Test
    default void anUnknownOptionIsRejected() {
        CalibrationInput in = input();
        Map<String, String> options = new TreeMap<>(in.options());
        options.put("ltc.calibration." + calibrator().id() + ".no-such-option", "1");
        assertThrows(InvalidOptionsException.class, () -> calibrator().assess(in.withOptions(options)));
    }

    @Test
    default void anInputItCannotJudgeIsBadInput() {
        assertThrows(InvalidInputException.class, () -> calibrator().assess(unjudgeableInput()));
    }

    @Test
    default void cancellationIsHonoured() {
        Cancellation.Source cancel = Cancellation.source();
        cancel.cancel();
        assertThrows(CancelledException.class, () -> calibrator().assess(input().withCancellation(cancel)));
    }

    @Test
    default void theAssessmentSurvivesAJsonRoundTrip() {
        StageAssessment a = calibrator().assess(input());
        LtcJson codec = LtcJson.defaults();
        assertEquals(a, codec.read(codec.write(a), StageAssessment.class));
    }
}
