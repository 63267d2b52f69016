package org.ltc.model;

/**
 * Bad configuration: an option of an algorithm, reader or tool that is out of range or unknown.
 * The message names the option (as its {@code ltc.*} property name where it has one) and the value.
 */
public class InvalidOptionsException extends LtcException {
    private static final long serialVersionUID = 1L;

    private final String option;
    private final String rejectedValue;

    public InvalidOptionsException(String option, Object rejectedValue, String problem) {
        super("option '" + option + "' " + problem
                + (rejectedValue == null ? "" : " (rejected value: \"" + InvalidInputException.abbreviate(
                        String.valueOf(rejectedValue)) + "\")"));
        this.option = option;
        this.rejectedValue = rejectedValue == null ? null : String.valueOf(rejectedValue);
    }

    public String option() {
        return option;
    }

    public String rejectedValue() {
        return rejectedValue;
    }
}
