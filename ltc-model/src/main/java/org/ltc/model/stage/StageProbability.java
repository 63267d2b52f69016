package org.ltc.model.stage;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import org.ltc.model.Checks;

/**
 * The probability a community is at one stage.
 *
 * @param stageId     the stage
 * @param probability in [0, 1]
 */
public record StageProbability(@NotBlank String stageId, @DecimalMin("0") @DecimalMax("1") double probability) {
    public StageProbability {
        Checks.id("stageId", stageId);
        Checks.inRange("probability", probability, 0, 1);
    }
}
