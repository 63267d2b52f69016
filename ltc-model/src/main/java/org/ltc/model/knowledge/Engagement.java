package org.ltc.model.knowledge;

import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Map;
import org.ltc.model.Checks;

/**
 * Who was engaged: the first section of a public-knowledge report.
 *
 * @param conversations how many conversations were held
 * @param participants  how many residents took part
 * @param notes         how many notes were taken
 * @param votes         how many votes were cast (Polis), 0 without votes
 * @param places        where the conversations were held, sorted
 * @param segments      for each segment key, the participants per value; values below the disclosure
 *                      threshold are left out (see {@code suppressed})
 * @param suppressed    how many segment values were left out because too few people were in them
 */
public record Engagement(@PositiveOrZero int conversations, @PositiveOrZero int participants,
                         @PositiveOrZero int notes, @PositiveOrZero int votes, List<String> places,
                         Map<String, Map<String, Integer>> segments, @PositiveOrZero int suppressed) {
    public Engagement {
        Checks.nonNegative("conversations", conversations);
        Checks.nonNegative("participants", participants);
        Checks.nonNegative("notes", notes);
        Checks.nonNegative("votes", votes);
        places = Checks.strings("places", places);
        Map<String, Map<String, Integer>> sorted = new java.util.TreeMap<>();
        Checks.sortedMap("segments", segments).forEach((k, v) -> sorted.put(k, Checks.sortedMap("segments." + k, v)));
        segments = java.util.Collections.unmodifiableMap(sorted);
        Checks.nonNegative("suppressed", suppressed);
    }
}
