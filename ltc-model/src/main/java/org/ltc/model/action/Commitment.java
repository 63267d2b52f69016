package org.ltc.model.action;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.ltc.model.Checks;

/**
 * A promise made to the community: what, who, by when. Accountability is keeping these.
 *
 * @param id     stable identifier
 * @param what   what was promised
 * @param who    who promised it
 * @param due    by when, or {@code null}
 * @param status open, kept or broken
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Commitment(@NotBlank String id, @NotBlank String what, @NotBlank String who,
                         @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate due, @NotNull CommitmentStatus status) {
    public Commitment {
        Checks.id("id", id);
        Checks.notBlank("what", what);
        Checks.notBlank("who", who);
        status = status == null ? CommitmentStatus.OPEN : status;
    }
}
