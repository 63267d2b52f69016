package org.ltc.calibration.rubric;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ltc.calibration.CalibrationInput;
import org.ltc.calibration.CalibrationInputs;
import org.ltc.calibration.Calibrator;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.plugin.ConfiguredPlugin;
import org.ltc.model.stage.Anchor;
import org.ltc.model.stage.Dimension;
import org.ltc.model.stage.IndicatorRating;
import org.ltc.model.stage.Reason;
import org.ltc.model.stage.Rounding;
import org.ltc.model.stage.Stage;
import org.ltc.model.stage.StageAssessment;
import org.ltc.model.stage.StageFramework;
import org.ltc.model.stage.StageProbability;
import org.ltc.model.stage.StageRule;

/**
 * The {@code rubric} calibrator: scores anchored rating scales the way the Community Readiness Model does
 * (Oetting et al., "Assessing community readiness for prevention", Int. J. Addictions 30(6), 1995;
 * Plested, Edwards &amp; Jumper-Thurman, "Community Readiness: A Handbook for Successful Change",
 * Tri-Ethnic Center, 2006), for any framework with dimensions.
 *
 * <h2>The protocol's arithmetic (the point estimate)</h2>
 * <ol>
 *   <li>Per interview and dimension, the raters' consensus: a rating by rater {@code "consensus"} when
 *       there is one (the handbook's agreed score), else the mean of the raters' scores.</li>
 *   <li>Per dimension, the mean of those consensus scores over the interviews that rated it. Ratings
 *       without an interview id form one unit (e.g. a team's overall judgements).</li>
 *   <li>The overall score: the weighted mean of the dimension scores (equal weights unless the framework
 *       or the {@code weights} option says otherwise; a dimension nobody rated is left out and said so).</li>
 *   <li>The stage: the framework's {@link StageRule} (for the Community Readiness Model, the overall
 *       score rounded down); the rounding can be changed by option.</li>
 * </ol>
 *
 * <h2>Uncertainty</h2>
 * Interviews and raters are crossed factors, so both are resampled with replacement, independently, as in
 * the "pigeonhole" bootstrap for crossed designs (Owen, "The pigeonhole bootstrap", Annals of Applied
 * Statistics 1(2), 2007): a resample draws the interviews, and draws the raters once for all cells, so a
 * rater who scores high everywhere stays high everywhere. Each cell's value is its consensus shifted by
 * how far the drawn raters' (multiplicity-weighted) mean moved from all its raters' mean, so resamples are
 * centred on the protocol's scores; a cell none of whose raters was drawn keeps its consensus. The share of resamples that
 * land in each stage is the bootstrap distribution. It is mixed with the uniform distribution
 * ({@code smoothing}, default 1%), so no stage is ever given probability 0 and log-loss stays finite. When
 * resampling noise puts another stage ahead of the protocol's stage, the least probability needed is moved
 * onto the protocol's stage, so the most likely stage is always the handbook's answer.
 *
 * <p>Immutable and thread-safe; a run draws only from a {@link SplittableRandom} seeded with the input's
 * seed, so the same input, options and seed give the same assessment.
 */
public final class RubricCalibrator extends ConfiguredPlugin<RubricOptions> implements Calibrator {
    /** The calibrator's id. */
    public static final String ID = "rubric";
    /** A rating by this rater id is the agreed (consensus) score of its interview and dimension. */
    public static final String CONSENSUS_RATER = "consensus";
    private static final String NO_INTERVIEW = "";

    /** The calibrator with {@link RubricOptions#defaults()}. */
    public RubricCalibrator() {
        this(RubricOptions.defaults());
    }

    /** The calibrator with these options; an input's {@code ltc.calibration.rubric.*} properties override them. */
    public RubricCalibrator(RubricOptions options) {
        super(ID, options);
    }

