package org.ltc.model.stage;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;
import org.ltc.model.provenance.Provenance;

/**
 * Where a community stands: a probability for each stage of a framework, the most likely stage, how sure
 * the calculation is, the reasons with their evidence, and any human override.
 *
 * @param frameworkId  the stage framework
 * @param distribution a probability for every stage, in stage order, summing to 1
 * @param mostLikely   the stage with the highest probability (the first such, in stage order)
 * @param confidence   how sure the assessment is, in [0, 1] (the probability of {@code mostLikely} unless
 *                     the calibrator documents another measure)
 * @param reasons      the reasons, strongest first
 * @param override     a person's decision, or {@code null}
 * @param provenance   how the assessment was made
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StageAssessment(
        @NotBlank String frameworkId,
        @NotNull @Valid List<StageProbability> distribution,
        @NotBlank String mostLikely,
        @DecimalMin("0") @DecimalMax("1") double confidence,
        @NotNull @Valid List<Reason> reasons,
        @Valid StageOverride override,
        @NotNull @Valid Provenance provenance) {

    /** How far the probabilities may sum from 1 (rounding of printed decimals). */
    public static final double SUM_TOLERANCE = 1e-6;

    public StageAssessment {
        Checks.id("frameworkId", frameworkId);
        distribution = Checks.list("distribution", distribution);
        if (distribution.isEmpty()) {
            throw InvalidInputException.field("distribution", "[]", "must hold a probability for every stage");
        }
        Checks.uniqueIds("distribution", distribution, StageProbability::stageId);
        double sum = distribution.stream().mapToDouble(StageProbability::probability).sum();
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            throw InvalidInputException.field("distribution", sum, "probabilities must sum to 1");
        }
        Checks.id("mostLikely", mostLikely);
        StageProbability best = distribution.get(0);
        for (StageProbability p : distribution) {
            if (p.probability() > best.probability()) {
                best = p;
            }
        }
        final double bestP = best.probability();
        StageProbability named = distribution.stream().filter(p -> p.stageId().equals(mostLikely)).findFirst()
                .orElseThrow(() -> InvalidInputException.field("mostLikely", mostLikely,
                        "names no stage of the distribution"));
        if (named.probability() < bestP - SUM_TOLERANCE) {
            throw InvalidInputException.field("mostLikely", mostLikely,
                    "is not the most probable stage (" + named.probability() + " < " + bestP + ")");
        }
        Checks.inRange("confidence", confidence, 0, 1);
        reasons = Checks.list("reasons", reasons);
        if (override != null && distribution.stream().noneMatch(p -> p.stageId().equals(override.stageId()))) {
            throw InvalidInputException.field("override.stageId", override.stageId(), "names no stage of the distribution");
        }
        Checks.notNull("provenance", provenance);
    }

    /** The stage to act on: a person's override when there is one, else the most likely stage. */
    public String effectiveStage() {
        return override != null ? override.stageId() : mostLikely;
    }

    public double probability(String stageId) {
        return distribution.stream().filter(p -> p.stageId().equals(stageId)).mapToDouble(StageProbability::probability)
                .findFirst().orElse(0);
    }

    /** The same assessment with a person's override. */
    public StageAssessment withOverride(StageOverride newOverride) {
        return new StageAssessment(frameworkId, distribution, mostLikely, confidence, reasons, newOverride, provenance);
    }
}
