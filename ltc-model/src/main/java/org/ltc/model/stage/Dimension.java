package org.ltc.model.stage;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.ltc.model.Checks;

/**
 * A dimension raters score, e.g. the Community Readiness Model's "Leadership".
 *
 * @param id          stable identifier
 * @param name        its name
 * @param description what it covers
 * @param anchors     the anchored scale, by ascending score
 */
public record Dimension(@NotBlank String id, @NotBlank String name, @NotBlank String description,
                        @Valid List<Anchor> anchors) {
    public Dimension {
        Checks.id("id", id);
        Checks.notBlank("name", name);
        Checks.notBlank("description", description);
        anchors = Checks.list("anchors", anchors);
        for (int i = 1; i < anchors.size(); i++) {
            if (anchors.get(i).score() <= anchors.get(i - 1).score()) {
                throw org.ltc.model.InvalidInputException.field("anchors[" + i + "].score", anchors.get(i).score(),
                        "must be greater than the score before it");
            }
        }
    }
}