    @Override
    public StageAssessment assess(CalibrationInput input) {
        Checks.notNull("input", input);
        RubricOptions o = options(input.options());
        StageFramework fw = input.framework();
        for (String d : o.weights().keySet()) {
            if (fw.dimension(d).isEmpty()) {
                throw new InvalidOptionsException(RubricOptions.PREFIX + "weights", d,
                        "names no dimension of framework " + fw.id() + "; its dimensions: "
                                + fw.dimensions().stream().map(Dimension::id).toList());
            }
        }
        if (input.ratings().isEmpty()) {
            throw new InvalidInputException(null, "/ratings", "ratings", "[]",
                    "the rubric calibrator needs indicator ratings on the framework's dimensions, and none were given");
        }
        Rounding rounding = o.rounding() != null ? o.rounding() : fw.rule().rounding();
        Map<String, Double> weightMap = new TreeMap<>();
        for (Dimension d : fw.dimensions()) {
            weightMap.put(d.id(), o.weights().isEmpty() ? fw.rule().weight(d.id()) : o.weights().getOrDefault(d.id(), 1.0));
        }
        StageRule rule = new StageRule(rounding, weightMap);
        Table table = Table.of(fw, input.ratings());
        int dims = fw.dimensions().size();
        double[] weights = new double[dims];
        for (int d = 0; d < dims; d++) {
            weights[d] = weightMap.get(fw.dimensions().get(d).id());
        }

        // The protocol's arithmetic.
        double[] dimSum = new double[dims];
        int[] dimCount = new int[dims];
        for (Unit u : table.units) {
            for (Cell c : u.cells) {
                dimSum[c.dim] += c.point;
                dimCount[c.dim]++;
            }
        }
        double overall = overall(dimSum, dimCount, weights);
        if (Double.isNaN(overall)) {
            throw new InvalidOptionsException(RubricOptions.PREFIX + "weights", String.valueOf(o.weights()),
                    "gives every rated dimension weight 0");
        }
        int stages = fw.stages().size();
        int pointStage = rule.stageNumber(overall, fw.scale(), stages);

        // The bootstrap.
        double[] p = new double[stages];
        int resamples = o.resamples();
        if (resamples == 0) {
            p[pointStage - 1] = 1;
        } else {
            SplittableRandom random = new SplittableRandom(input.seed());
            int[] counts = new int[stages];
            int n = table.units.size();
            int raters = table.raterCount;
            int[] drawn = new int[raters];
            for (int b = 0; b < resamples; b++) {
                if (b % 256 == 0) {
                    input.cancellation().check("rubric bootstrap");
                    input.progress().progress("bootstrap", b, resamples);
                }
                java.util.Arrays.fill(dimSum, 0);
                java.util.Arrays.fill(dimCount, 0);
                // Raters are drawn once per resample, so a rater who is always high stays high in every cell.
                java.util.Arrays.fill(drawn, 0);
                for (int j = 0; j < raters; j++) {
                    drawn[random.nextInt(raters)]++;
                }
                for (int k = 0; k < n; k++) {
                    Unit u = table.units.get(random.nextInt(n));
                    for (Cell c : u.cells) {
                        double v = c.point;
                        if (c.scores.length >= 2) {
                            double s = 0;
                            int m = 0;
                            for (int j = 0; j < c.scores.length; j++) {
                                s += drawn[c.raterIndex[j]] * c.scores[j];
                                m += drawn[c.raterIndex[j]];
                            }
                            if (m > 0) {
                                v += s / m - c.raterMean;
                            }
                        }
                        dimSum[c.dim] += v;
                        dimCount[c.dim]++;
                    }
                }
                double score = overall(dimSum, dimCount, weights);
                counts[(Double.isNaN(score) ? pointStage : rule.stageNumber(score, fw.scale(), stages)) - 1]++;
            }
            input.progress().progress("bootstrap", resamples, resamples);
            for (int s = 0; s < stages; s++) {
                p[s] = counts[s] / (double) resamples;
            }
        }
        double[] bootstrap = p.clone();
        smoothAndAnchor(p, pointStage - 1, o.smoothing());

        List<StageProbability> distribution = new ArrayList<>();
        for (int s = 0; s < stages; s++) {
            distribution.add(new StageProbability(fw.stages().get(s).id(), p[s]));
        }
        Stage stage = fw.stage(pointStage);
        List<Reason> reasons = reasons(fw, table, rule, overall, stage, bootstrap, resamples, input.seed(),
                dimensionScores(table, dims));
        return new StageAssessment(fw.id(), distribution, stage.id(), p[pointStage - 1], reasons, null,
                CalibrationInputs.provenance(this, input, o.toProperties(rounding)));
    }

