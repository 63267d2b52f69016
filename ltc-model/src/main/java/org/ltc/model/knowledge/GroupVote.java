package org.ltc.model.knowledge;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import org.ltc.model.Checks;

/**
 * How one opinion group voted on the notes of a theme.
 *
 * @param groupId      the opinion group
 * @param members      how many participants the group has
 * @param agrees       agree votes by the group on the theme's notes
 * @param disagrees    disagree votes
 * @param passes       pass votes
 * @param agreeRate    the group's smoothed probability of agreeing, {@code (agrees + 1) / (votes + 2)},
 *                     as in Polis's group-informed consensus
 */
public record GroupVote(@NotBlank String groupId, @PositiveOrZero int members, @PositiveOrZero int agrees,
                        @PositiveOrZero int disagrees, @PositiveOrZero int passes,
                        @DecimalMin("0") @DecimalMax("1") double agreeRate) {
    public GroupVote {
        Checks.notBlank("groupId", groupId);
        Checks.nonNegative("members", members);
        Checks.nonNegative("agrees", agrees);
        Checks.nonNegative("disagrees", disagrees);
        Checks.nonNegative("passes", passes);
        Checks.inRange("agreeRate", agreeRate, 0, 1);
    }
}
