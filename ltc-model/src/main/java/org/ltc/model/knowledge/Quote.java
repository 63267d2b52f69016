package org.ltc.model.knowledge;

import jakarta.validation.constraints.NotBlank;
import org.ltc.model.Checks;

/**
 * A resident's words that show a theme, as redacted.
 *
 * @param noteId   the note quoted
 * @param text     the quoted words
 * @param language the BCP 47 primary language tag of the words (e.g. {@code es}), so a page can mark them for screen
 *                 readers and hyphenation; {@code null} (absent in JSON) when unknown
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record Quote(@NotBlank String noteId, @NotBlank String text, String language) {
    public Quote {
        Checks.id("noteId", noteId);
        Checks.notBlank("text", text);
        language = Checks.optional(language);
    }

    /** A quote whose language is not known. */
    public Quote(String noteId, String text) {
        this(noteId, text, null);
    }
}
