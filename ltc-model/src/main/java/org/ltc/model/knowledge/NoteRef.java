package org.ltc.model.knowledge;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import org.ltc.model.Checks;

/**
 * Evidence: a note that supports a theme, and how strongly.
 *
 * @param noteId the note
 * @param weight how strongly it belongs to the theme, in (0, 1]: 1 for a clear member, less for a partial one
 */
public record NoteRef(@NotBlank String noteId, @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") double weight) {
    public NoteRef {
        Checks.id("noteId", noteId);
        if (!(weight > 0 && weight <= 1)) {
            throw org.ltc.model.InvalidInputException.field("weight", weight, "must be in (0, 1]");
        }
    }

    public static NoteRef of(String noteId) {
        return new NoteRef(noteId, 1.0);
    }
}
