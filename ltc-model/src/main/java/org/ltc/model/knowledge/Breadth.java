package org.ltc.model.knowledge;

import jakarta.validation.constraints.PositiveOrZero;
import java.util.Map;
import org.ltc.model.Checks;

/**
 * How widely a theme was heard: a theme raised in many conversations by many kinds of people is shared
 * public knowledge, one raised loudly in one room is not.
 *
 * @param conversations how many conversations it came up in
 * @param participants  how many distinct people wrote one of its notes or agreed with one; 0 when fewer than
 *                      the disclosure threshold k (a report says "fewer than k people")
 * @param segments      for each segment key (e.g. {@code neighbourhood}), how many distinct values of it
 *                      were reached; sorted by key
 * @param bySegment     for each segment key, the participants who raised it per segment value; values with
 *                      fewer participants than the disclosure threshold are left out, so this is safe to show
 * @param wrote         how many distinct people wrote its notes, or {@code null} when unknown or fewer than k
 * @param agreed        how many distinct people voted to agree with at least one of its statements, or
 *                      {@code null} without votes or when fewer than k
 * @param voted         how many distinct people voted on at least one of its statements, or {@code null}
 *                      without votes or when fewer than k
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
public record Breadth(@PositiveOrZero int conversations, @PositiveOrZero int participants,
                      Map<String, Integer> segments, Map<String, Map<String, Integer>> bySegment,
                      Integer wrote, Integer agreed, Integer voted) {
    public Breadth {
        Checks.nonNegative("conversations", conversations);
        Checks.nonNegative("participants", participants);
        segments = Checks.sortedMap("segments", segments);
        Map<String, Map<String, Integer>> sorted = new java.util.TreeMap<>();
        Checks.sortedMap("bySegment", bySegment).forEach((k, v) -> sorted.put(k, Checks.sortedMap("bySegment." + k, v)));
        bySegment = java.util.Collections.unmodifiableMap(sorted);
        for (Integer n : new Integer[] {wrote, agreed, voted}) {
            if (n != null) {
                Checks.nonNegative("wrote, agreed and voted", n);
            }
        }
    }

    /** Breadth with per-segment counts but without who wrote, agreed or voted. */
    public Breadth(int conversations, int participants, Map<String, Integer> segments,
                   Map<String, Map<String, Integer>> bySegment) {
        this(conversations, participants, segments, bySegment, null, null, null);
    }

    /** Breadth without the per-segment counts. */
    public Breadth(int conversations, int participants, Map<String, Integer> segments) {
        this(conversations, participants, segments, Map.of());
    }

    public static Breadth none() {
        return new Breadth(0, 0, Map.of(), Map.of(), null, null, null);
    }
}