    /** Weighted mean of the dimension means, over the dimensions with data; NaN when no weight is left. */
    private static double overall(double[] sum, int[] count, double[] weights) {
        double num = 0;
        double den = 0;
        for (int d = 0; d < sum.length; d++) {
            if (count[d] > 0 && weights[d] > 0) {
                num += weights[d] * sum[d] / count[d];
                den += weights[d];
            }
        }
        return den > 0 ? num / den : Double.NaN;
    }

    /**
     * Mixes {@code p} with the uniform distribution, then moves the least mass onto {@code anchor} that
     * makes it the (strict) most probable stage.
     */
    static void smoothAndAnchor(double[] p, int anchor, double smoothing) {
        int k = p.length;
        for (int s = 0; s < k; s++) {
            p[s] = (1 - smoothing) * p[s] + smoothing / k;
        }
        double max = 0;
        for (int s = 0; s < k; s++) {
            if (s != anchor) {
                max = Math.max(max, p[s]);
            }
        }
        if (p[anchor] <= max) {
            double gap = max - p[anchor] + 1e-9;
            double lambda = gap / (1 + gap);
            for (int s = 0; s < k; s++) {
                p[s] = (1 - lambda) * p[s] + (s == anchor ? lambda : 0);
            }
        }
        double sum = 0;
        for (double v : p) {
            sum += v;
        }
        for (int s = 0; s < k; s++) {
            p[s] /= sum;
        }
    }

    private static double[] dimensionScores(Table table, int dims) {
        double[] sum = new double[dims];
        int[] count = new int[dims];
        for (Unit u : table.units) {
            for (Cell c : u.cells) {
                sum[c.dim] += c.point;
                count[c.dim]++;
            }
        }
        double[] mean = new double[dims];
        for (int d = 0; d < dims; d++) {
            mean[d] = count[d] == 0 ? Double.NaN : sum[d] / count[d];
        }
        return mean;
    }

    private List<Reason> reasons(StageFramework fw, Table table, StageRule rule, double overall, Stage stage,
                                 double[] bootstrap, int resamples, long seed, double[] dimScores) {
        List<Reason> reasons = new ArrayList<>();
        int rated = 0;
        List<String> unrated = new ArrayList<>();
        for (int d = 0; d < dimScores.length; d++) {
            if (Double.isNaN(dimScores[d])) {
                unrated.add(fw.dimensions().get(d).id());
            } else {
                rated++;
            }
        }
        boolean weighted = rule.weights().values().stream().anyMatch(w -> w != 1.0);
        String rounding = switch (rule.rounding()) {
            case FLOOR -> "rounded down";
            case NEAREST -> "rounded to the nearest stage";
            case CEILING -> "rounded up";
        };
        reasons.add(new Reason(String.format(Locale.ROOT,
                "Overall score %.2f, the %s of %d dimension score%s, %s: stage %d, %s", overall,
                weighted ? "weighted mean" : "mean", rated, rated == 1 ? "" : "s", rounding, stage.number(),
                stage.name()), stage.id(), round4(overall), table.allEvidence()));
        for (int d = 0; d < dimScores.length; d++) {
            if (Double.isNaN(dimScores[d])) {
                continue;
            }
            Dimension dim = fw.dimensions().get(d);
            int units = 0;
            int raters = 0;
            boolean onlyUnnamed = true;
            for (Unit u : table.units) {
                for (Cell c : u.cells) {
                    if (c.dim == d) {
                        units++;
                        raters += c.scores.length;
                        onlyUnnamed &= c.unit.isEmpty();
                    }
                }
            }
            Anchor anchor = anchorFor(dim, dimScores[d]);
            String over = onlyUnnamed
                    ? String.format(Locale.ROOT, "the mean of %d rater%s' scores", raters, raters == 1 ? "" : "s")
                    : String.format(Locale.ROOT, "the mean over %d interview%s", units, units == 1 ? "" : "s");
            String text = String.format(Locale.ROOT, "%s: %.2f, %s%s", dim.name(), dimScores[d], over,
                    anchor == null ? "" : String.format(Locale.ROOT, " (anchor %s: %s)", fmt(anchor.score()),
                            anchor.description()));
            reasons.add(new Reason(text, fw.stage(rule.stageNumber(dimScores[d], fw.scale(), fw.stages().size())).id(),
                    round4(dimScores[d]), table.evidence(d)));
        }
        if (!unrated.isEmpty()) {
            reasons.add(new Reason("Not rated, so left out of the overall score: " + String.join(", ", unrated),
                    null, 0, List.of()));
        }
        // Where raters disagreed most: the source of the spread.
        List<Cell> split = new ArrayList<>();
        table.units.forEach(u -> u.cells.stream().filter(c -> c.spread() > 0).forEach(split::add));
        split.sort((a, b) -> Double.compare(b.spread(), a.spread()));
        for (Cell c : split.subList(0, Math.min(5, split.size()))) {
            Dimension dim = fw.dimensions().get(c.dim);
            StringBuilder scores = new StringBuilder();
            for (int j = 0; j < c.scores.length; j++) {
                scores.append(j == 0 ? "" : ", ").append(fmt(c.scores[j]))
                        .append(c.raters.get(j) == null ? "" : " (" + c.raters.get(j) + ")");
            }
            reasons.add(new Reason(String.format(Locale.ROOT, "Raters disagreed on %s%s by %s point%s: %s; %s %s",
                    dim.name(), c.unit.isEmpty() ? "" : " in interview " + c.unit, fmt(c.spread()),
                    c.spread() == 1 ? "" : "s", scores,
                    c.hasConsensus ? "agreed score" : "mean", fmt(c.point)), null, round4(c.spread()), c.evidence()));
        }
        if (resamples > 0) {
            StringBuilder shares = new StringBuilder();
            for (int s = 0; s < bootstrap.length; s++) {
                if (bootstrap[s] > 0) {
                    shares.append(shares.length() == 0 ? "" : ", ").append(fw.stages().get(s).name()).append(' ')
                            .append(String.format(Locale.ROOT, "%.0f%%", 100 * bootstrap[s]));
                }
            }
            reasons.add(new Reason(String.format(Locale.ROOT,
                    "Resampling interviews and raters %d times (seed %d) gives: %s", resamples, seed, shares),
                    null, 0, List.of()));
        }
        return reasons;
    }

