package org.ltc.model.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;
import org.ltc.model.provenance.RedactionSummary;

/**
 * Removes personal data from free text before anything is themed or written: e-mail addresses, phone numbers,
 * street addresses and names a host lists, each replaced by a token such as {@code [email]}, with counts of
 * what was replaced (never the removed text itself).
 *
 * <p>How it works: each kind has its own detector (precompiled regular expressions for e-mail, phone and
 * address; a word-token lookup for listed names, so a list of thousands of names costs one pass over the
 * text). All spans are found on the original text, overlaps are resolved (earliest first, then longest), and
 * the text is rebuilt once, so a replacement token is never itself matched again and the counts are exact.
 * Detectors that need a digit or an {@code @} are skipped for text without one.
 *
 * <p>Known limits (it is a pattern matcher, not a named-entity recogniser; a person should still read what
 * is published):
 * <ul>
 *   <li>E-mail: standard {@code local@domain.tld} forms only; spelled-out forms ("jo at example dot org") pass.</li>
 *   <li>Phone: North American numbers (optional {@code +1}, area code, exchange beginning 2-9, seven-digit
 *       local numbers with a separator, as in {@code 555-0134}) and international numbers written with
 *       {@code +} or {@code 00} and a country code (8 to 15 digits). National forms of other countries
 *       without the country code (e.g. UK {@code 020 7946 0958}) are not recognised. A number range whose
 *       first part starts with 2-9, such as {@code 250-1000}, reads as a local phone number and is redacted.</li>
 *   <li>Address: a house number, one to three capitalised words (or an ordinal such as {@code 5th}) and a
 *       street suffix ({@code St, Street, Ave, Road, Blvd, Lane, Drive, Court, Place, Way, ...}), with an
 *       optional unit ({@code Apt 4B}); lower case only in the short form {@code 42 elm street}. A street
 *       named without a number ("Main Street is busy") is kept on purpose; a number plus street without a
 *       suffix ("123 Main"), PO boxes, postcodes and cities are not recognised. A year (1800-2099) just before a
 *       street name after "in", "since", "by" and the like ("in 2019 Main Street flooded") is kept, so an
 *       address with such a house number after such a word ("by 1920 Oak Street") is missed.</li>
 *   <li>Names: only names the host lists, matched case-insensitively as whole words (so "Ann" does not match
 *       "Annapolis", but a listed "Hope" also removes the word "hope"). Unlisted names pass.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe: build one per set of options and share it.
 */
public final class Redactor {
    /** Written instead of a note whose whole text was removed (an empty token can leave nothing). */
    public static final String EMPTY_TEXT = "[redacted]";

    /** The domain of an e-mail address: dot-separated labels and a top-level domain of letters. */
    private static final Pattern EMAIL_DOMAIN = Pattern.compile(
            "(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-]{0,61}[\\p{L}\\p{N}])?\\.){1,8}\\p{L}{2,24}");
    private static final int MAX_LOCAL_PART = 64;
    private static final int MAX_DOMAIN = 255;

    private static final String SEP = "[ .\\-\\u00a0]";
    private static final Pattern PHONE_NORTH_AMERICA = Pattern.compile(
            "(?=[+(\\d])(?<![\\w+])(?:\\+?1" + SEP + "?)?(?:\\([2-9]\\d{2}\\)" + SEP + "?|[2-9]\\d{2}" + SEP + "?)"
                    + "[2-9]\\d{2}" + SEP + "?\\d{4}(?:\\s?(?:x|ext\\.?)\\s?\\d{1,5})?(?![\\w])"
                    + "|(?=\\d)(?<![\\w+\\-.])[2-9]\\d{2}[\\-.]\\d{4}(?![\\w]|[\\-.]\\d)");
    private static final Pattern PHONE_INTERNATIONAL = Pattern.compile(
            "(?=[+0])(?<![\\w+])(?:\\+|00)[1-9]\\d{0,2}(?:" + SEP + "?(?:\\(\\d{1,5}\\)|\\d{1,5})){1,6}(?![\\w])");

