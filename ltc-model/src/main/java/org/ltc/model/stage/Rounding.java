package org.ltc.model.stage;

/** How a fractional stage score becomes a whole stage. */
public enum Rounding {
    /** Round down: the Community Readiness Model's rule (a community has not reached a stage until it scores it). */
    FLOOR,
    /** Round half up. */
    NEAREST,
    /** Round up. */
    CEILING
}
