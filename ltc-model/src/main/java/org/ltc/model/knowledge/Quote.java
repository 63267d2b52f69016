package org.ltc.model.knowledge;

import jakarta.validation.constraints.NotBlank;
import org.ltc.model.Checks;

/**
 * A resident's words that show a theme, as redacted.
 *
 * @param noteId the note quoted
 * @param text   the quoted words
 */
public record Quote(@NotBlank String noteId, @NotBlank String text) {
    public Quote {
        Checks.id("noteId", noteId);
        Checks.notBlank("text", text);
    }
}
