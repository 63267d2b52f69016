package org.ltc.examples.report;

/** HTML escaping for text and attribute values. */
final class Html {
    private Html() {
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
