package org.ltc.model.conversation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.ltc.model.Checks;

/**
 * One participant's vote on one note.
 *
 * @param participantId who voted
 * @param noteId        the note voted on
 * @param value         agree, disagree or pass
 */
public record Vote(@NotBlank String participantId, @NotBlank String noteId, @NotNull VoteValue value) {
    public Vote {
        Checks.id("participantId", participantId);
        Checks.id("noteId", noteId);
        Checks.notNull("value", value);
    }
}
