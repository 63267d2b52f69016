package org.ltc.model.privacy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of personal data a {@link Redactor} removes. The {@link #id()} is the key in
 * {@link org.ltc.model.provenance.RedactionSummary#counts()}; the {@link #defaultToken()} replaces each span.
 */
public enum RedactionKind {
    /** E-mail addresses, e.g. {@code jo.smith@example.org}, also spelled out ({@code jo at example dot org}). */
    EMAIL("email"),
    /** Telephone numbers in North American and international ({@code +CC} / {@code 00CC}) forms. */
    PHONE("phone"),
    /** Street addresses: a house number, a street name and a suffix such as St, Avenue or Road. */
    ADDRESS("address"),
    /** Names the host listed (residents, staff, local figures). */
    NAME("name", "listedNames"),
    /** US Social Security numbers written {@code 123-45-6789} or {@code 123 45 6789} (valid area and group only). */
    SSN("ssn", "ssns"),
    /** Payment-card numbers: 13 to 19 digits, optionally grouped by spaces or hyphens, passing the Luhn check. */
    CARD("card", "cards"),
    /** Social-media profile addresses ({@code facebook.com/jane.doe}, {@code https://host/@jane}) and @handles. */
    PROFILE("profile", "profiles"),
    /** A date written after a birth cue ("born on", "DOB", "date of birth", "birthday"). */
    BIRTH_DATE("birthdate", "birthDates");

    private final String id;
    private final String property;

    RedactionKind(String id) {
        this(id, id + (id.endsWith("s") ? "es" : "s"));
    }

    RedactionKind(String id, String property) {
        this.id = id;
        this.property = property;
    }

    /**
     * The switch for this kind under {@code ltc.privacy.}, e.g. {@code emails} for
     * {@code ltc.privacy.emails=false}.
     */
    public String property() {
        return property;
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
