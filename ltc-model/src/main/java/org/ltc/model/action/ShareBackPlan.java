package org.ltc.model.action;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.ltc.model.Checks;

/**
 * How progress is shared back with the community.
 *
 * @param channels how (a public meeting, the library newsletter, a display in the branch)
 * @param cadence  how often, e.g. {@code "monthly"}, or {@code null}
 * @param audience to whom, or {@code null}
 * @param next     the next date, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ShareBackPlan(List<String> channels, String cadence, String audience,
                            @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate next) {
    public ShareBackPlan {
        channels = Checks.strings("channels", channels);
        cadence = Checks.optional(cadence);
        audience = Checks.optional(audience);
    }
}
