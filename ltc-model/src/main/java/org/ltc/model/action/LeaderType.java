package org.ltc.model.action;

/** Kinds of leader (Harwood) a partner may be. */
public enum LeaderType {
    OFFICIAL,
    CIVIC,
    /** Boundary spanners who link groups. */
    CONNECTOR,
    /** People who start things and take risks. */
    CATALYST,
    EXPERT
}
