package org.ltc.model.provenance;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Map;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;

/**
 * What redaction removed from a set of notes before anything was themed or written: counts by kind
 * ({@code email}, {@code phone}, {@code address}, {@code name}, ...), never the removed text itself.
 *
 * <p>On a conversation set this is also the record that the set is redacted: {@code options} says how
 * (the {@code ltc.privacy.*} options, with the listed names as a count and a SHA-256, never the names), and
 * {@code contentSha256} is the digest of every field a person can read after redaction. A later step decides
 * from that digest, not from the presence of this block, whether the set is still redacted: a note added or
 * edited after redaction changes the digest, and the set is redacted again.
 *
 * @param counts        how many spans of each kind were replaced, sorted by kind
 * @param notesChanged  how many notes had at least one span replaced
 * @param options       how the set was redacted, as {@code ltc.privacy.*} properties (names only counted and
 *                      hashed); {@code ltc.privacy.publicText=true} when a host declared the text public and
 *                      nothing was redacted; empty for a single text
 * @param contentSha256 the digest of the readable fields of the set as redacted, or {@code null} (a single
 *                      text, or a document written before the digest was recorded)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RedactionSummary(Map<String, Integer> counts, @PositiveOrZero int notesChanged,
                               Map<String, String> options, String contentSha256) {
    public RedactionSummary {
        counts = Checks.sortedMap("counts", counts);
        counts.forEach((k, v) -> {
            if (v < 0) {
                throw InvalidInputException.field("counts." + k, v, "must be zero or more");
            }
        });
        Checks.nonNegative("notesChanged", notesChanged);
        options = Checks.sortedMap("options", options);
        contentSha256 = Checks.optional(contentSha256);
        if (contentSha256 != null && !contentSha256.matches("[0-9a-f]{64}")) {
            throw InvalidInputException.field("contentSha256", contentSha256, "must be 64 lower-case hex digits");
        }
    }

    /** Counts only: what one pass over a text or a batch removed. */
    public RedactionSummary(Map<String, Integer> counts, int notesChanged) {
        this(counts, notesChanged, Map.of(), null);
    }

    public static RedactionSummary none() {
        return new RedactionSummary(Map.of(), 0);
    }

    /** How many spans of one kind ({@code "email"}, {@code "phone"}...) were replaced; 0 when none. */
    public int count(String kind) {
        return counts.getOrDefault(kind, 0);
    }

    /**
     * This summary and another added up, kind by kind (for notes redacted in several passes or batches); the
     * record ({@code options}, {@code contentSha256}) is the other's, the later pass.
     */
    public RedactionSummary plus(RedactionSummary other) {
        java.util.TreeMap<String, Integer> sum = new java.util.TreeMap<>(counts);
        other.counts.forEach((k, v) -> sum.merge(k, v, Integer::sum));
        return new RedactionSummary(sum, notesChanged + other.notesChanged, other.options, other.contentSha256);
    }

    /** The same counts with a record of how and of what content. */
    public RedactionSummary recorded(Map<String, String> how, String sha256) {
        return new RedactionSummary(counts, notesChanged, how, sha256);
    }

    /** Total spans replaced, of every kind. */
    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
