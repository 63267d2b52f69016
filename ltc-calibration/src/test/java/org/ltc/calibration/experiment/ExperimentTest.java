package org.ltc.calibration.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltc.calibration.synthetic.SyntheticCommunities;
import org.ltc.calibration.synthetic.SyntheticOptions;
import org.ltc.model.InvalidInputException;
import org.ltc.model.InvalidOptionsException;

class ExperimentTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    static CaseDataset cases(int n, long seed) {
        return SyntheticCommunities.generate(SyntheticOptions.builder().communities(n).build(), seed).toCases();
    }

    static ExperimentSpec spec(FoldScheme folds, int threads) {
        return new ExperimentSpec("test", null, null, null, null, 0, List.of(
                new ExperimentSpec.CalibratorSpec("multinomial", "logistic", Map.of()),
                new ExperimentSpec.CalibratorSpec("ordinal", "logistic", Map.of("model", "ordinal")),
                new ExperimentSpec.CalibratorSpec(null, "majority", Map.of())), folds, 42, 200, threads);
    }

    @Test
    void sameSpecAndSeedGiveByteIdenticalResultFiles(@TempDir Path dir) throws Exception {
        CaseDataset data = cases(300, 1);
        ExperimentResult a = Experiment.of(CLOCK).run(spec(FoldScheme.repeated(5, 2), 1), data, "cases.csv");
        ExperimentResult b = Experiment.of(CLOCK).run(spec(FoldScheme.repeated(5, 2), 3), data, "cases.csv");
        ExperimentResults.write(a, dir.resolve("a"));
        ExperimentResults.write(b, dir.resolve("b"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/results.json")), Files.readAllBytes(dir.resolve("b/results.json")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/results.csv")), Files.readAllBytes(dir.resolve("b/results.csv")));
        ExperimentSpec other = new ExperimentSpec("test", null, null, null, null, 0, spec(FoldScheme.repeated(5, 2), 1)
                .calibrators(), FoldScheme.repeated(5, 2), 43, 200, 1);
        assertTrue(!ExperimentResults.toJson(a).equals(ExperimentResults.toJson(Experiment.of(CLOCK).run(other, data, "cases.csv"))),
                "another seed gives other folds and resamples");
    }

    @Test
    void resultsRoundTripThroughJsonAndCarryProvenance() {
        ExperimentResult r = Experiment.of(CLOCK).run(spec(FoldScheme.stratified(5), 1), cases(200, 2), "cases.csv");
        String json = ExperimentResults.toJson(r);
        assertEquals(r, ExperimentResults.fromJson(json, "results.json"));
        assertEquals("ltc-experiment", r.provenance().algorithmId());
        assertEquals(42, r.provenance().seed());
        assertEquals(r.dataset().sha256(), r.provenance().inputSha256());
        assertEquals(CLOCK.instant(), r.provenance().createdAt());
        assertEquals(3, r.comparisons().size());
        String csv = ExperimentResults.toCsv(r);
        assertTrue(csv.startsWith("calibrator,calibrator_id,metric,estimate,low,high,seed,input_sha256\n"), csv);
        assertEquals(1 + 3 * 6 + 3 * 2, csv.lines().count());
    }

    @Test
    void intervalsContainTheEstimateAndTheLearnerBeatsTheBaseline() {
        ExperimentResult r = Experiment.of(CLOCK).run(spec(FoldScheme.stratified(5), 1), cases(400, 3), "x");
        for (ExperimentResult.CalibratorResult c : r.calibrators()) {
            c.metrics().forEach((name, e) -> assertTrue(e.low() <= e.estimate() + 1e-9 && e.estimate() <= e.high() + 1e-9,
                    c.name() + " " + name + " " + e));
            int total = c.confusion().stream().flatMap(List::stream).mapToInt(Integer::intValue).sum();
            assertEquals(400, total);
        }
        ExperimentResult.Comparison vsMajority = r.comparisons().get(1);
        assertEquals("multinomial", vsMajority.a());
        assertEquals("majority", vsMajority.b());
        assertTrue(vsMajority.mcNemarP() < 1e-6, vsMajority.toString());
        assertTrue(vsMajority.accuracyDifference().low() > 0.3, vsMajority.toString());
    }

    @Test
    void leaveOneGroupOutHoldsOutEachRegionOnce() {
        CaseDataset data = cases(200, 4);
        int[] folds = Folds.byGroup(data.groups());
        assertEquals(data.groups().stream().distinct().count(), Folds.count(folds));
        for (int i = 0; i < data.size(); i++) {
            for (int j = 0; j < data.size(); j++) {
                assertEquals(data.groups().get(i).equals(data.groups().get(j)), folds[i] == folds[j]);
            }
        }
        ExperimentResult r = Experiment.of(CLOCK).run(spec(FoldScheme.leaveOneGroupOut(), 2), data, "x");
        assertTrue(r.calibrator("multinomial").get("accuracy") > 0.5);
    }

    @Test
    void stratifiedFoldsBalanceStagesAndSizes() {
        int[] stages = new int[103];
        for (int i = 0; i < stages.length; i++) {
            stages[i] = 1 + (i % 7 == 0 ? 0 : i % 3);
        }
        int[] f = Folds.stratified(stages, 10, new SplittableRandom(1));
        int[] sizes = new int[10];
        for (int x : f) {
            sizes[x]++;
        }
        assertTrue(java.util.Arrays.stream(sizes).max().getAsInt() - java.util.Arrays.stream(sizes).min().getAsInt() <= 1);
        for (int s = 1; s <= 3; s++) {
            int[] per = new int[10];
            for (int i = 0; i < stages.length; i++) {
                if (stages[i] == s) {
                    per[f[i]]++;
                }
            }
            assertTrue(java.util.Arrays.stream(per).max().getAsInt() - java.util.Arrays.stream(per).min().getAsInt() <= 2,
                    "stage " + s + " " + java.util.Arrays.toString(per));
        }
        assertArrayEquals(f, Folds.stratified(stages, 10, new SplittableRandom(1)));
    }

    @Test
    void progressReachesTheTotalAndCancellationStops() {
        AtomicLong last = new AtomicLong();
        List<String> phases = new ArrayList<>();
        Experiment e = new Experiment(CaseLearners.builtIn(), (phase, done, total) -> {
            synchronized (phases) {
                if (!phases.contains(phase)) {
                    phases.add(phase);
                }
            }
            if (phase.equals("folds") && done == total) {
                last.set(done);
            }
        }, null, CLOCK);
        e.run(spec(FoldScheme.stratified(4), 2), cases(100, 5), "x");
        assertEquals(12, last.get());
        assertEquals(List.of("folds", "bootstrap"), phases);
        var source = org.ltc.model.plugin.Cancellation.source();
        source.cancel();
        Experiment cancelled = new Experiment(CaseLearners.builtIn(), null, source, CLOCK);
        assertThrows(org.ltc.model.CancelledException.class, () -> cancelled.run(spec(FoldScheme.stratified(4), 1), cases(100, 5), "x"));
    }

    @Test
    void metricsMatchHandCounts() {
        int[] truth = {1, 2, 3, 3};
        double[][] p = {{0.8, 0.1, 0.1}, {0.6, 0.3, 0.1}, {0.1, 0.2, 0.7}, {0.2, 0.5, 0.3}};
        MetricSet m = Metrics.of(truth, p, 3);
        assertEquals(0.5, m.accuracy(), 1e-12);
        assertEquals(0.5, m.mae(), 1e-12);
        double logLoss = -(Math.log(0.8) + Math.log(0.3) + Math.log(0.7) + Math.log(0.3)) / 4;
        assertEquals(logLoss, m.logLoss(), 1e-12);
        double brier = ((0.04 + 0.01 + 0.01) + (0.36 + 0.49 + 0.01) + (0.01 + 0.04 + 0.09) + (0.04 + 0.25 + 0.49)) / 4;
        assertEquals(brier, m.brier(), 1e-12);
        // F1: stage 1 tp1 fp1 fn0 -> 2/3; stage 2 tp0 -> 0; stage 3 tp1 fn1 -> 2/3.
        assertEquals((2.0 / 3 + 0 + 2.0 / 3) / 3, m.macroF1(), 1e-12);
        assertEquals(List.of(List.of(1, 0, 0), List.of(1, 0, 0), List.of(0, 1, 1)), m.confusion());
        assertEquals(0, Metrics.of(new int[] {1}, new double[][] {{0, 1}}, 2).logLoss() - -Math.log(Metrics.CLIP), 1e-9);
    }

    @Test
    void mcNemarExactMatchesTheBinomial() {
        // b = 2, c = 8: p = 2 * P(X <= 2), X ~ Bin(10, 1/2) = 2 * 56/1024.
        assertEquals(2 * 56 / 1024.0, Metrics.mcNemarExact(2, 8), 1e-12);
        assertEquals(1.0, Metrics.mcNemarExact(5, 5), 1e-12);
        assertEquals(1.0, Metrics.mcNemarExact(0, 0), 1e-12);
    }

    @Test
    void specFilesParseWithDefaultsAndRejectUnknowns() {
        ExperimentSpec s = ExperimentSpec.parse("""
                {"name": "x", "cases": "c.csv", "calibrators": [{"calibrator": "logistic", "options": {"l2": "2"}}],
                 "folds": {"kind": "repeated", "k": 5}}
                """, "spec.json");
        assertEquals("stage", s.stageColumn());
        assertEquals(10, s.folds().repeats());
        assertEquals(1000, s.bootstrap());
        assertEquals("logistic", s.calibrators().get(0).name());
        assertEquals(s, ExperimentSpec.parse(s.toJson(), "again"));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ExperimentSpec.parse("{\"calibrators\": [{\"calibrator\": \"logistic\"}], \"fold\": 3}", "spec.json"));
        assertTrue(e.getMessage().contains("spec.json") && e.getMessage().contains("fold"), e.getMessage());
        assertThrows(InvalidOptionsException.class, () -> Experiment.of(CLOCK).run(new ExperimentSpec("x", null, null, null,
                null, 0, List.of(new ExperimentSpec.CalibratorSpec(null, "nope", Map.of())), null, 1, 0, 1), cases(50, 1), "x"));
    }

    @Test
    void anyCalibratorRunsInTheHarnessOnAFramework() {
        CaseDataset data = cases(300, 6);
        var learners = CaseLearners.withCalibrators(org.ltc.calibration.Calibrators.discover(getClass().getClassLoader()),
                SyntheticCommunities.defaultFramework());
        assertTrue(learners.ids().containsAll(List.of("logistic", "majority", "rubric")), learners.ids().toString());
        assertTrue(learners.get("logistic") instanceof LogisticLearner, "the built-in learner keeps its id");
        ExperimentSpec s = new ExperimentSpec("rubric", null, null, null, null, 0, List.of(
                new ExperimentSpec.CalibratorSpec(null, "rubric", Map.of()),
                new ExperimentSpec.CalibratorSpec(null, "majority", Map.of())), FoldScheme.stratified(5), 3, 0, 1);
        ExperimentResult a = new Experiment(learners, null, null, CLOCK).run(s, data, "x");
        ExperimentResult b = new Experiment(learners, null, null, CLOCK).run(s, data, "x");
        assertEquals(ExperimentResults.toJson(a), ExperimentResults.toJson(b));
        // The rubric reads only the mean ratings, through the framework's rule: far better than chance.
        assertTrue(a.calibrator("rubric").get("qwk") > 0.5, a.calibrators().toString());
        assertTrue(a.calibrator("rubric").get("accuracy") > a.calibrator("majority").get("accuracy"));
    }
}
