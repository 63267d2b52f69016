package org.ltc.model.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.ltc.model.InvalidInputException;

/**
 * One rejected row of an import: where it is, which field, the rejected value (cut short) and what is
 * wrong with it.
 *
 * @param source        the file (or other source name)
 * @param line          the physical line (1-based) the row starts on
 * @param field         the column or field at fault, or {@code null} when the whole row is
 * @param rejectedValue the rejected value, cut to {@value #MAX_VALUE_CHARS} characters, or {@code null}
 * @param message       what is wrong, e.g. {@code "must not be blank"}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportProblem(String source, long line, String field, String rejectedValue, String message) {
    /** Values are cut to this length when kept, so a report of hostile rows stays small. */
    public static final int MAX_VALUE_CHARS = 200;

    public ImportProblem {
        if (message == null || message.isBlank()) {
            throw InvalidInputException.field("message", message, "must not be blank");
        }
        if (line < 1) {
            throw InvalidInputException.field("line", line, "must be 1 or more");
        }
        if (rejectedValue != null && rejectedValue.length() > MAX_VALUE_CHARS) {
            rejectedValue = rejectedValue.substring(0, MAX_VALUE_CHARS);
        }
    }

    /** The problem as the exception a strict import throws. */
    public InvalidInputException toException() {
        return new InvalidInputException(source, "line " + line, field, rejectedValue, message);
    }

    /** One line: {@code file line 12: field 'text' must not be blank (rejected value: "")}. */
    @Override
    public String toString() {
        return toException().getMessage();
    }
}
