package org.ltc.calibration.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.ltc.calibration.CalibrationInput;
import org.ltc.calibration.contract.CalibrationFixtures;
import org.ltc.model.InvalidInputException;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.stage.IndicatorRating;
import org.ltc.model.stage.Reason;
import org.ltc.model.stage.StageAssessment;
import org.ltc.model.stage.StageFramework;
import org.ltc.model.stage.StageProbability;

/**
 * The Community Readiness Model's arithmetic (Plested, Edwards &amp; Jumper-Thurman 2006, "Scoring"):
 * consensus per interview, mean per dimension over interviews, mean over the six dimensions, stage = that
 * score rounded down. Each case is worked by hand in its comment.
 */
class RubricCalibratorTest {
    private static final String[] DIMS = {"community-efforts", "community-knowledge-of-efforts", "leadership",
        "community-climate", "community-knowledge-of-issue", "resources"};
    private static final StageFramework CRM = CalibrationFixtures.communityReadiness();
    private final RubricCalibrator rubric = new RubricCalibrator();

    /** Consensus scores {@code byDim[d][interview]} as ratings by rater "consensus". */
    private static List<IndicatorRating> consensus(double[][] byDim) {
        List<IndicatorRating> r = new ArrayList<>();
        for (int d = 0; d < byDim.length; d++) {
            for (int i = 0; i < byDim[d].length; i++) {
                r.add(new IndicatorRating(DIMS[d], byDim[d][i], "consensus", "interview-" + (i + 1), List.of()));
            }
        }
        return r;
    }

    private static CalibrationInput crm(List<IndicatorRating> ratings, Map<String, String> options) {
        return CalibrationInput.of(CRM, ratings, 7).withOptions(options).withClock(CalibrationFixtures.clock());
    }

    private static double weightOf(StageAssessment a, String textStart) {
        return a.reasons().stream().filter(r -> r.text().startsWith(textStart)).findFirst().orElseThrow().weight();
    }

    /*
     * Six interviews, agreed scores:
     *   efforts               5 4 5 6 5 4 = 29 -> 4.8333
     *   knowledge of efforts  4 4 3 5 4 4 = 24 -> 4.0000
     *   leadership            6 5 5 6 5 5 = 32 -> 5.3333
     *   climate               5 5 4 5 6 5 = 30 -> 5.0000
     *   knowledge of issue    5 4 5 5 4 5 = 28 -> 4.6667
     *   resources             5 5 6 5 5 5 = 31 -> 5.1667
     *   overall = 174 / 36 = 4.8333 -> rounded down: stage 4, Preplanning
     */
    private static final double[][] SIX_INTERVIEWS = {
        {5, 4, 5, 6, 5, 4}, {4, 4, 3, 5, 4, 4}, {6, 5, 5, 6, 5, 5}, {5, 5, 4, 5, 6, 5}, {5, 4, 5, 5, 4, 5},
        {5, 5, 6, 5, 5, 5}};

    @Test
    void anOverallOf483IsStageFourPreplanning() {
        StageAssessment a = rubric.assess(crm(consensus(SIX_INTERVIEWS), Map.of()));
        assertEquals("preplanning", a.mostLikely());
        assertEquals(4.8333, weightOf(a, "Overall score"), 1e-9);
        assertTrue(a.reasons().get(0).text().startsWith("Overall score 4.83, the mean of 6 dimension scores, rounded down:"
                + " stage 4, Preplanning"), a.reasons().get(0).text());
        assertEquals(4.8333, weightOf(a, "Community Efforts:"), 1e-9);
        assertEquals(4.0, weightOf(a, "Community Knowledge of the Efforts:"), 1e-9);
        assertEquals(5.3333, weightOf(a, "Leadership:"), 1e-9);
        assertEquals(5.0, weightOf(a, "Community Climate:"), 1e-9);
        assertEquals(4.6667, weightOf(a, "Community Knowledge about the Issue:"), 1e-9);
        assertEquals(5.1667, weightOf(a, "Resources Related to the Issue:"), 1e-9);
        assertEquals(List.of("interview-1", "interview-2", "interview-3", "interview-4", "interview-5", "interview-6"),
                a.reasons().get(0).evidence());
    }

