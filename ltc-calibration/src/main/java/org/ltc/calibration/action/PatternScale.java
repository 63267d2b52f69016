package org.ltc.calibration.action;

/** How big an action pattern is: Harwood's stage-fit rule warns against big ones early (no grand plans at Impasse). */
public enum PatternScale {
    /** Weeks, a few partners, little money: a small step or experiment. */
    SMALL,
    /** Months, several partners. */
    MEDIUM,
    /** A year or more, many partners or large sums: a grand plan. */
    LARGE
}
