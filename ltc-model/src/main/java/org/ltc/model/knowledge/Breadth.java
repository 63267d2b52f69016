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
 * @param bySegment     for each segment key, the participants who raised it per segment value; values with
 *                      fewer participants than the disclosure threshold are left out, so this is safe to show
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
public record Breadth(@PositiveOrZero int conversations, @PositiveOrZero int participants,
                      Map<String, Integer> segments, Map<String, Map<String, Integer>> bySegment) {
    public Breadth {
        Checks.nonNegative("conversations", conversations);
        Checks.nonNegative("participants", participants);
        segments = Checks.sortedMap("segments", segments);
        Map<String, Map<String, Integer>> sorted = new java.util.TreeMap<>();
        Checks.sortedMap("bySegment", bySegment).forEach((k, v) -> sorted.put(k, Checks.sortedMap("bySegment." + k, v)));
        bySegment = java.util.Collections.unmodifiableMap(sorted);
    }

    /** Breadth without the per-segment counts. */
    public Breadth(int conversations, int participants, Map<String, Integer> segments) {
        this(conversations, participants, segments, Map.of());
    }

    public static Breadth none() {
        return new Breadth(0, 0, Map.of(), Map.of());
    }
}
