package org.ltc.model.conversation;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What participants agreed to. The defaults protect people: quotes may be shared without names.
 *
 * @param quotesMayBeShared whether residents' words may be quoted (always without names unless the next is true)
 * @param namesMayBeShared  whether participants agreed to be named
 * @param note              how and when consent was given, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Consent(boolean quotesMayBeShared, boolean namesMayBeShared, String note) {
    public Consent {
        note = note == null || note.isBlank() ? null : note;
    }

    /** Quotes may be shared, names may not: the usual consent for a community conversation. */
    public static Consent anonymousQuotes() {
        return new Consent(true, false, null);
    }
}
