package org.ltc.model.validation;

import java.util.Objects;
import org.ltc.model.InvalidInputException;

/**
 * One thing wrong with a document or value.
 *
 * @param pointer where: an RFC 6901 JSON pointer into the document ({@code "/data/notes/3/text"}; {@code ""} is
 *                the whole document), or a text location such as {@code "line 3, column 7"} when the JSON could
 *                not be parsed
 * @param field   the field (property) that holds the bad value, or {@code null} when the problem is with the
 *                whole value
 * @param message what is wrong, with the rejected value (abbreviated) when there is one
 */
public record ValidationError(String pointer, String field, String message) {
    public ValidationError {
        pointer = pointer == null ? "" : pointer;
        Objects.requireNonNull(message, "message");
    }

    /** The error an {@link InvalidInputException} describes, its location put under {@code prefix}. */
    public static ValidationError of(InvalidInputException e, String prefix) {
        String loc = e.location();
        String pointer = loc == null ? prefix
                : loc.startsWith("/") ? prefix + loc
                : prefix.isEmpty() ? loc : prefix + " (" + loc + ")";
        return new ValidationError(pointer, e.field(), e.problem() + (e.rejectedValue() == null ? ""
                : " (rejected value: \"" + InvalidInputException.abbreviate(e.rejectedValue()) + "\")"));
    }

    /** {@code pointer  field  message}, the form {@code ltc validate} prints. */
    @Override
    public String toString() {
        return (pointer.isEmpty() ? "/" : pointer) + "  " + (field == null ? "-" : field) + "  " + message;
    }
}
