package org.ltc.model.knowledge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import org.ltc.model.Checks;

/**
 * Who was not (or barely) in the room: a segment the listening reached too little.
 *
 * @param segmentKey   the segment key, e.g. {@code ageBand}
 * @param segmentValue the value, e.g. {@code 18-24}; {@code null} for a segment key no participant had
 * @param participants how many participants it had (0 when below the disclosure threshold and suppressed)
 * @param reason       why it is a gap, in words
 */
public record Gap(@NotBlank String segmentKey, String segmentValue, @PositiveOrZero int participants,
                  @NotBlank String reason) {
    public Gap {
        Checks.notBlank("segmentKey", segmentKey);
        segmentValue = Checks.optional(segmentValue);
        Checks.nonNegative("participants", participants);
        Checks.notBlank("reason", reason);
    }
}