    private static final String SUFFIX = "(?:Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct"
            + "|Place|Pl|Way|Terrace|Ter|Circle|Cir|Highway|Hwy|Parkway|Pkwy|Square|Sq|Trail|Trl|Crescent|Cres"
            + "|Row|Alley|Pike|Plaza|Loop)";
    /** Not a year after a word of time ("in 2019 Main Street flooded"); "by 214 Elm Street" is still an address. */
    private static final String NOT_AFTER_TIME_WORD =
            "(?!(?<=\\b(?i:in|since|by|until|from|before|after|during|of|year|around|circa|ca\\.)\\s)"
                    + "(?:1[89]|20)\\d\\d\\b)";
    private static final String UNIT = "(?:,?\\s+(?:Apt|Apartment|Unit|Suite|Ste|#)\\.?\\s*#?[\\p{L}\\p{N}]{1,6}\\b)?";
    private static final Pattern ADDRESS = Pattern.compile(
            "(?=\\d)(?<![\\w.,\\-])" + NOT_AFTER_TIME_WORD + "\\d{1,6}[A-Za-z]?(?:-\\d{1,4})?,?\\s+"
                    + "(?:(?:North|South|East|West|[NSEW]\\.?)\\s+)?"
                    + "(?:(?:\\p{Lu}[\\p{L}'\\u2019.\\-]*|\\d{1,3}(?:st|nd|rd|th))\\s+){1,3}"
                    + "(?i:" + SUFFIX + ")(?![\\p{L}\\p{N}])\\.?" + UNIT
                    + "|(?=\\d)(?<![\\w.,\\-])" + NOT_AFTER_TIME_WORD + "\\d{1,6}\\s+(?!(?i:" + SUFFIX + ")\\b)[a-z]{2,20}\\s+"
                    + "(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr)(?![\\p{L}\\p{N}])\\.?" + UNIT);

    private final RedactionOptions options;
    private final NameIndex names;

    private Redactor(RedactionOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.names = options.redacts(RedactionKind.NAME) ? new NameIndex(options.names()) : null;
    }

    /** A redactor with the given options. */
    public static Redactor create(RedactionOptions options) {
        return new Redactor(options);
    }

    /** A redactor with {@link RedactionOptions#defaults()}: e-mail, phone and address on, no names listed. */
    public static Redactor defaults() {
        return new Redactor(RedactionOptions.defaults());
    }

    public RedactionOptions options() {
        return options;
    }

