package org.ltc.model.community;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import org.ltc.model.Checks;

/**
 * The place a library serves and listens to.
 *
 * @param id          stable identifier
 * @param name        the community's name, e.g. {@code "Bowling Green / Warren County, KY"}
 * @param region      a wider region or state, or {@code null}
 * @param description a short description, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Community(@NotBlank String id, @NotBlank String name, String region, String description) {
    public Community {
        Checks.id("id", id);
        Checks.notBlank("name", name);
        region = Checks.optional(region);
        description = Checks.optional(description);
    }
}
