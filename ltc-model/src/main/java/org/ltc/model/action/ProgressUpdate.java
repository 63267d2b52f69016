package org.ltc.model.action;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.ltc.model.Checks;

/**
 * A dated report of progress on an action.
 *
 * @param date    when
 * @param percent progress then, in [0, 100]
 * @param note    what happened, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgressUpdate(@NotNull @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate date,
                             @DecimalMin("0") @DecimalMax("100") double percent, String note) {
    public ProgressUpdate {
        Checks.notNull("date", date);
        Checks.inRange("percent", percent, 0, 100);
        note = Checks.optional(note);
    }
}