    /**
     * Redacts one text. The summary's {@code notesChanged} is 1 when anything was replaced, else 0.
     * {@code null} is not accepted.
     */
    public Redacted<String> redact(String text) {
        Objects.requireNonNull(text, "text");
        List<Span> spans = find(text);
        if (spans.isEmpty()) {
            return new Redacted<>(text, RedactionSummary.none());
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        EnumMap<RedactionKind, Integer> counts = new EnumMap<>(RedactionKind.class);
        int at = 0;
        for (Span s : spans) {
            sb.append(text, at, s.start).append(options.token(s.kind));
            counts.merge(s.kind, 1, Integer::sum);
            at = s.end;
        }
        sb.append(text, at, text.length());
        String out = sb.toString();
        if (out.isBlank()) {
            out = EMPTY_TEXT;
        }
        return new Redacted<>(out, summary(counts, 1));
    }

    /** Redacts a note's text; everything else about the note is kept. */
    public Redacted<Note> redact(Note note) {
        Redacted<String> r = redact(note.text());
        return r.changed() ? new Redacted<>(note.withText(r.value()), r.summary())
                : new Redacted<>(note, r.summary());
    }

    /**
     * Redacts the text of every note in a set. The returned set's {@link ConversationSet#redaction()} is this
     * redaction's summary added to any summary the set already carried (counts accumulate over passes); the
     * returned {@link Redacted#summary()} is this pass alone.
     */
    public Redacted<ConversationSet> redact(ConversationSet set) {
        List<Note> out = new ArrayList<>(set.notes().size());
        EnumMap<RedactionKind, Integer> counts = new EnumMap<>(RedactionKind.class);
        int changed = 0;
        for (Note n : set.notes()) {
            Redacted<Note> r = redact(n);
            out.add(r.value());
            if (r.changed()) {
                changed++;
                for (RedactionKind k : RedactionKind.values()) {
                    int c = r.count(k);
                    if (c > 0) {
                        counts.merge(k, c, Integer::sum);
                    }
                }
            }
        }
        RedactionSummary pass = summary(counts, changed);
        RedactionSummary total = set.redaction() == null ? pass : set.redaction().plus(pass);
        return new Redacted<>(set.withNotes(out, total), pass);
    }

    private static RedactionSummary summary(Map<RedactionKind, Integer> counts, int changed) {
        Map<String, Integer> byId = new TreeMap<>();
        counts.forEach((k, v) -> byId.put(k.id(), v));
        return new RedactionSummary(byId, changed);
    }

    /** Every span to replace, sorted by start, without overlaps. */
    private List<Span> find(String text) {
        List<Span> spans = new ArrayList<>();
        boolean hasDigit = false;
        boolean hasAt = false;
        for (int i = 0; i < text.length() && !(hasDigit && hasAt); i++) {
            char c = text.charAt(i);
            hasDigit |= c >= '0' && c <= '9';
            hasAt |= c == '@';
        }
        if (hasAt && options.redacts(RedactionKind.EMAIL)) {
            emails(text, spans);
        }
        if (hasDigit && options.redacts(RedactionKind.PHONE)) {
            collect(PHONE_NORTH_AMERICA, text, RedactionKind.PHONE, spans);
            Matcher m = PHONE_INTERNATIONAL.matcher(text);
            int from = 0;
            while (from < text.length() && m.find(from)) {
                // The 00 international call prefix is not part of the number.
                int digits = text.charAt(m.start()) == '0' ? -2 : 0;
                for (int i = m.start(); i < m.end(); i++) {
                    digits += Character.isDigit(text.charAt(i)) ? 1 : 0;
                }
                // E.164 allows at most 15 digits; a longer run may be two numbers side by side, so look again
                // one character on rather than skipping the whole run.
                if (digits >= 8 && digits <= 15) {
                    spans.add(new Span(m.start(), m.end(), RedactionKind.PHONE));
                    from = m.end();
                } else {
                    from = m.start() + 1;
                }
            }
        }
        if (hasDigit && options.redacts(RedactionKind.ADDRESS)) {
            collect(ADDRESS, text, RedactionKind.ADDRESS, spans);
        }
        if (names != null) {
            names.find(text, spans);
        }
        if (spans.size() < 2) {
            return spans;
        }
        spans.sort(Comparator.comparingInt((Span s) -> s.start).thenComparingInt(s -> -(s.end - s.start))
                .thenComparing(s -> s.kind));
        List<Span> kept = new ArrayList<>(spans.size());
        int end = -1;
        for (Span s : spans) {
            if (s.start >= end) {
                kept.add(s);
                end = s.end;
            }
        }
        return kept;
    }

    /**
     * E-mail addresses, found from each {@code @} outwards: the local part is the run of letters, digits and
     * {@code . _ % + -} before it (1 to 64), the domain the run of letters, digits, dots and hyphens after it,
     * less a trailing dot or hyphen (the end of a sentence), checked against {@link #EMAIL_DOMAIN}. Linear in
     * the text, where a regular expression tried at every position was the redactor's slowest part.
     */
    private static void emails(String text, List<Span> spans) {
        int from = 0;
        int at;
        while ((at = text.indexOf('@', from)) >= 0) {
            from = at + 1;
            int start = at;
            while (start > 0 && isLocal(text.charAt(start - 1)) && at - start < MAX_LOCAL_PART) {
                start--;
            }
            if (start == at || (start > 0 && isLocal(text.charAt(start - 1)))) {
                continue; // nothing before the @, or a local part longer than 64
            }
            int end = at + 1;
            while (end < text.length() && end - at <= MAX_DOMAIN && isDomain(text.charAt(end))) {
                end++;
            }
            while (end > at + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
                end--;
            }
            if (end > at + 1 && EMAIL_DOMAIN.matcher(text).region(at + 1, end).matches()) {
                spans.add(new Span(start, end, RedactionKind.EMAIL));
                from = end;
            }
        }
    }

    private static boolean isLocal(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isDomain(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '-';
    }

    private static void collect(Pattern p, String text, RedactionKind kind, List<Span> spans) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            spans.add(new Span(m.start(), m.end(), kind));
        }
    }

