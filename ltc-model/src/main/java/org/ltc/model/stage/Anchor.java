package org.ltc.model.stage;

import jakarta.validation.constraints.NotBlank;
import org.ltc.model.Checks;

/**
 * A point of an anchored rating scale: what a score means on one dimension.
 *
 * @param score       the score
 * @param description what a community at that score looks like on the dimension
 */
public record Anchor(double score, @NotBlank String description) {
    public Anchor {
        Checks.finite("score", score);
        Checks.notBlank("description", description);
    }
}
