package org.ltc.calibration.experiment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.LtcException;
import org.ltc.model.plugin.Cancellation;
import org.ltc.model.plugin.Workers;
import org.ltc.model.plugin.PluginRegistry;
import org.ltc.model.plugin.ProgressListener;
import org.ltc.model.provenance.Provenance;

/**
 * Runs an {@link ExperimentSpec} on a {@link CaseDataset}: cross-validates every calibrator on the same folds,
 * computes the metrics on the out-of-fold predictions, bootstrap intervals (Efron &amp; Tibshirani 1993,
 * percentile method, resampling cases with the same resamples for every calibrator so that differences are
 * paired) and McNemar's exact test for every pair.
 *
 * <p>Reproducible: folds, resamples and each fold's seed derive from the spec's seed alone, and each fold
 * writes only its own cases' predictions, so the results are identical on any number of threads.
 * Immutable and thread-safe.
 */
public final class Experiment {
    /** The algorithm id recorded in provenance. */
    public static final String ALGORITHM = "ltc-experiment";
    /** Its version. */
    public static final String VERSION = "1";

    private final PluginRegistry<CaseLearner> learners;
    private final ProgressListener progress;
    private final Cancellation cancellation;
    private final Clock clock;

    /**
     * @param learners     the calibrators the spec may name
     * @param progress     hears {@code ("folds", done, total)} and {@code ("bootstrap", done, total)}, or {@code null}
     * @param cancellation stops the run between folds, or {@code null}
     * @param clock        the time recorded in provenance
     */
    public Experiment(PluginRegistry<CaseLearner> learners, ProgressListener progress, Cancellation cancellation,
                      Clock clock) {
        this.learners = java.util.Objects.requireNonNull(learners, "learners");
        this.progress = progress == null ? ProgressListener.none() : progress;
        this.cancellation = cancellation == null ? Cancellation.never() : cancellation;
        this.clock = java.util.Objects.requireNonNull(clock, "clock");
    }

    /** An experiment over the built-in calibrators with no progress reports. */
    public static Experiment of(Clock clock) {
        return new Experiment(CaseLearners.builtIn(), null, null, clock);
    }

    /** The out-of-fold stage distributions of one calibrator: [repeat][case][stage]. */
    public double[][][] crossValidate(CaseDataset data, ExperimentSpec.CalibratorSpec calibrator, FoldScheme folds,
                                      long seed, int threads) {
        int[][] assignment = assignments(data, folds, new SplittableRandom(seed).split());
        double[][][][] probs = run(data, List.of(calibrator), assignment, seed, threads);
        return probs[0];
    }

