package org.ltc.model.action;

/** The layers of civic life (Harwood) a partner or action works in. */
public enum CivicLayer {
    /** Government and elected bodies. */
    OFFICIAL,
    /** Bodies with official roles that are not government: chambers, foundations, large non-profits. */
    QUASI_OFFICIAL,
    /** Where people gather between home and work: libraries, churches, cafes, barbershops. */
    THIRD_PLACES,
    /** Chance meetings: the school gate, the bus stop. */
    INCIDENTAL,
    /** Home and family. */
    PRIVATE
}
