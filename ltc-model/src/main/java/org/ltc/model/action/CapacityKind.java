package org.ltc.model.action;

/** What kind of thing a library can bring to an action. */
public enum CapacityKind {
    /** A room, a branch, an outdoor space, a bookmobile. */
    SPACE,
    /** Something the library already runs: story time, a makerspace, ESL classes. */
    PROGRAMME,
    /** What its staff can do: facilitation, outreach, data, languages. */
    STAFF_SKILL,
    /** An organisation or person it already works with. */
    PARTNER
}