    public ExperimentResult run(ExperimentSpec spec, CaseDataset data, String source) {
        for (ExperimentSpec.CalibratorSpec c : spec.calibrators()) {
            learners.get(c.calibrator());
        }
        SplittableRandom root = new SplittableRandom(spec.seed());
        int[][] assignment = assignments(data, spec.folds(), root.split());
        SplittableRandom bootRandom = root.split();
        List<ExperimentSpec.CalibratorSpec> cals = spec.calibrators();
        double[][][][] probs = run(data, cals, assignment, spec.seed(), spec.threads());
        int[] truth = data.stages();
        int k = data.stageCount();
        int n = data.size();
        int reps = assignment.length;
        int cCount = cals.size();

        // Point estimates: the mean over repetitions of each metric on all out-of-fold predictions.
        double[][] point = new double[cCount][MetricSet.NAMES.size()];
        List<List<List<Integer>>> confusions = new ArrayList<>();
        int[] all = new int[n];
        Arrays.setAll(all, i -> i);
        for (int c = 0; c < cCount; c++) {
            long[][] conf = new long[k][k];
            for (int r = 0; r < reps; r++) {
                MetricSet m = Metrics.of(truth, probs[c][r], k, all);
                for (int j = 0; j < MetricSet.NAMES.size(); j++) {
                    point[c][j] += m.get(MetricSet.NAMES.get(j)) / reps;
                }
                for (int a = 0; a < k; a++) {
                    for (int b = 0; b < k; b++) {
                        conf[a][b] += m.confusion().get(a).get(b);
                    }
                }
            }
            List<List<Integer>> table = new ArrayList<>();
            for (long[] row : conf) {
                table.add(Arrays.stream(row).mapToObj(v -> (int) v).toList());
            }
            confusions.add(table);
        }

        // Bootstrap: the same resamples of cases for every calibrator and repetition.
        int boot = spec.bootstrap();
        double[][][] samples = new double[cCount][MetricSet.NAMES.size()][boot];
        int[] idx = new int[n];
        long[][] scratch = new long[k][k];
        double[] values = new double[MetricSet.NAMES.size()];
        for (int b = 0; b < boot; b++) {
            cancellation.check("bootstrap");
            for (int i = 0; i < n; i++) {
                idx[i] = bootRandom.nextInt(n);
            }
            for (int c = 0; c < cCount; c++) {
                for (int r = 0; r < reps; r++) {
                    for (long[] row : scratch) {
                        Arrays.fill(row, 0);
                    }
                    Metrics.scalars(truth, probs[c][r], k, idx, scratch, values);
                    for (int j = 0; j < values.length; j++) {
                        samples[c][j][b] += values[j] / reps;
                    }
                }
            }
            if ((b + 1) % 50 == 0 || b + 1 == boot) {
                progress.progress("bootstrap", b + 1, boot);
            }
        }

        List<ExperimentResult.CalibratorResult> results = new ArrayList<>();
        for (int c = 0; c < cCount; c++) {
            Map<String, ExperimentResult.Estimate> metrics = new LinkedHashMap<>();
            for (int j = 0; j < MetricSet.NAMES.size(); j++) {
                metrics.put(MetricSet.NAMES.get(j), estimate(point[c][j], samples[c][j]));
            }
            results.add(new ExperimentResult.CalibratorResult(cals.get(c).name(), cals.get(c).calibrator(),
                    cals.get(c).options(), metrics, confusions.get(c)));
        }
        int accuracy = MetricSet.NAMES.indexOf("accuracy");
        List<ExperimentResult.Comparison> comparisons = new ArrayList<>();
        for (int a = 0; a < cCount; a++) {
            for (int b = a + 1; b < cCount; b++) {
                int onlyA = 0;
                int onlyB = 0;
                for (int i = 0; i < n; i++) {
                    boolean ra = Metrics.predicted(probs[a][0][i]) == truth[i];
                    boolean rb = Metrics.predicted(probs[b][0][i]) == truth[i];
                    onlyA += ra && !rb ? 1 : 0;
                    onlyB += rb && !ra ? 1 : 0;
                }
                double[] diff = new double[boot];
                for (int s = 0; s < boot; s++) {
                    diff[s] = samples[a][accuracy][s] - samples[b][accuracy][s];
                }
                comparisons.add(new ExperimentResult.Comparison(cals.get(a).name(), cals.get(b).name(), onlyA, onlyB,
                        Metrics.mcNemarExact(onlyA, onlyB), estimate(point[a][accuracy] - point[b][accuracy], diff)));
            }
        }
        long groups = data.groups().stream().distinct().count();
        ExperimentResult.DatasetSummary summary = new ExperimentResult.DatasetSummary(source, n, data.featureNames(),
                data.stageIds(), (int) groups, data.sha256());
        Provenance prov = Provenance.of(ALGORITHM, VERSION, provenanceOptions(spec), spec.seed(), summary.sha256(),
                clock.instant());
        return new ExperimentResult(spec.name(), summary, spec.folds(), spec.seed(), boot, results, comparisons, prov);
    }

