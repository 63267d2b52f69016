package org.ltc.theming.text;

import java.util.Locale;
import org.ltc.model.InvalidOptionsException;

/** The language whose stop words and stemmer analyse a text. */
public enum Language {
    /** English: Snowball English stop words and the Porter stemmer. */
    EN,
    /** Spanish: Snowball Spanish stop words and Lucene's light Spanish stemmer. */
    ES,
    /** Chosen per text from the share of English and Spanish stop words in it (English when tied). */
    AUTO;

    /** The tag used in options and BCP 47, e.g. {@code "en"}. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code en}, {@code es} or {@code auto} (any case); {@code property} names the option in errors. */
    public static Language parse(String property, String value) {
        if (value != null) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            if (v.startsWith("en")) {
                return EN;
            }
            if (v.startsWith("es")) {
                return ES;
            }
            if (v.equals("auto")) {
                return AUTO;
            }
        }
        throw new InvalidOptionsException(property, value, "must be en, es or auto");
    }
}
