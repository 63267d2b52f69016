package org.ltc.theming.text;

import java.util.List;
import java.util.Locale;

/**
 * Labels themes in residents' own words. A list of key terms ("downtown, bring, empty") tells an analyst what
 * a cluster is about, but public knowledge is meant to be read by the community, in the words people used
 * (Harwood: "in their words, not ours"). So a theme's label is taken from its most representative note: the
 * first of the notes nearest the theme's centre that is short enough to read as a heading, or else the
 * opening clause of the nearest one, cut at a word boundary.
 *
 * <p>Stateless and thread-safe.
 */
public final class ThemeLabels {
    /** The most words a label holds. */
    public static final int MAX_WORDS = 10;
    /** The most characters a label holds. */
    public static final int MAX_CHARS = 72;

    private ThemeLabels() {
    }

    /**
     * A label from representative texts, most representative first. Texts that are mostly a redaction token
     * (e.g. {@code [address]}) are passed over.
     *
     * @param representative the theme's representative note texts, most central first
     * @param fallback       used when no text is usable (e.g. the key terms joined)
     */
    public static String inResidentsWords(List<String> representative, String fallback) {
        String first = null;
        for (String text : representative) {
            if (text == null) {
                continue;
            }
            String t = text.strip().replaceAll("\\s+", " ");
            if (t.isEmpty() || t.startsWith("[")) {
                continue;
            }
            if (first == null) {
                first = t;
            }
            if (words(t) <= MAX_WORDS && t.length() <= MAX_CHARS) {
                return tidy(t);
            }
            if (representative.indexOf(text) >= 2) {
                break; // further notes are less representative than a shortened central one
            }
        }
        if (first == null) {
            return fallback;
        }
        return tidy(openingClause(first));
    }

    /** The text up to its first sentence or clause break, cut at a word boundary within the limits. */
    static String openingClause(String text) {
        int end = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == ',' || c == '\u2014')
                    && words(text.substring(0, i)) >= 3) {
                end = i;
                break;
            }
        }
        String clause = text.substring(0, end).strip();
        String[] w = clause.split(" ");
        StringBuilder b = new StringBuilder();
        for (String word : w) {
            if (b.length() + word.length() + 1 > MAX_CHARS || countSpaces(b) + 1 >= MAX_WORDS) {
                b.append(" \u2026");
                break;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(word);
        }
        return b.toString();
    }

    /** Capitalises the first letter and drops a trailing full stop (a heading, not a sentence). */
    static String tidy(String label) {
        String t = label.strip();
        while (t.endsWith(".") && !t.endsWith("...")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (t.isEmpty()) {
            return t;
        }
        return t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static int countSpaces(StringBuilder b) {
        int n = 0;
        for (int i = 0; i < b.length(); i++) {
            if (b.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }
}
