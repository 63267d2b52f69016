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
 * @param writers       how many distinct people wrote a note, or {@code null} when unknown or fewer than k
 * @param voters        how many distinct people voted (Polis), or {@code null} without votes or fewer than k
 * @param firstDay      the first day the conversations were held (UTC), from the conversations' dates and the notes'
 *                      times (a Polis export's timestamps), or {@code null} when none is known
 * @param lastDay       the last such day, or {@code null}; never before {@code firstDay}
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record Engagement(@PositiveOrZero int conversations, @PositiveOrZero int participants,
                         @PositiveOrZero int notes, @PositiveOrZero int votes, List<String> places,
                         Map<String, Map<String, Integer>> segments, @PositiveOrZero int suppressed,
                         Integer writers, Integer voters,
                         @com.fasterxml.jackson.annotation.JsonFormat(shape = com.fasterxml.jackson.annotation.JsonFormat.Shape.STRING)
                         java.time.LocalDate firstDay,
                         @com.fasterxml.jackson.annotation.JsonFormat(shape = com.fasterxml.jackson.annotation.JsonFormat.Shape.STRING)
                         java.time.LocalDate lastDay) {
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
        if (writers != null) {
            Checks.nonNegative("writers", writers);
        }
        if (voters != null) {
            Checks.nonNegative("voters", voters);
        }
        if ((firstDay == null) != (lastDay == null)) {
            throw org.ltc.model.InvalidInputException.field(firstDay == null ? "firstDay" : "lastDay", null,
                    "must be given with " + (firstDay == null ? "lastDay" : "firstDay"));
        }
        if (firstDay != null && lastDay.isBefore(firstDay)) {
            throw org.ltc.model.InvalidInputException.field("lastDay", lastDay, "is before firstDay " + firstDay);
        }
    }

    /** Engagement whose days are not known. */
    public Engagement(int conversations, int participants, int notes, int votes, List<String> places,
                      Map<String, Map<String, Integer>> segments, int suppressed, Integer writers, Integer voters) {
        this(conversations, participants, notes, votes, places, segments, suppressed, writers, voters, null, null);
    }

    /** Engagement without writers and voters told apart. */
    public Engagement(int conversations, int participants, int notes, int votes, List<String> places,
                      Map<String, Map<String, Integer>> segments, int suppressed) {
        this(conversations, participants, notes, votes, places, segments, suppressed, null, null, null, null);
    }
}
