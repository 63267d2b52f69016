package org.ltc.model.conversation;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import org.ltc.model.Checks;

/**
 * One community conversation: a group of residents, a facilitator and a note-taker, at one place and time.
 * The notes taken in it are {@link Note}s that name this conversation's id.
 *
 * @param id               stable identifier
 * @param title            a short title, or {@code null}
 * @param place            where it was held (a branch, a church hall, "online"), or {@code null}
 * @param date             the day it was held, or {@code null}
 * @param format           how it was held
 * @param facilitator      the facilitator (a pseudonym or role, not necessarily a name), or {@code null}
 * @param noteTaker        the note-taker, the "silent facilitator", or {@code null}
 * @param participantCount how many residents took part (may exceed the participants known by id)
 * @param consent          what the participants agreed to
 * @param guideId          the conversation guide that was used, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Conversation(
        @NotBlank String id,
        String title,
        String place,
        @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate date,
        @NotNull ConversationFormat format,
        String facilitator,
        String noteTaker,
        @PositiveOrZero int participantCount,
        @NotNull @Valid Consent consent,
        String guideId) {

    public Conversation {
        Checks.id("id", id);
        title = Checks.optional(title);
        place = Checks.optional(place);
        format = format == null ? ConversationFormat.OTHER : format;
        facilitator = Checks.optional(facilitator);
        noteTaker = Checks.optional(noteTaker);
        Checks.nonNegative("participantCount", participantCount);
        consent = consent == null ? Consent.anonymousQuotes() : consent;
        guideId = Checks.optionalId("guideId", guideId);
    }

    /** A conversation known only by its id (as when notes arrive in a spreadsheet). */
    public static Conversation of(String id, ConversationFormat format) {
        return new Conversation(id, null, null, null, format, null, null, 0, Consent.anonymousQuotes(), null);
    }
}