    /** The anchor at or below the score (scores are not reached until met, as in the handbook). */
    private static Anchor anchorFor(Dimension dim, double score) {
        Anchor best = null;
        for (Anchor a : dim.anchors()) {
            if (a.score() <= score + 1e-9) {
                best = a;
            }
        }
        return best != null ? best : dim.anchors().isEmpty() ? null : dim.anchors().get(0);
    }

    private static double round4(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    /** One interview's (or the no-interview unit's) score on one dimension. */
    private static final class Cell {
        final String unit;
        final int dim;
        final double[] scores;
        final int[] raterIndex;
        final List<String> raters;
        final boolean hasConsensus;
        final double point;
        final double raterMean;
        final List<Integer> indexes;
        final List<String> ratingEvidence;

        Cell(String unit, int dim, double[] scores, int[] raterIndex, List<String> raters, Double consensus,
             List<Integer> indexes, List<String> ratingEvidence) {
            this.unit = unit;
            this.dim = dim;
            this.scores = scores;
            this.raterIndex = raterIndex;
            this.raters = raters;
            this.hasConsensus = consensus != null;
            double mean = 0;
            for (double s : scores) {
                mean += s;
            }
            this.raterMean = scores.length == 0 ? Double.NaN : mean / scores.length;
            this.point = consensus != null ? consensus : raterMean;
            this.indexes = indexes;
            this.ratingEvidence = ratingEvidence;
        }

        double spread() {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double s : scores) {
                min = Math.min(min, s);
                max = Math.max(max, s);
            }
            return scores.length < 2 ? 0 : max - min;
        }

        List<String> evidence() {
            Set<String> ids = new LinkedHashSet<>();
            if (!unit.isEmpty()) {
                ids.add(unit);
            } else {
                indexes.forEach(i -> ids.add(CalibrationInputs.ratingRef(i)));
            }
            ids.addAll(ratingEvidence);
            return List.copyOf(ids);
        }
    }

    private record Unit(String id, List<Cell> cells) {
    }

