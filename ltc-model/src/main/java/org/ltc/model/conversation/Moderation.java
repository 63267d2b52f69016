package org.ltc.model.conversation;

/** Whether a moderator accepted a note for public view (as Polis does). Rejected notes are kept, not dropped. */
public enum Moderation {
    ACCEPTED,
    REJECTED,
    UNMODERATED
}
