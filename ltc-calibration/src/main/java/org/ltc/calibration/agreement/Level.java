package org.ltc.calibration.agreement;

/** The level of measurement of ratings, which sets Krippendorff's difference function. */
public enum Level {
    /** Categories without order: any two different values differ fully. */
    NOMINAL,
    /** Ranks: differences grow with how many values lie between. */
    ORDINAL,
    /** Equal intervals: squared difference. */
    INTERVAL,
    /** A true zero: squared difference relative to the sum. */
    RATIO
}
