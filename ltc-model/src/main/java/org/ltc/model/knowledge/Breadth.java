package org.ltc.model.knowledge;

import jakarta.validation.constraints.PositiveOrZero;
import java.util.Map;
import org.ltc.model.Checks;

/**
 * How widely a theme was heard: a theme raised in many conversations by many kinds of people is shared
 * public knowledge, one raised loudly in one room is not.
 *
 * @param conversations how many conversations it came up in
 * @param participants  how many distinct participants raised it (when participants are known)
 * @param segments      for each segment key (e.g. {@code neighbourhood}), how many distinct values of it
 *                      were reached; sorted by key
 */
public record Breadth(@PositiveOrZero int conversations, @PositiveOrZero int participants,
                      Map<String, Integer> segments) {
    public Breadth {
        Checks.nonNegative("conversations", conversations);
        Checks.nonNegative("participants", participants);
        segments = Checks.sortedMap("segments", segments);
    }

    public static Breadth none() {
        return new Breadth(0, 0, Map.of());
    }
}