    private static Map<String, String> provenanceOptions(ExperimentSpec spec) {
        Map<String, String> m = new TreeMap<>();
        m.put("folds.kind", spec.folds().kind());
        m.put("folds.k", Integer.toString(spec.folds().k()));
        m.put("folds.repeats", Integer.toString(spec.folds().repeats()));
        m.put("bootstrap", Integer.toString(spec.bootstrap()));
        m.put("stageColumn", spec.stageColumn());
        if (spec.groupColumn() != null) {
            m.put("groupColumn", spec.groupColumn());
        }
        if (spec.framework() != null) {
            m.put("framework", spec.framework());
        }
        for (ExperimentSpec.CalibratorSpec c : spec.calibrators()) {
            m.put("calibrator." + c.name(), c.calibrator() + (c.options().isEmpty() ? "" : " " + c.options()));
        }
        return m;
    }

    private static ExperimentResult.Estimate estimate(double point, double[] samples) {
        if (samples.length == 0) {
            return new ExperimentResult.Estimate(point, point, point);
        }
        double[] s = samples.clone();
        Arrays.sort(s);
        return new ExperimentResult.Estimate(point, quantile(s, 0.025), quantile(s, 0.975));
    }

    /** Linear interpolation between order statistics (Hyndman &amp; Fan 1996, type 7). */
    static double quantile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static int[][] assignments(CaseDataset data, FoldScheme folds, SplittableRandom random) {
        int[][] out = new int[folds.repeats()][];
        for (int r = 0; r < folds.repeats(); r++) {
            out[r] = folds.kind().equals("group") ? Folds.byGroup(data.groups())
                    : Folds.stratified(data.stages(), folds.k(), random.split());
        }
        return out;
    }

    /** A fold's own seed: a fixed function of the spec's seed and the fold's place, not of thread timing. */
    private static long unitSeed(long seed, int calibrator, int repeat, int fold) {
        return new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (1 + calibrator * 1_000_003L + repeat * 10_007L + fold)))
                .nextLong();
    }

    private double[][][][] run(CaseDataset data, List<ExperimentSpec.CalibratorSpec> cals, int[][] assignment, long seed,
                               int threads) {
        int n = data.size();
        int reps = assignment.length;
        double[][][][] probs = new double[cals.size()][reps][n][];
        record Unit(int c, int r, int f) {
        }
        List<Unit> units = new ArrayList<>();
        for (int c = 0; c < cals.size(); c++) {
            for (int r = 0; r < reps; r++) {
                int foldCount = Folds.count(assignment[r]);
                for (int f = 0; f < foldCount; f++) {
                    units.add(new Unit(c, r, f));
                }
            }
        }
        AtomicLong done = new AtomicLong();
        long total = units.size();
        progress.progress("folds", 0, total);
        java.util.function.Consumer<Unit> work = u -> {
            cancellation.check("experiment");
            ExperimentSpec.CalibratorSpec cs = cals.get(u.c());
            int[] test = Folds.indexes(assignment[u.r()], u.f(), true);
            int[] train = Folds.indexes(assignment[u.r()], u.f(), false);
            CaseLearner.CaseModel model = learners.get(cs.calibrator()).fit(data.subset(train), cs.options(),
                    unitSeed(seed, u.c(), u.r(), u.f()), cancellation);
            for (int i : test) {
                double[] p = model.probabilities(data.features(i));
                if (p.length != data.stageCount()) {
                    throw new LtcException("calibrator " + cs.calibrator() + " returned " + p.length
                            + " probabilities for " + data.stageCount() + " stages");
                }
                probs[u.c()][u.r()][i] = p;
            }
            progress.progress("folds", done.incrementAndGet(), total);
        };
        if (threads <= 1) {
            units.forEach(work);
            return probs;
        }
        // the SDK's shared pool (or none on one thread), not a pool per call
        Workers.of(null, threads, cancellation).map(units.size(), "experiment", i -> {
            work.accept(units.get(i));
            return null;
        });
        return probs;
    }

    /** Checks a spec's calibrator names against the registry, without running anything. */
    public void check(ExperimentSpec spec) {
        for (ExperimentSpec.CalibratorSpec c : spec.calibrators()) {
            if (learners.find(c.calibrator()).isEmpty()) {
                throw new InvalidOptionsException("calibrator", c.calibrator(), "names no calibrator the harness knows; known: "
                        + learners.ids());
            }
        }
    }
}
