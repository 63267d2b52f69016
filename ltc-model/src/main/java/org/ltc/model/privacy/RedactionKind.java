package org.ltc.model.privacy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of personal data a {@link Redactor} removes. The {@link #id()} is the key in
 * {@link org.ltc.model.provenance.RedactionSummary#counts()}; the {@link #defaultToken()} replaces each span.
 */
public enum RedactionKind {
    /** E-mail addresses, e.g. {@code jo.smith@example.org}. */
    EMAIL("email"),
    /** Telephone numbers in North American and international ({@code +CC} / {@code 00CC}) forms. */
    PHONE("phone"),
    /** Street addresses: a house number, a street name and a suffix such as St, Avenue or Road. */
    ADDRESS("address"),
    /** Names the host listed (residents, staff, local figures). */
    NAME("name");

    private final String id;

    RedactionKind(String id) {
        this.id = id;
    }

    /** The key used in redaction summaries and options, e.g. {@code "email"}. */
    public String id() {
        return id;
    }

    /** The replacement written in place of a span of this kind, e.g. {@code "[email]"}. */
    public String defaultToken() {
        return "[" + id + "]";
    }

    public static Optional<RedactionKind> byId(String id) {
        String key = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.id.equals(key)).findFirst();
    }
}