    /*
     * One interview, two scorers and no agreed score: the consensus is their mean.
     *   efforts 4,5 -> 4.5; knowledge of efforts 3,4 -> 3.5; leadership 5,5 -> 5; climate 4,4 -> 4;
     *   knowledge of issue 6,5 -> 5.5; resources 3,4 -> 3.5; overall 26 / 6 = 4.3333 -> stage 4.
     */
    @Test
    void withoutAnAgreedScoreTheScorersMeanIsTheConsensus() {
        double[][] a = {{4, 5}, {3, 4}, {5, 5}, {4, 4}, {6, 5}, {3, 4}};
        List<IndicatorRating> r = new ArrayList<>();
        for (int d = 0; d < 6; d++) {
            r.add(new IndicatorRating(DIMS[d], a[d][0], "scorer-a", "i1", List.of()));
            r.add(new IndicatorRating(DIMS[d], a[d][1], "scorer-b", "i1", List.of()));
        }
        StageAssessment s = rubric.assess(crm(r, Map.of()));
        assertEquals(4.3333, weightOf(s, "Overall score"), 1e-9);
        assertEquals(4.5, weightOf(s, "Community Efforts:"), 1e-9);
        assertEquals("preplanning", s.mostLikely());
        assertTrue(s.reasons().stream().anyMatch(x -> x.text().startsWith("Raters disagreed on Community Efforts in "
                + "interview i1 by 1 point: 4 (scorer-a), 5 (scorer-b); mean 4.50")), s.reasons().toString());
    }

    /*
     * The agreed score wins over the scorers' mean: fixture consensus means 4.33, 3.33, 4.67, 3.67, 4.33, 3.67,
     * overall (13 + 10 + 14 + 11 + 13 + 11) / 18 = 72 / 18 = 4.0 exactly -> stage 4 (a sum of thirds must not
     * floor to 3).
     */
    @Test
    void theAgreedScoreIsTheConsensusAndAnExactWholeScoreIsThatStage() {
        StageAssessment a = rubric.assess(CalibrationFixtures.readinessInput());
        assertEquals(4.0, weightOf(a, "Overall score"), 1e-9);
        assertEquals("preplanning", a.mostLikely());
        assertEquals(4.3333, weightOf(a, "Community Efforts:"), 1e-9);
        assertEquals(3.3333, weightOf(a, "Community Knowledge of the Efforts:"), 1e-9);
    }

    @Test
    void aFiveIsPreparationNotPreplanning() {
        double[][] fives = {{5, 5}, {5, 5}, {5, 5}, {5, 5}, {5, 5}, {5, 5}};
        assertEquals("preparation", rubric.assess(crm(consensus(fives), Map.of())).mostLikely());
        double[][] nines = {{9}, {9}, {9}, {9}, {9}, {9}};
        assertEquals("high-level-community-ownership", rubric.assess(crm(consensus(nines), Map.of())).mostLikely());
        double[][] ones = {{1}, {1}, {1}, {1}, {1}, {1}};
        assertEquals("no-awareness", rubric.assess(crm(consensus(ones), Map.of())).mostLikely());
    }

    /*
     * Weights: leadership counts 4 times: (29 + 24 + 4 * 32 + 30 + 28 + 31) / 6 / 9 = 270 / 54 = 5.0 -> stage 5.
     * Rounding to nearest: 4.8333 -> 5; up: 5.
     */
    @Test
    void weightsAndRoundingAreConfigurable() {
        StageAssessment w = rubric.assess(crm(consensus(SIX_INTERVIEWS), Map.of("ltc.calibration.rubric.weights",
                "leadership=4")));
        assertEquals(5.0, weightOf(w, "Overall score"), 1e-9);
        assertEquals("preparation", w.mostLikely());
        assertTrue(w.reasons().get(0).text().contains("weighted mean"));
        assertEquals("4.0", w.provenance().options().get("ltc.calibration.rubric.weights").replace("leadership=", ""));
        assertEquals("preparation", rubric.assess(crm(consensus(SIX_INTERVIEWS),
                Map.of("ltc.calibration.rubric.rounding", "nearest"))).mostLikely());
        assertEquals("preparation", new RubricCalibrator(RubricOptions.builder()
                .rounding(org.ltc.model.stage.Rounding.CEILING).build()).assess(crm(consensus(SIX_INTERVIEWS),
                Map.of())).mostLikely());
        assertEquals("FLOOR", rubric.assess(crm(consensus(SIX_INTERVIEWS), Map.of())).provenance().options()
                .get("ltc.calibration.rubric.rounding"));
    }

