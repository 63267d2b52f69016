package org.ltc.model.knowledge;

import jakarta.validation.constraints.NotBlank;
import org.ltc.model.Checks;

/**
 * The short story a public-knowledge report ends with: "We want a community where ___, but we face ___.
 * So we need to ___." A draft for people to rewrite. Where what was heard does not support a part, the part is
 * {@code null} and the text keeps a blank ({@value #BLANK}) for the team to fill in the room.
 *
 * @param aspiration what people want, or {@code null}
 * @param challenge  what stands in the way, or {@code null}
 * @param need       what needs to happen, or {@code null}
 * @param text       the story as one paragraph
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record CommunityStory(String aspiration, String challenge, String need, @NotBlank String text) {
    /** What the text holds where a part is left for people to fill in. */
    public static final String BLANK = "___";

    public CommunityStory {
        aspiration = Checks.optional(aspiration);
        challenge = Checks.optional(challenge);
        need = Checks.optional(need);
        Checks.notBlank("text", text);
    }

    /** The story in the usual form. */
    public static CommunityStory of(String aspiration, String challenge, String need) {
        return new CommunityStory(aspiration, challenge, need,
                "We want a community where " + or(aspiration) + ", but we face " + or(challenge) + ". So we need to "
                        + or(need) + ".");
    }

    private static String or(String part) {
        return part == null || part.isBlank() ? BLANK : part;
    }
}
