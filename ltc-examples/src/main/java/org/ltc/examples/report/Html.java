package org.ltc.examples.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.ltc.model.privacy.DisclosurePolicy;

/**
 * What every part of the page shares: HTML escaping for text and attribute values, {@code <bdi>} isolation of user
 * text, the {@code lang} of residents' words, and counts and days as a person reads them.
 */
final class Html {
    /** A day as the page writes it, in US English: "March 3, 2026". */
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US)
            .withZone(ZoneOffset.UTC);

    private Html() {
    }

    /** "1 note", "12 notes". */
    static String count(int n, String one, String many) {
        return String.format(Locale.ENGLISH, "%,d", n) + " " + (n == 1 ? one : many);
    }

    /** A count of people as it may be shown: "fewer than k people" when it was held back. */
    static String people(Integer n, int k) {
        // checked again here: a document edited by hand must not show a count under k
        return n == null || DisclosurePolicy.of(k).suppress(n) ? "fewer than " + k + " people"
                : count(n, "person", "people");
    }

    /**
     * The days the conversations were held, as US English writes a span: "March 3, 2026", "March 3–17, 2026",
     * "March 28 – April 2, 2026", "December 30, 2025 – January 4, 2026".
     */
    static String days(java.time.LocalDate first, java.time.LocalDate last) {
        DateTimeFormatter monthDay = DateTimeFormatter.ofPattern("MMMM d", Locale.US);
        if (first.equals(last)) {
            return DAY.format(first);
        }
        if (first.getYear() != last.getYear()) {
            return DAY.format(first) + " – " + DAY.format(last);
        }
        if (first.getMonth() != last.getMonth()) {
            return monthDay.format(first) + " – " + DAY.format(last);
        }
        return monthDay.format(first) + "–" + last.getDayOfMonth() + ", " + last.getYear();
    }

    /**
     * The {@code lang} attribute for residents' words in {@code language} (a BCP 47 tag), with a leading space, or
     * nothing when the language is unknown or not a well-formed tag (a document edited by hand cannot break out of
     * the attribute). The page itself is {@code lang="en"}; marking each quote lets a screen reader speak a Spanish
     * note in Spanish.
     */
    static String lang(String language) {
        return language == null || !language.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*") ? ""
                : " lang=\"" + language + "\"";
    }

    /**
     * User text (a resident's words, a theme label, a segment value) escaped and isolated in {@code <bdi>}, so a
     * right-to-left override (U+202E) or any other direction control in it cannot reorder the page around it.
     */
    static String user(String s) {
        return "<bdi>" + escape(s) + "</bdi>";
    }

    /**
     * User text escaped and isolated with the Unicode isolate controls FIRST STRONG ISOLATE ... POP DIRECTIONAL
     * ISOLATE, for places where markup cannot go (SVG text, a title or an attribute).
     */
    static String isolated(String s) {
        return "\u2068" + escape(s) + "\u2069";
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
