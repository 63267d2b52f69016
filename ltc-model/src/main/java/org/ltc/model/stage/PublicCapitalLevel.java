package org.ltc.model.stage;

/** How present a public-capital factor is in a community (Harwood). */
public enum PublicCapitalLevel {
    ABUNDANT,
    IN_POCKETS,
    LACKING
}