    @Override
    public String toString() {
        return "Redactor[" + options + "]";
    }

    private record Span(int start, int end, RedactionKind kind) {
    }

    /**
     * Listed names, looked up word by word: a name is a sequence of word tokens (runs of letters and digits)
     * with the separators between them; a text matches where the same tokens, compared in lower case, follow
     * each other with the same separators (any run of white space counting as one space).
     */
    private static final class NameIndex {
        private final Map<String, List<String[]>> byFirstToken = new HashMap<>();

        NameIndex(List<String> names) {
            for (String name : names) {
                int[] bounds = tokens(name);
                if (bounds.length == 0) {
                    continue;
                }
                // parts: token0, gap0, token1, gap1, ..., tokenN (all lower case, gaps normalised).
                String[] parts = new String[bounds.length - 1];
                for (int t = 0; t < bounds.length / 2; t++) {
                    parts[2 * t] = lower(name.substring(bounds[2 * t], bounds[2 * t + 1]));
                    if (t > 0) {
                        parts[2 * t - 1] = gap(name, bounds[2 * t - 1], bounds[2 * t]);
                    }
                }
                byFirstToken.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts);
            }
            // Longest names first, so "Mary Ann Lee" wins over "Mary".
            byFirstToken.values().forEach(l -> l.sort(Comparator.comparingInt((String[] a) -> -a.length)));
        }

        void find(String text, List<Span> spans) {
            int[] b = tokens(text);
            int n = b.length / 2;
            String[] lowered = new String[n];
            for (int t = 0; t < n; t++) {
                String first = lowered[t] != null ? lowered[t] : (lowered[t] = lower(text.substring(b[2 * t], b[2 * t + 1])));
                List<String[]> candidates = byFirstToken.get(first);
                if (candidates == null) {
                    continue;
                }
                for (String[] parts : candidates) {
                    int len = (parts.length + 1) / 2;
                    if (t + len > n) {
                        continue;
                    }
                    boolean ok = true;
                    for (int k = 1; k < len && ok; k++) {
                        int tok = t + k;
                        if (lowered[tok] == null) {
                            lowered[tok] = lower(text.substring(b[2 * tok], b[2 * tok + 1]));
                        }
                        ok = lowered[tok].equals(parts[2 * k])
                                && gap(text, b[2 * tok - 1], b[2 * tok]).equals(parts[2 * k - 1]);
                    }
                    if (ok) {
                        spans.add(new Span(b[2 * t], b[2 * (t + len - 1) + 1], RedactionKind.NAME));
                        t += len - 1;
                        break;
                    }
                }
            }
        }

        private static String lower(String s) {
            return s.toLowerCase(Locale.ROOT);
        }

        private static String gap(String s, int from, int to) {
            return s.substring(from, to).replaceAll("\\s+", " ");
        }

        /** Start and end (exclusive) of each word token, flattened: [s0, e0, s1, e1, ...]. */
        private static int[] tokens(String s) {
            int[] out = new int[16];
            int n = 0;
            int i = 0;
            while (i < s.length()) {
                int cp = s.codePointAt(i);
                if (isWord(cp)) {
                    int start = i;
                    while (i < s.length() && isWord(s.codePointAt(i))) {
                        i += Character.charCount(s.codePointAt(i));
                    }
                    if (n + 2 > out.length) {
                        out = Arrays.copyOf(out, out.length * 2);
                    }
                    out[n++] = start;
                    out[n++] = i;
                } else {
                    i += Character.charCount(cp);
                }
            }
            return Arrays.copyOf(out, n);
        }

        private static boolean isWord(int cp) {
            return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
        }
    }
}
