package org.ltc.model.action;

/** Whether a promise was kept. */
public enum CommitmentStatus {
    OPEN,
    KEPT,
    BROKEN
}
