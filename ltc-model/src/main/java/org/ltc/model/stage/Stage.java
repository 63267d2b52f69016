package org.ltc.model.stage;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.ltc.model.Checks;

/**
 * One stage of a framework.
 *
 * @param id          stable identifier, e.g. {@code "impasse"}
 * @param number      its place in the order, from 1
 * @param name        its name, e.g. {@code "Impasse"}
 * @param description what it looks like (text from the framework's resource file, with its source)
 */
public record Stage(@NotBlank String id, @Positive int number, @NotBlank String name, @NotBlank String description) {
    public Stage {
        Checks.id("id", id);
        if (number < 1) {
            throw org.ltc.model.InvalidInputException.field("number", number, "must be 1 or more");
        }
        Checks.notBlank("name", name);
        Checks.notBlank("description", description);
    }
}