    @Test
    void aDimensionNobodyRatedIsLeftOutAndSaidSo() {
        double[][] five = {{5, 4, 5, 6, 5, 4}, {4, 4, 3, 5, 4, 4}, {6, 5, 5, 6, 5, 5}, {5, 5, 4, 5, 6, 5},
            {5, 4, 5, 5, 4, 5}};
        // (29 + 24 + 32 + 30 + 28) / 30 = 143 / 30 = 4.7667
        StageAssessment a = rubric.assess(crm(consensus(five), Map.of()));
        assertEquals(4.7667, weightOf(a, "Overall score"), 1e-9);
        assertTrue(a.reasons().stream().anyMatch(r -> r.text().equals(
                "Not rated, so left out of the overall score: resources")));
    }

    @Test
    void unanimousRatersGiveAlmostCertaintyButNeverZero() {
        List<IndicatorRating> r = new ArrayList<>();
        for (String d : DIMS) {
            r.add(new IndicatorRating(d, 6, "a", "i1", List.of()));
            r.add(new IndicatorRating(d, 6, "b", "i1", List.of()));
        }
        StageAssessment a = rubric.assess(crm(r, Map.of()));
        assertEquals("initiation", a.mostLikely());
        assertEquals(0.99 + 0.01 / 9, a.confidence(), 1e-12);
        a.distribution().forEach(p -> assertTrue(p.probability() > 0, p.toString()));
        StageAssessment exact = rubric.assess(crm(r, Map.of("ltc.calibration.rubric.smoothing", "0")));
        assertEquals(1.0, exact.confidence(), 1e-12);
    }

