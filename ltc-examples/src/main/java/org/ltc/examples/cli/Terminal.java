package org.ltc.examples.cli;

/**
 * Text from residents' notes or input files made safe to print on a terminal: control characters (C0, DEL, C1),
 * which can set a window title, write to the clipboard (OSC 52) or clear the screen, and bidirectional
 * controls, which can reorder what a person reads (U+202E), are shown as {@code \u001B}-style escapes instead
 * of being sent raw. A tab is kept; a line break becomes {@code \n}, so one message stays one line.
 */
final class Terminal {
    private Terminal() {
    }

    static String visible(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = c == '\t' ? null : c == '\n' ? "\\n" : c == '\r' ? "\\r" : hidden(c)
                    ? String.format(java.util.Locale.ROOT, "\\u%04X", (int) c) : null;
            if (r != null && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                if (r != null) {
                    b.append(r);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }

    private static boolean hidden(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200E || c == 0x200F || c == 0x061C;
    }
}
