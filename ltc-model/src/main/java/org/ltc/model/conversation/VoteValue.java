package org.ltc.model.conversation;

/** A participant's vote on a note, as in Polis: agree, disagree or pass. */
public enum VoteValue {
    AGREE,
    DISAGREE,
    PASS;

    /** Polis encodes votes as 1 (agree), -1 (disagree) and 0 (pass). */
    public static VoteValue fromPolis(int code) {
        return switch (code) {
            case 1 -> AGREE;
            case -1 -> DISAGREE;
            case 0 -> PASS;
            default -> throw org.ltc.model.InvalidInputException.field("vote", code, "must be 1, -1 or 0");
        };
    }
}
