package org.ltc.model;

/**
 * The one unchecked root of every exception the LTC SDK throws on purpose.
 *
 * <p>Two families sit below it: {@link InvalidInputException} for bad data (a file, a row, a JSON
 * document, a constructor argument) and {@link InvalidOptionsException} for bad configuration.
 * {@link CancelledException} reports a run that a caller cancelled. A host can catch this one type to
 * handle every failure the SDK reports deliberately.
 */
public class LtcException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LtcException(String message) {
        super(message);
    }

    public LtcException(String message, Throwable cause) {
        super(message, cause);
    }
}
