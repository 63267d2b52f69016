package org.ltc.model.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Personal data embedded at random in random text is gone after redaction, and the counts match what was
 * embedded. The filler text uses only the letters a-m (so it cannot spell a listed name, which uses n-z, nor
 * a word like "in" or "by" that guards a year before a street name) and no digits or {@code @}.
 */
class RedactorProperties {
    private record Pii(RedactionKind kind, String text) {
    }

    @Property(tries = 300)
    void embeddedPersonalDataIsRemovedAndCounted(@ForAll("pieces") List<Object> pieces,
                                                 @ForAll("names") List<String> listed) {
        // Each Pii of kind NAME uses a listed name; choose one by position.
        List<String> parts = new ArrayList<>();
        Map<RedactionKind, Integer> expected = new EnumMap<>(RedactionKind.class);
        List<String> secrets = new ArrayList<>();
        int i = 0;
        boolean lastWasPii = false;
        for (Object o : pieces) {
            if (o instanceof Pii && lastWasPii) {
                // Two numbers side by side with only a space between are ambiguous even to a reader.
                parts.add("and");
            }
            lastWasPii = o instanceof Pii;
            if (o instanceof Pii p) {
                String s = p.kind == RedactionKind.NAME ? listed.get(i++ % listed.size()) : p.text;
                parts.add(s);
                secrets.add(s);
                expected.merge(p.kind, 1, Integer::sum);
            } else {
                parts.add((String) o);
            }
        }
        String text = String.join(" ", parts);
        Redacted<String> r = Redactor.create(RedactionOptions.builder().names(listed).build()).redact(text);
        for (String secret : secrets) {
            assertFalse(r.value().contains(secret), () -> "'" + secret + "' survived in: " + r.value());
        }
        for (RedactionKind k : RedactionKind.values()) {
            assertEquals(expected.getOrDefault(k, 0), r.count(k), () -> k + " in: " + text + " -> " + r.value());
        }
        assertEquals(expected.isEmpty() ? 0 : 1, r.summary().notesChanged());
    }

    @Property(tries = 200)
    void textWithoutPersonalDataIsUnchanged(@ForAll("filler") String filler, @ForAll @IntRange(max = 3000) int n) {
        // Small numbers, years and counts in ordinary prose stay.
        String text = filler + " " + n + " " + filler + " in " + (1900 + n % 200) + " " + filler;
        assertEquals(text, Redactor.defaults().redact(text).value());
    }

    @Provide
    Arbitrary<List<Object>> pieces() {
        Arbitrary<Object> piece = Arbitraries.oneOf(filler().map(s -> (Object) s), pii().map(p -> (Object) p));
        return piece.list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<String> filler() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'm').ofMinLength(1).ofMaxLength(9);
        Arbitrary<String> punct = Arbitraries.of("", ",", ".", "!", ";", " -");
        return Combinators.combine(word.list().ofMinSize(1).ofMaxSize(6), punct)
                .as((w, p) -> String.join(" ", w) + p);
    }

    @Provide
    Arbitrary<List<String>> names() {
        Arbitrary<String> part = Arbitraries.strings().withCharRange('n', 'z').ofMinLength(2).ofMaxLength(8)
                .map(s -> Character.toUpperCase(s.charAt(0)) + s.substring(1));
        Arbitrary<String> name = Arbitraries.oneOf(part, Combinators.combine(part, part).as((a, b) -> a + " " + b));
        return name.list().ofMinSize(1).ofMaxSize(4).uniqueElements();
    }

    private Arbitrary<Pii> pii() {
        return Arbitraries.oneOf(email(), phone(), internationalPhone(), address(),
                Arbitraries.just(new Pii(RedactionKind.NAME, "")));
    }

    private Arbitrary<Pii> email() {
        Arbitrary<String> local = Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('.', '_', '+')
                .ofMinLength(1).ofMaxLength(20).filter(s -> Character.isLetterOrDigit(s.charAt(0)));
        Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> tld = Arbitraries.of("org", "com", "net", "edu", "us", "co.uk", "info");
        return Combinators.combine(local, label, tld).as((l, d, t) -> new Pii(RedactionKind.EMAIL, l + "@" + d + "." + t));
    }

    private Arbitrary<Pii> phone() {
        Arbitrary<Integer> area = Arbitraries.integers().between(200, 999);
        Arbitrary<Integer> exchange = Arbitraries.integers().between(200, 999);
        Arbitrary<Integer> line = Arbitraries.integers().between(0, 9999);
        Arbitrary<String> format = Arbitraries.of("(%d) %d-%04d", "%d-%d-%04d", "%d.%d.%04d", "%d %d %04d",
                "%d%d%04d", "+1 %d %d %04d", "1-%d-%d-%04d", "+1 (%d) %d-%04d");
        return Combinators.combine(format, area, exchange, line)
                .as((f, a, e, l) -> new Pii(RedactionKind.PHONE, String.format(f, a, e, l)));
    }

    private Arbitrary<Pii> internationalPhone() {
        Arbitrary<String> prefix = Arbitraries.of("+", "00");
        Arbitrary<Integer> country = Arbitraries.integers().between(20, 99);
        Arbitrary<String> group = Arbitraries.strings().numeric().ofMinLength(2).ofMaxLength(3); // 8-14 digits in all
        return Combinators.combine(prefix, country, group.list().ofMinSize(3).ofMaxSize(4))
                .as((p, c, g) -> new Pii(RedactionKind.PHONE, p + c + " " + String.join(" ", g)));
    }

    private Arbitrary<Pii> address() {
        Arbitrary<Integer> number = Arbitraries.integers().between(1, 99999);
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'm').ofMinLength(2).ofMaxLength(9)
                .map(s -> Character.toUpperCase(s.charAt(0)) + s.substring(1));
        Arbitrary<String> suffix = Arbitraries.of("Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard",
                "Lane", "Drive", "Court", "Place", "Way", "Terrace", "Parkway");
        return Combinators.combine(number, word.list().ofMinSize(1).ofMaxSize(3), suffix)
                .as((n, w, s) -> new Pii(RedactionKind.ADDRESS, n + " " + String.join(" ", w) + " " + s));
    }
}
