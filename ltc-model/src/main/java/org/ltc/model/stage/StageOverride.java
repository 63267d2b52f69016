package org.ltc.model.stage;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.ltc.model.Checks;

/**
 * A person's decision that the community is at another stage than the calculation says. The human call
 * always wins, and says who made it and why.
 *
 * @param stageId the stage the person chose
 * @param by      who decided (a name or role)
 * @param why     their reason
 * @param at      when
 */
public record StageOverride(@NotBlank String stageId, @NotBlank String by, @NotBlank String why,
                            @NotNull @JsonFormat(shape = JsonFormat.Shape.STRING) Instant at) {
    public StageOverride {
        Checks.id("stageId", stageId);
        Checks.notBlank("by", by);
        Checks.notBlank("why", why);
        Checks.notNull("at", at);
    }
}
