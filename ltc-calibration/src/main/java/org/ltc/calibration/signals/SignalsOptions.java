package org.ltc.calibration.signals;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.plugin.Options;

/**
 * Options of the {@code signals} calibrator, also readable from {@code ltc.calibration.signals.*} properties.
 *
 * @param lexicon         a host lexicon file replacing the calibrator's, or {@code null} (property
 *                        {@code lexicon})
 * @param smoothing       pseudo-count added to every stage's signal weight (property {@code smoothing},
 *                        default 1, in (0, 1000])
 * @param sharpness       exponent on the smoothed weights: 1 gives probabilities proportional to them, more
 *                        sharpens, less flattens (property {@code sharpness}, default 1, in (0, 10])
 * @param votes           weigh each note by how others voted on it (property {@code votes}, default true)
 * @param text            what to read: {@code auto} (notes when given, else themes), {@code notes},
 *                        {@code themes} or {@code both} (property {@code text})
 * @param includeRejected read notes a moderator rejected too (property {@code include-rejected}, default false)
 */
public record SignalsOptions(String lexicon, double smoothing, double sharpness, boolean votes, String text,
                             boolean includeRejected) {
    /** The property prefix. */
    public static final String PREFIX = "ltc.calibration.signals.";
    private static final Set<String> KNOWN = Set.of("lexicon", "smoothing", "sharpness", "votes", "text",
            "include-rejected");
    private static final Set<String> TEXTS = Set.of("auto", "notes", "themes", "both");

    public SignalsOptions {
        lexicon = lexicon == null || lexicon.isBlank() ? null : lexicon;
        if (!(smoothing > 0 && smoothing <= 1000)) {
            throw new InvalidOptionsException(PREFIX + "smoothing", String.valueOf(smoothing), "must be in (0, 1000]");
        }
        if (!(sharpness > 0 && sharpness <= 10)) {
            throw new InvalidOptionsException(PREFIX + "sharpness", String.valueOf(sharpness), "must be in (0, 10]");
        }
        if (text == null || !TEXTS.contains(text)) {
            throw new InvalidOptionsException(PREFIX + "text", text, "must be one of auto, notes, themes, both");
        }
    }

    /** The defaults: the calibrator's lexicon, smoothing 1, sharpness 1, votes on, text auto, rejected notes left out. */
    public static SignalsOptions defaults() {
        return new SignalsOptions(null, 1, 1, true, "auto", false);
    }

    /** These options with any {@code ltc.calibration.signals.*} properties applied; other keys are ignored. */
    public SignalsOptions withProperties(Map<String, String> properties) {
        Map<String, String> mine = Options.under(PREFIX, properties, KNOWN);
        String lx = lexicon;
        double sm = smoothing;
        double sh = sharpness;
        boolean vo = votes;
        String tx = text;
        boolean ir = includeRejected;
        for (Map.Entry<String, String> e : mine.entrySet()) {
            String property = PREFIX + e.getKey();
            String value = e.getValue();
            switch (e.getKey()) {
                case "lexicon" -> lx = value;
                case "smoothing" -> sm = positive(property, value, 1000);
                case "sharpness" -> sh = positive(property, value, 10);
                case "votes" -> vo = Options.booleanValue(property, value);
                case "text" -> tx = value.trim().toLowerCase(Locale.ROOT);
                case "include-rejected" -> ir = Options.booleanValue(property, value);
                default -> throw new IllegalStateException(e.getKey());
            }
        }
        return new SignalsOptions(lx, sm, sh, vo, tx, ir);
    }

    /** The options as properties, defaults included (what provenance records). */
    public Map<String, String> toProperties() {
        Map<String, String> p = new TreeMap<>();
        p.put(PREFIX + "lexicon", lexicon == null ? "built-in" : lexicon);
        p.put(PREFIX + "smoothing", String.valueOf(smoothing));
        p.put(PREFIX + "sharpness", String.valueOf(sharpness));
        p.put(PREFIX + "votes", String.valueOf(votes));
        p.put(PREFIX + "text", text);
        p.put(PREFIX + "include-rejected", String.valueOf(includeRejected));
        return p;
    }

    private static double positive(String property, String value, double max) {
        double v = Options.doubleValue(property, value, 0, max);
        if (v <= 0) {
            throw new InvalidOptionsException(property, value, "must be greater than 0");
        }
        return v;
    }

    public SignalsOptions withLexicon(String value) {
        return new SignalsOptions(value, smoothing, sharpness, votes, text, includeRejected);
    }

    public SignalsOptions withSmoothing(double value) {
        return new SignalsOptions(lexicon, value, sharpness, votes, text, includeRejected);
    }

    public SignalsOptions withSharpness(double value) {
        return new SignalsOptions(lexicon, smoothing, value, votes, text, includeRejected);
    }

    public SignalsOptions withVotes(boolean value) {
        return new SignalsOptions(lexicon, smoothing, sharpness, value, text, includeRejected);
    }

    public SignalsOptions withText(String value) {
        return new SignalsOptions(lexicon, smoothing, sharpness, votes, value, includeRejected);
    }

    public SignalsOptions withIncludeRejected(boolean value) {
        return new SignalsOptions(lexicon, smoothing, sharpness, votes, text, value);
    }
}
