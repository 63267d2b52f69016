package org.ltc.model.knowledge;

import jakarta.validation.constraints.NotBlank;
import org.ltc.model.Checks;

/**
 * The short story a public-knowledge report ends with: "We want a community where ___, but we face ___.
 * So we need to ___." A draft for people to rewrite.
 *
 * @param aspiration what people want
 * @param challenge  what stands in the way
 * @param need       what needs to happen
 * @param text       the story as one paragraph
 */
public record CommunityStory(@NotBlank String aspiration, @NotBlank String challenge, @NotBlank String need,
                             @NotBlank String text) {
    public CommunityStory {
        Checks.notBlank("aspiration", aspiration);
        Checks.notBlank("challenge", challenge);
        Checks.notBlank("need", need);
        Checks.notBlank("text", text);
    }

    /** The story in the usual form. */
    public static CommunityStory of(String aspiration, String challenge, String need) {
        return new CommunityStory(aspiration, challenge, need,
                "We want a community where " + aspiration + ", but we face " + challenge + ". So we need to " + need
                        + ".");
    }
}
