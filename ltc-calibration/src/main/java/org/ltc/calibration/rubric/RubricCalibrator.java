package org.ltc.calibration.rubric;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ltc.calibration.CalibrationInput;
import org.ltc.calibration.CalibrationInputs;
import org.ltc.calibration.Calibrator;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.plugin.ConfiguredPlugin;
import org.ltc.model.stage.Dimension;
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
 * <p>The parts: {@link RatingGrid} (the ratings grouped into cells and the protocol's arithmetic),
 * {@link RaterBootstrap} (the uncertainty) and {@link RubricReasons} (what the assessment says and why).
 *
 * <p>Immutable and thread-safe; a run draws only from a {@link java.util.SplittableRandom} seeded with the
 * input's seed, so the same input, options and seed give the same assessment.
 */
public final class RubricCalibrator extends ConfiguredPlugin<RubricOptions> implements Calibrator {
    /** The calibrator's id. */
    public static final String ID = "rubric";
    /** A rating by this rater id is the agreed (consensus) score of its interview and dimension. */
    public static final String CONSENSUS_RATER = "consensus";

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
        RatingGrid table = RatingGrid.of(fw, input.ratings());
        int dims = fw.dimensions().size();
        double[] weights = new double[dims];
        for (int d = 0; d < dims; d++) {
            weights[d] = weightMap.get(fw.dimensions().get(d).id());
        }

        // The protocol's arithmetic.
        double overall = table.overall(weights);
        if (Double.isNaN(overall)) {
            throw new InvalidOptionsException(RubricOptions.PREFIX + "weights", String.valueOf(o.weights()),
                    "gives every rated dimension weight 0");
        }
        int stages = fw.stages().size();
        int pointStage = rule.stageNumber(overall, fw.scale(), stages);

        // The bootstrap.
        int resamples = o.resamples();
        double[] p;
        if (resamples == 0) {
            p = new double[stages];
            p[pointStage - 1] = 1;
        } else {
            p = RaterBootstrap.shares(table, weights, rule, fw, pointStage, resamples, input);
        }
        double[] bootstrap = p.clone();
        RaterBootstrap.smoothAndAnchor(p, pointStage - 1, o.smoothing());

        List<StageProbability> distribution = new ArrayList<>();
        for (int s = 0; s < stages; s++) {
            distribution.add(new StageProbability(fw.stages().get(s).id(), p[s]));
        }
        Stage stage = fw.stage(pointStage);
        List<Reason> reasons = RubricReasons.of(fw, table, rule, overall, stage, bootstrap, resamples, input.seed(),
                table.dimensionScores(dims));
        return new StageAssessment(fw.id(), distribution, stage.id(), p[pointStage - 1], reasons, null,
                CalibrationInputs.provenance(this, input, o.toProperties(rounding)));
    }
}
