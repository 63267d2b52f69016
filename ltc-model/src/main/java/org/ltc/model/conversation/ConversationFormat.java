package org.ltc.model.conversation;

/** How a conversation was held. */
public enum ConversationFormat {
    /** A small group around a table, guided by a facilitator with a note-taker. */
    KITCHEN_TABLE,
    /** A larger public forum or meeting. */
    COMMUNITY_FORUM,
    /** One resident and one interviewer, e.g. a key-informant interview. */
    INTERVIEW,
    /** A conversation held by video or chat. */
    ONLINE,
    /** Written answers to a survey. */
    SURVEY,
    /** A Polis conversation: statements and votes. */
    POLIS,
    /** Anything else. */
    OTHER
}