    @Test
    void disagreementBecomesUncertainty() {
        List<IndicatorRating> agree = new ArrayList<>();
        List<IndicatorRating> split = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            for (String d : DIMS) {
                agree.add(new IndicatorRating(d, 5, "a", "i" + i, List.of()));
                agree.add(new IndicatorRating(d, 5, "b", "i" + i, List.of()));
                split.add(new IndicatorRating(d, 3, "a", "i" + i, List.of()));
                split.add(new IndicatorRating(d, 7, "b", "i" + i, List.of()));
            }
        }
        StageAssessment sure = rubric.assess(crm(agree, Map.of()));
        StageAssessment unsure = rubric.assess(crm(split, Map.of()));
        assertEquals("preparation", sure.mostLikely());
        assertEquals("preparation", unsure.mostLikely(), "the mean of 3 and 7 is 5");
        assertTrue(unsure.confidence() < sure.confidence() - 0.2, unsure.distribution().toString());
        long spread = unsure.distribution().stream().filter(p -> p.probability() > 0.02).count();
        assertTrue(spread >= 3, "scorers 4 points apart spread the stage: " + unsure.distribution());
        double logLoss = 0;
        for (StageProbability p : unsure.distribution()) {
            logLoss = Math.max(logLoss, -Math.log(p.probability()));
        }
        assertTrue(Double.isFinite(logLoss), "no stage may have probability 0");
        assertTrue(unsure.reasons().stream().anyMatch(r -> r.text().startsWith("Raters disagreed on ")));
        assertTrue(unsure.reasons().stream().anyMatch(r -> r.text().startsWith("Resampling interviews and raters 1000 "
                + "times (seed 7)")));
    }

    @Test
    void theSeedDrivesTheBootstrapAndOnlyTheSeed() {
        List<IndicatorRating> split = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            for (String d : DIMS) {
                split.add(new IndicatorRating(d, 2 + i, "a", "i" + i, List.of()));
                split.add(new IndicatorRating(d, 6, "b", "i" + i, List.of()));
            }
        }
        CalibrationInput in = crm(split, Map.of());
        assertEquals(rubric.assess(in), rubric.assess(in));
        assertNotEquals(rubric.assess(in).distribution(), rubric.assess(in.withSeed(8)).distribution());
        assertEquals(rubric.assess(in).mostLikely(), rubric.assess(in.withSeed(8)).mostLikely());
    }

    @Test
    void badRatingsAndOptionsAreNamed() {
        List<IndicatorRating> twice = List.of(new IndicatorRating("leadership", 4, "a", "i1", List.of()),
                new IndicatorRating("leadership", 5, "a", "i1", List.of()));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> rubric.assess(crm(twice, Map.of())));
        assertTrue(e.getMessage().contains("/ratings/1") && e.getMessage().contains("twice"), e.getMessage());
        InvalidOptionsException o = assertThrows(InvalidOptionsException.class, () -> rubric.assess(
                crm(consensus(SIX_INTERVIEWS), Map.of("ltc.calibration.rubric.weights", "leadrship=2"))));
        assertTrue(o.getMessage().contains("leadrship"), o.getMessage());
        assertThrows(InvalidOptionsException.class, () -> rubric.assess(
                crm(consensus(SIX_INTERVIEWS), Map.of("ltc.calibration.rubric.rounding", "down"))));
        assertThrows(InvalidOptionsException.class, () -> rubric.assess(
                crm(consensus(SIX_INTERVIEWS), Map.of("ltc.calibration.rubric.resamples", "-1"))));
        assertThrows(InvalidOptionsException.class, () -> rubric.assess(
                crm(consensus(SIX_INTERVIEWS), Map.of("ltc.calibration.rubric.weights", "leadership=0,resources=0,"
                        + "community-efforts=0,community-climate=0,community-knowledge-of-issue=0,"
                        + "community-knowledge-of-efforts=0"))));
    }

    @Test
    void aTeamsPlacementsOnHarwoodsStagesAreRoundedToTheNearestStage() {
        // Riverton: ana 2, ben 2, cho 3 -> mean 2.33 -> nearest: stage 2, Impasse
        StageAssessment a = rubric.assess(CalibrationFixtures.rivertonInput());
        assertEquals("impasse", a.mostLikely());
        Reason overall = a.reasons().get(0);
        assertEquals(2.3333, overall.weight(), 1e-9);
        assertEquals(List.of("ratings/0", "ratings/1", "ratings/2", "n1", "n2", "n3", "n7"), overall.evidence());
        assertTrue(a.probability("catalytic") > 0.05, "one of three placed it at Catalytic: " + a.distribution());
    }

    /** Whatever the ratings, the call is the protocol's stage and no stage is impossible. */
    @Property(tries = 60)
    void theCallIsAlwaysTheProtocolsStage(@ForAll @Size(min = 12, max = 36) List<@IntRange(min = 1, max = 9) Integer> scores,
                                          @ForAll long seed) {
        List<IndicatorRating> r = new ArrayList<>();
        double[] sum = new double[6];
        int[] n = new int[6];
        for (int k = 0; k < scores.size() / 2 * 2; k += 2) {
            int d = (k / 2) % 6;
            String interview = "i" + (k / 12);
            r.add(new IndicatorRating(DIMS[d], scores.get(k), "a", interview, List.of()));
            r.add(new IndicatorRating(DIMS[d], scores.get(k + 1), "b", interview, List.of()));
            sum[d] += (scores.get(k) + scores.get(k + 1)) / 2.0;
            n[d]++;
        }
        double overall = 0;
        int rated = 0;
        for (int d = 0; d < 6; d++) {
            if (n[d] > 0) {
                overall += sum[d] / n[d];
                rated++;
            }
        }
        overall /= rated;
        int expected = (int) Math.floor(overall + 1e-9);
        StageAssessment a = new RubricCalibrator(RubricOptions.builder().resamples(200).build())
                .assess(CalibrationInput.of(CRM, r, seed));
        assertEquals(CRM.stage(expected).id(), a.mostLikely(), "overall " + overall);
        a.distribution().forEach(p -> assertTrue(p.probability() > 0));
    }
}
