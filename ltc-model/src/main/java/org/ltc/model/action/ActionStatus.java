package org.ltc.model.action;

/** Where an action stands. */
public enum ActionStatus {
    PROPOSED,
    PLANNED,
    IN_PROGRESS,
    DONE,
    ON_HOLD,
    CANCELLED
}
