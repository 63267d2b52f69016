package org.ltc.model.stage;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.ltc.model.Checks;

/**
 * A rater's judgement of one public-capital factor.
 *
 * @param factorId the factor
 * @param level    abundant, in pockets or lacking
 * @param raterId  who rated it, or {@code null}
 * @param evidence ids of notes, themes or documents behind the rating
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PublicCapitalRating(@NotBlank String factorId, @NotNull PublicCapitalLevel level, String raterId,
                                  List<String> evidence) {
    public PublicCapitalRating {
        Checks.id("factorId", factorId);
        Checks.notNull("level", level);
        raterId = Checks.optionalId("raterId", raterId);
        evidence = Checks.strings("evidence", evidence);
    }
}
