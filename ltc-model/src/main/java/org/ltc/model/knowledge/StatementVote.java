package org.ltc.model.knowledge;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.ltc.model.Checks;

/**
 * One statement of a theme as the opinion groups voted on it: where they agree (common ground) or where they
 * divide.
 *
 * @param noteId    the statement
 * @param text      its words, redacted, or {@code null} when its conversation's consent does not allow quoting
 * @param groups    every opinion group's rate and size, by group id
 * @param spread    the largest difference between two groups' agree rates
 * @param consensus the product of the groups' agree rates (Polis's group-informed consensus)
 * @param language  the BCP 47 primary language tag of its words, or {@code null} when unknown
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatementVote(@NotBlank String noteId, String text, @Valid List<GroupRate> groups,
                            @DecimalMin("0") @DecimalMax("1") double spread,
                            @DecimalMin("0") @DecimalMax("1") double consensus, String language) {
    public StatementVote {
        Checks.id("noteId", noteId);
        text = Checks.optional(text);
        groups = Checks.list("groups", groups);
        Checks.inRange("spread", spread, 0, 1);
        Checks.inRange("consensus", consensus, 0, 1);
        language = Checks.optional(language);
    }

    /** A statement whose language is not known. */
    public StatementVote(String noteId, String text, List<GroupRate> groups, double spread, double consensus) {
        this(noteId, text, groups, spread, consensus, null);
    }
}
