package org.ltc.model;

import java.util.Objects;

/**
 * Bad input: a value, row or document that breaks a rule of the model.
 *
 * <p>The message names where the problem is (a file and a line for CSV, a JSON pointer for JSON, or
 * nothing when a value was built in code), the field, what is wrong and the rejected value, so that a
 * person can find and fix it. Readers add the location with {@link #at(String, String)} when they
 * catch an exception thrown by a record constructor, so that the constructor need not know where its
 * data came from.
 */
public class InvalidInputException extends LtcException {
    private static final long serialVersionUID = 1L;
    /** Rejected values are cut to this many characters in messages: a 10 MB field must not become a 10 MB message. */
    public static final int MAX_VALUE_CHARS = 80;

    private final String source;
    private final String location;
    private final String field;
    private final String rejectedValue;
    private final String problem;

    /**
     * @param source   the file or document name, or {@code null} when not known
     * @param location a line ({@code "line 12"}) or JSON pointer ({@code "/notes/3/text"}), or {@code null}
     * @param field    the field (column, property) that holds the bad value, or {@code null}
     * @param rejectedValue the bad value as text, or {@code null}; it is abbreviated in the message
     * @param problem  what is wrong, e.g. {@code "must not be blank"}
     */
    public InvalidInputException(String source, String location, String field, String rejectedValue,
                                 String problem) {
        this(source, location, field, rejectedValue, problem, null);
    }

    public InvalidInputException(String source, String location, String field, String rejectedValue,
                                 String problem, Throwable cause) {
        super(format(source, location, field, rejectedValue, problem), cause);
        this.source = source;
        this.location = location;
        this.field = field;
        this.rejectedValue = rejectedValue;
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** A problem with one field of a value built in code (no file, no location yet). */
    public static InvalidInputException field(String field, Object rejectedValue, String problem) {
        return new InvalidInputException(null, null, field, rejectedValue == null ? null : String.valueOf(rejectedValue),
                problem);
    }

    /**
     * The same problem, located: {@code location} is prefixed to any location already known, so a
     * pointer built from the inside out ({@code /text} then {@code /notes/3}) reads {@code /notes/3/text}.
     */
    public InvalidInputException at(String newSource, String outerLocation) {
        String loc = outerLocation == null ? location
                : location == null ? outerLocation
                : location.startsWith("/") && outerLocation.startsWith("/") ? outerLocation + location
                : outerLocation + ", " + location;
        return new InvalidInputException(newSource != null ? newSource : source, loc, field, rejectedValue,
                problem, this);
    }

    public String source() {
        return source;
    }

    public String location() {
        return location;
    }

    public String field() {
        return field;
    }

    public String rejectedValue() {
        return rejectedValue;
    }

    public String problem() {
        return problem;
    }

    /** Cuts a value for display and shows control characters, so a message stays one readable line. */
    public static String abbreviate(String value) {
        if (value == null) {
            return "null";
        }
        String shown = value.length() > MAX_VALUE_CHARS
                ? value.substring(0, MAX_VALUE_CHARS) + "... (" + value.length() + " characters)"
                : value;
        return shown.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }

    private static String format(String source, String location, String field, String value, String problem) {
        StringBuilder sb = new StringBuilder();
        if (source != null) {
            sb.append(source);
        }
        if (location != null) {
            sb.append(sb.length() > 0 ? " " : "").append(location.startsWith("/") ? "at " + location : location);
        }
        if (sb.length() > 0) {
            sb.append(": ");
        }
        if (field != null) {
            sb.append("field '").append(field).append("' ");
        }
        sb.append(problem);
        if (value != null) {
            sb.append(" (rejected value: \"").append(abbreviate(value)).append("\")");
        }
        return sb.toString();
    }
}
