package org.ltc.model.stage;

import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;

/**
 * The range of scores raters give on every dimension of a framework.
 *
 * @param min the lowest score
 * @param max the highest score
 */
public record RatingScale(double min, double max) {
    public RatingScale {
        Checks.finite("min", min);
        Checks.finite("max", max);
        if (!(max > min)) {
            throw InvalidInputException.field("max", max, "must be greater than min " + min);
        }
    }

    public boolean contains(double score) {
        return score >= min && score <= max;
    }
}
