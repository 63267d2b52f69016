package org.ltc.calibration.synthetic;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The wording that carries stage signals in synthetic notes: a small bank of phrases for each of Harwood's
 * five stages (after the stage descriptions in "Community Rhythms", Harwood 1999), and neutral remarks
 * that carry none. No phrase contains another, so a note's bank can be read back from its text.
 */
public final class PhraseBank {
    /** Harwood's stage ids, in order: the banks. */
    public static final List<String> STAGES = List.of("waiting-place", "impasse", "catalytic", "growth", "sustain-renew");

    private static final Map<String, List<String>> PHRASES = Map.of(
            "waiting-place", List.of("someone else will fix it", "we are waiting for the city to act",
                    "nobody listens to people like us", "nothing ever changes around here", "not my place to speak up"),
            "impasse", List.of("enough is enough", "we are fed up with waiting", "something has to change now",
                    "the same old fights go nowhere", "we hit rock bottom"),
            "catalytic", List.of("a few neighbours started something", "a small group of us began meeting",
                    "we tried a little pilot", "some folks took a risk", "an early win gave us hope"),
            "growth", List.of("more groups are joining in", "networks are forming across the town",
                    "new leaders keep stepping up", "our efforts are linking up", "you can see real progress"),
            "sustain-renew", List.of("we need to renew our leadership", "we must not get complacent",
                    "ready to tackle the hard issues", "keep the momentum going for years", "pass the work to new people"));

    private static final List<String> NEUTRAL = List.of("the library should open later on weekends",
            "parking downtown is hard to find", "I love the park by the river", "the buses are often late",
            "our schools matter a lot to me", "the farmers market is lovely", "the roads need repair",
            "I would like more events for teenagers");

    private PhraseBank() {
    }

    /** The phrases of one stage bank. */
    public static List<String> phrases(String stageId) {
        List<String> p = PHRASES.get(stageId);
        if (p == null) {
            throw new IllegalArgumentException("no phrase bank for " + stageId);
        }
        return p;
    }

    /** Remarks that carry no stage signal. */
    public static List<String> neutral() {
        return NEUTRAL;
    }

    /** The bank whose phrase the note contains, if any (case-insensitive). */
    public static Optional<String> bankOf(String note) {
        String lower = note.toLowerCase(Locale.ROOT);
        for (String stage : STAGES) {
            for (String phrase : PHRASES.get(stage)) {
                if (lower.contains(phrase.toLowerCase(Locale.ROOT))) {
                    return Optional.of(stage);
                }
            }
        }
        return Optional.empty();
    }

    /** How many of the notes carry each bank's wording, for every bank (zeros included). */
    public static Map<String, Integer> count(List<String> notes) {
        Map<String, Integer> counts = new TreeMap<>();
        STAGES.forEach(s -> counts.put(s, 0));
        for (String n : notes) {
            bankOf(n).ifPresent(b -> counts.merge(b, 1, Integer::sum));
        }
        return counts;
    }
}
