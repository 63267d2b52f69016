package org.ltc.model.stage;

import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;

/**
 * The rule that turns dimension scores into a stage: a weighted mean of the dimension scores (each the
 * mean over interviews), mapped linearly from the rating scale onto the stages and rounded.
 *
 * <p>For the Community Readiness Model (scale 1-9, nine stages, equal weights, {@link Rounding#FLOOR})
 * this is exactly the published arithmetic: the overall score is the mean over dimensions and the stage is
 * that score rounded down.
 *
 * @param rounding how a fractional stage becomes a whole one
 * @param weights  weight per dimension id; a dimension not named weighs 1
 */
public record StageRule(@NotNull Rounding rounding, Map<String, Double> weights) {
    public StageRule {
        Checks.notNull("rounding", rounding);
        weights = Checks.sortedMap("weights", weights);
        weights.forEach((k, v) -> {
            if (!(v >= 0) || !Double.isFinite(v)) {
                throw InvalidInputException.field("weights." + k, v, "must be a finite number of zero or more");
            }
        });
    }

    public double weight(String dimensionId) {
        return weights.getOrDefault(dimensionId, 1.0);
    }

    /**
     * The stage number (from 1) for an overall score on the given scale with {@code stageCount} stages.
     * Scores outside the scale are clamped to it.
     */
    public int stageNumber(double score, RatingScale scale, int stageCount) {
        Checks.finite("score", score);
        double clamped = Math.max(scale.min(), Math.min(scale.max(), score));
        double position = 1 + (clamped - scale.min()) * (stageCount - 1) / (scale.max() - scale.min());
        // A tiny tolerance keeps 3.9999999999 (a mean of thirds) from flooring to 3.
        double eps = 1e-9;
        long n = switch (rounding) {
            case FLOOR -> (long) Math.floor(position + eps);
            case NEAREST -> Math.round(position);
            case CEILING -> (long) Math.ceil(position - eps);
        };
        return (int) Math.max(1, Math.min(stageCount, n));
    }
}
