package org.ltc.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.plugin.OptionInfo;
import org.ltc.model.plugin.OptionsBinder;
import org.ltc.theming.cluster.KMeansOptions;
import org.ltc.theming.codebook.CodebookOptions;
import org.ltc.theming.knowledge.PublicKnowledgeOptions;

/**
 * The options binder on every options record the tool knows: valid instances generated from the described
 * bounds survive {@code bind(toProperties(x))}, unknown keys are refused by name, and the README's option
 * table is the one the binder describes.
 */
class OptionsBinderProperties {
    @Property(tries = 300)
    void everyOptionsRecordRoundTripsThroughProperties(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (OptionsCatalog.Entry e : OptionsCatalog.entries()) {
            Record x = null;
            InvalidOptionsException last = null;
            // bounds are per option; a cross-option rule (e.g. maxK >= minK) can still refuse a draw: draw again
            for (int attempt = 0; attempt < 50 && x == null; attempt++) {
                Map<String, String> props = new TreeMap<>();
                for (OptionInfo o : e.options()) {
                    String v = value(o, random);
                    if (v != null) {
                        props.put(o.key(), v);
                    }
                }
                try {
                    x = OptionsBinder.bind(e.defaults(), e.prefix(), props);
                } catch (InvalidOptionsException cross) {
                    last = cross;
                }
            }
            assertTrue(x != null, e.name() + ": no valid draw in 50; last: " + last);
            assertEquals(x, OptionsBinder.bind(e.defaults(), e.prefix(), OptionsBinder.toProperties(x, e.prefix())),
                    e.name());
        }
    }

    /** A random valid value for one option, from its bounds, or {@code null} to leave the default. */
    private static String value(OptionInfo o, SplittableRandom r) {
        if (!o.choices().isEmpty()) {
            return o.choices().get(r.nextInt(o.choices().size()));
        }
        switch (o.type()) {
            case "true/false":
                return Boolean.toString(r.nextBoolean());
            case "whole number": {
                long lo = o.min() == null ? -1000 : (long) Math.ceil(o.min()) + (o.minInclusive() ? 0 : 1);
                long hi = o.max() == null ? lo + 1000 : (long) Math.floor(o.max()) - (o.maxInclusive() ? 0 : 1);
                hi = Math.min(hi, lo + 100_000);
                return Long.toString(r.nextInt(4) == 0 ? (r.nextBoolean() ? lo : hi) : r.nextLong(lo, hi + 1));
            }
            case "number": {
                double lo = o.min() == null ? -1e6 : o.min();
                double hi = o.max() == null ? 1e6 : o.max();
                double v = r.nextInt(4) == 0 ? (r.nextBoolean() ? lo : hi) : lo + r.nextDouble() * (hi - lo);
                if ((v == lo && !o.minInclusive()) || (v == hi && !o.maxInclusive())) {
                    v = (lo + hi) / 2;
                }
                return Double.toString(v);
            }
            default:
                return null; // files and structured values keep their default
        }
    }

    @Example
    void theTwoRecordsThatOnceFailedTheirOwnRoundTripNowPass() {
        CodebookOptions c = CodebookOptions.defaults();
        assertEquals(c, c.withProperties(c.toProperties()));
        PublicKnowledgeOptions pk = PublicKnowledgeOptions.builder().quotesPerTheme(7)
                .expectedSegments(Map.of("area", java.util.List.of("North", "South"))).build();
        PublicKnowledgeOptions back = PublicKnowledgeOptions.defaults().withProperties(pk.toProperties());
        assertEquals(pk.quotesPerTheme(), back.quotesPerTheme());
        assertEquals(pk.expectedSegments(), back.expectedSegments());
        assertEquals(pk.disclosure(), back.disclosure());
    }

    @Example
    void builderAndBinderAgreeOnBounds() {
        KMeansOptions viaBuilder = KMeansOptions.builder().tolerance(0.9995).build();
        assertEquals(viaBuilder, KMeansOptions.bind(Map.of("ltc.theming.kmeans.tolerance", "0.9995")));
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class,
                () -> KMeansOptions.builder().tolerance(1.0).build());
        assertTrue(e.getMessage().contains("ltc.theming.kmeans.tolerance"), e.getMessage());
        assertThrows(InvalidOptionsException.class,
                () -> KMeansOptions.bind(Map.of("ltc.theming.kmeans.tolerance", "1.0")));
    }

    @Example
    void anUnknownKeyIsRefusedNamingItAndTheKnownOnes() {
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class,
                () -> KMeansOptions.bind(Map.of("ltc.theming.kmeans.restart", "3")));
        assertTrue(e.getMessage().contains("ltc.theming.kmeans.restart"), e.getMessage());
        assertTrue(e.getMessage().contains("ltc.theming.kmeans.restarts"), e.getMessage());
        assertTrue(e.getMessage().contains("ltc.theming.kmeans.text.*"), e.getMessage());
    }

    @Example
    void oldKebabCaseKeysStillWork() {
        assertEquals(4, PublicKnowledgeOptions.bind(Map.of("ltc.knowledge.quotes-per-theme", "4")).quotesPerTheme());
        assertEquals(3, CodebookOptions.bind(Map.of("ltc.theming.codebook.min-score", "3")).minScore());
        assertEquals(0, KMeansOptions.bind(Map.of("ltc.theming.kmeans.k", "auto")).k());
    }

    /** The README's option tables are generated: {@code -Dltc.readme.update=true} rewrites them. */
    @Example
    void theReadmeOptionTablesAreTheOnesTheBinderDescribes() throws IOException {
        Path readme = Path.of("..", "README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        String begin = "<!-- options:begin (generated by OptionsBinderProperties; do not edit) -->\n";
        String end = "<!-- options:end -->";
        int a = text.indexOf(begin);
        int b = text.indexOf(end);
        assertTrue(a >= 0 && b > a, "README has the generated options section");
        String expected = OptionsCatalog.markdown();
        String actual = text.substring(a + begin.length(), b);
        if (!expected.equals(actual) && Boolean.getBoolean("ltc.readme.update")) {
            Files.writeString(readme, text.substring(0, a + begin.length()) + expected + text.substring(b),
                    StandardCharsets.UTF_8);
            return;
        }
        assertEquals(expected, actual, "README options section; regenerate with -Dltc.readme.update=true");
    }
}
