package org.ltc.model.privacy;

import java.util.Objects;
import org.ltc.model.provenance.RedactionSummary;

/**
 * A value after redaction, with what was removed from it.
 *
 * @param value   the redacted value (a String, a Note, a ConversationSet...)
 * @param summary counts by kind of the spans this redaction replaced; {@code notesChanged} counts the texts
 *                (notes) that changed
 * @param <T>     the type of value
 */
public record Redacted<T>(T value, RedactionSummary summary) {
    public Redacted {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(summary, "summary");
    }

    /** Whether anything was replaced. */
    public boolean changed() {
        return summary.total() > 0;
    }

    /** How many spans of a kind were replaced. */
    public int count(RedactionKind kind) {
        return summary.count(kind.id());
    }
}