    /** The ratings grouped by unit (interview) and dimension, units and raters in id order. */
    private record Table(List<Unit> units, int raterCount) {
        static Table of(StageFramework fw, List<IndicatorRating> ratings) {
            // Named raters in id order, then each anonymous rating as a rater of its own.
            Map<String, Integer> raterIds = new TreeMap<>();
            for (IndicatorRating r : ratings) {
                if (r.raterId() != null && !CONSENSUS_RATER.equals(r.raterId())) {
                    raterIds.put(r.raterId(), 0);
                }
            }
            int next = 0;
            for (Map.Entry<String, Integer> e : raterIds.entrySet()) {
                e.setValue(next++);
            }
            for (int i = 0; i < ratings.size(); i++) {
                if (ratings.get(i).raterId() == null) {
                    raterIds.put("\u0000anonymous-" + i, next++);
                }
            }
            Map<String, Map<Integer, List<Integer>>> byUnit = new TreeMap<>();
            for (int i = 0; i < ratings.size(); i++) {
                IndicatorRating r = ratings.get(i);
                int d = fw.dimensions().indexOf(fw.dimension(r.dimensionId()).orElseThrow());
                String unit = r.interviewId() == null ? NO_INTERVIEW : r.interviewId();
                byUnit.computeIfAbsent(unit, k -> new TreeMap<>()).computeIfAbsent(d, k -> new ArrayList<>()).add(i);
            }
            List<Unit> units = new ArrayList<>();
            byUnit.forEach((unit, cells) -> {
                List<Cell> list = new ArrayList<>();
                cells.forEach((d, indexes) -> list.add(cell(unit, d, indexes, ratings, raterIds)));
                units.add(new Unit(unit, list));
            });
            return new Table(units, next);
        }

        private static Cell cell(String unit, int d, List<Integer> indexes, List<IndicatorRating> ratings,
                                 Map<String, Integer> raterIds) {
            Double consensus = null;
            Map<String, Integer> named = new TreeMap<>();
            List<Integer> anonymous = new ArrayList<>();
            Set<String> evidence = new LinkedHashSet<>();
            for (int i : indexes) {
                IndicatorRating r = ratings.get(i);
                evidence.addAll(r.evidence());
                if (CONSENSUS_RATER.equals(r.raterId())) {
                    if (consensus != null) {
                        throw new InvalidInputException(null, "/ratings/" + i, "raterId", r.raterId(),
                                "is a second consensus score for dimension " + r.dimensionId()
                                        + (unit.isEmpty() ? "" : " of interview " + unit));
                    }
                    consensus = r.score();
                } else if (r.raterId() == null) {
                    anonymous.add(i);
                } else if (named.putIfAbsent(r.raterId(), i) != null) {
                    throw new InvalidInputException(null, "/ratings/" + i, "raterId", r.raterId(),
                            "scored dimension " + r.dimensionId() + (unit.isEmpty() ? "" : " of interview " + unit)
                                    + " twice (first at /ratings/" + named.get(r.raterId()) + ")");
                }
            }
            List<Integer> order = new ArrayList<>(named.values());
            order.addAll(anonymous);
            double[] scores = new double[order.size()];
            int[] raterIndex = new int[order.size()];
            List<String> raters = new ArrayList<>();
            for (int j = 0; j < order.size(); j++) {
                IndicatorRating r = ratings.get(order.get(j));
                scores[j] = r.score();
                raterIndex[j] = raterIds.get(r.raterId() != null ? r.raterId() : "\u0000anonymous-" + order.get(j));
                raters.add(r.raterId());
            }
            return new Cell(unit, d, scores, raterIndex, raters, consensus, List.copyOf(indexes), List.copyOf(evidence));
        }

        List<String> allEvidence() {
            Set<String> ids = new LinkedHashSet<>();
            for (Unit u : units) {
                for (Cell c : u.cells) {
                    ids.addAll(c.unit.isEmpty() ? c.evidence() : List.of(c.unit));
                }
            }
            return List.copyOf(ids);
        }

        List<String> evidence(int d) {
            Set<String> ids = new LinkedHashSet<>();
            for (Unit u : units) {
                for (Cell c : u.cells) {
                    if (c.dim == d) {
                        ids.addAll(c.evidence());
                    }
                }
            }
            return ids.stream().collect(Collectors.toUnmodifiableList());
        }
    }
}
