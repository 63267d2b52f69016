package org.ltc.model.provenance;

import jakarta.validation.constraints.PositiveOrZero;
import java.util.Map;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;

/**
 * What redaction removed from a set of notes before anything was themed or written: counts by kind
 * ({@code email}, {@code phone}, {@code address}, {@code name}), never the removed text itself.
 *
 * @param counts      how many spans of each kind were replaced, sorted by kind
 * @param notesChanged how many notes had at least one span replaced
 */
public record RedactionSummary(Map<String, Integer> counts, @PositiveOrZero int notesChanged) {
    public RedactionSummary {
        counts = Checks.sortedMap("counts", counts);
        counts.forEach((k, v) -> {
            if (v < 0) {
                throw InvalidInputException.field("counts." + k, v, "must be zero or more");
            }
        });
        Checks.nonNegative("notesChanged", notesChanged);
    }

    public static RedactionSummary none() {
        return new RedactionSummary(Map.of(), 0);
    }

    /** How many spans of one kind ({@code "email"}, {@code "phone"}...) were replaced; 0 when none. */
    public int count(String kind) {
        return counts.getOrDefault(kind, 0);
    }

    /** This summary and another added up, kind by kind (for notes redacted in several passes or batches). */
    public RedactionSummary plus(RedactionSummary other) {
        java.util.TreeMap<String, Integer> sum = new java.util.TreeMap<>(counts);
        other.counts.forEach((k, v) -> sum.merge(k, v, Integer::sum));
        return new RedactionSummary(sum, notesChanged + other.notesChanged);
    }

    /** Total spans replaced, of every kind. */
    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
