package org.ltc.model.knowledge;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import org.ltc.model.Checks;

/**
 * How one opinion group voted on one statement: its size, how many of its members voted on the statement, and
 * its Laplace-smoothed agree rate {@code (agrees + 1) / (votes + 2)} (the estimate Polis's group-informed
 * consensus multiplies). Raw agree counts are not kept: a count of a few people in a group could single them
 * out, a rate over at least k voters cannot.
 *
 * @param groupId   the opinion group
 * @param members   how many participants the group has (at least the disclosure threshold)
 * @param voters    how many of them voted on the statement (at least the disclosure threshold)
 * @param agreeRate the smoothed share of them who agreed
 */
public record GroupRate(@NotBlank String groupId, @PositiveOrZero int members, @PositiveOrZero int voters,
                        @DecimalMin("0") @DecimalMax("1") double agreeRate) {
    public GroupRate {
        Checks.notBlank("groupId", groupId);
        Checks.nonNegative("members", members);
        Checks.nonNegative("voters", voters);
        Checks.inRange("agreeRate", agreeRate, 0, 1);
    }
}
