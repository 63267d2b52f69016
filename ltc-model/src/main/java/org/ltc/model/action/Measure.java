package org.ltc.model.action;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import org.ltc.model.Checks;

/**
 * How success will be known.
 *
 * @param id     stable identifier
 * @param name   what is measured
 * @param method how it is measured, or {@code null}
 * @param target the target, in words or numbers, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Measure(@NotBlank String id, @NotBlank String name, String method, String target) {
    public Measure {
        Checks.id("id", id);
        Checks.notBlank("name", name);
        method = Checks.optional(method);
        target = Checks.optional(target);
    }
}
