package org.ltc.model.stage;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import org.ltc.model.Checks;

/**
 * One of the factors of a community's civic health (Harwood's nine public-capital factors are built in).
 *
 * @param id          stable identifier, e.g. {@code "informal-networks"}
 * @param name        its name
 * @param description what it covers, or {@code null}
 * @param source      where it comes from, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublicCapitalFactor(@NotBlank String id, @NotBlank String name, String description, String source) {
    public PublicCapitalFactor {
        Checks.id("id", id);
        Checks.notBlank("name", name);
        description = Checks.optional(description);
        source = Checks.optional(source);
    }
}
