package org.ltc.model.action;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import org.ltc.model.Checks;

/**
 * An organisation or person an action works with.
 *
 * @param name       its name
 * @param layer      the layer of civic life it works in, or {@code null}
 * @param leaderType the kind of leader it is, or {@code null}
 * @param role       what it does in the action, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Partner(@NotBlank String name, CivicLayer layer, LeaderType leaderType, String role) {
    public Partner {
        Checks.notBlank("name", name);
        role = Checks.optional(role);
    }
}
