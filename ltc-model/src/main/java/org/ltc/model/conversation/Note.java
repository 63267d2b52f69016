package org.ltc.model.conversation;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;

/**
 * What a resident said, as the note-taker wrote it down: ideally in the person's own words.
 *
 * @param id             stable identifier
 * @param conversationId the conversation it was said in
 * @param questionId     the guide question it answers, or {@code null}
 * @param participantId  who said it, when known, else {@code null}
 * @param text           the words, after redaction of personal data
 * @param agrees         how many others agreed (votes, dots, nods counted by the note-taker)
 * @param disagrees      how many disagreed
 * @param emphasis       how strongly it was said (stars, underlines, emotion noted), 0 when unknown
 * @param tags           free tags, e.g. {@code emotion:frustration}, {@code tension}
 * @param moderation     whether a moderator accepted it
 * @param createdAt      when it was said or submitted, or {@code null}
 * @param language       the BCP 47 language tag of the text (e.g. {@code en}, {@code es}), or {@code null} for unknown
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Note(
        @NotBlank String id,
        @NotBlank String conversationId,
        String questionId,
        String participantId,
        @NotBlank @Size(max = Note.MAX_TEXT_CHARS) String text,
        @PositiveOrZero int agrees,
        @PositiveOrZero int disagrees,
        @PositiveOrZero int emphasis,
        List<String> tags,
        @NotNull Moderation moderation,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Instant createdAt,
        String language) {

    /** The longest note text accepted: long enough for any spoken answer, short enough to stop a hostile file. */
    public static final int MAX_TEXT_CHARS = 20_000;
    /**
     * The tag of a meta statement: one about the speaker or the conversation rather than the topic (Polis's
     * {@code is-meta}, e.g. "I have lived here all my life"). Themers set such notes aside, as they do notes a
     * moderator rejected.
     */
    public static final String META_TAG = "is-meta";

    public Note {
        Checks.id("id", id);
        Checks.id("conversationId", conversationId);
        questionId = Checks.optionalId("questionId", questionId);
        participantId = Checks.optionalId("participantId", participantId);
        Checks.notBlank("text", text);
        if (text.indexOf('\0') >= 0) {
            // A NUL is never in a person's words: it is a UTF-16 or binary file read as UTF-8, or an attack on
            // whatever reads the text next (C strings end there).
            throw InvalidInputException.field("text", text.replace("\0", "\\u0000"),
                    "contains a NUL character (U+0000): is the file UTF-16 or binary rather than UTF-8 text?");
        }
        if (text.length() > MAX_TEXT_CHARS) {
            throw InvalidInputException.field("text", text, "is longer than " + MAX_TEXT_CHARS + " characters");
        }
        Checks.nonNegative("agrees", agrees);
        Checks.nonNegative("disagrees", disagrees);
        Checks.nonNegative("emphasis", emphasis);
        tags = Checks.strings("tags", tags);
        moderation = moderation == null ? Moderation.UNMODERATED : moderation;
        language = Checks.optional(language);
    }

    /** A plain note: text in a conversation, nothing else known. */
    public static Note of(String id, String conversationId, String text) {
        return new Note(id, conversationId, null, null, text, 0, 0, 0, List.of(), Moderation.UNMODERATED, null, null);
    }

    /** The same note with other text (used by redaction). */
    public Note withText(String newText) {
        return new Note(id, conversationId, questionId, participantId, newText, agrees, disagrees, emphasis, tags,
                moderation, createdAt, language);
    }
}
