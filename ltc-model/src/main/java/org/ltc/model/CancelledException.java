package org.ltc.model;

/**
 * A long run (theming, an experiment) stopped because its caller cancelled it. Nothing half-made is
 * returned or written when this is thrown.
 */
public class CancelledException extends LtcException {
    private static final long serialVersionUID = 1L;

    public CancelledException(String what) {
        super(what + " was cancelled");
    }
}
