package org.ltc.calibration.signals;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ltc.model.InvalidOptionsException;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.ltc.model.plugin.Option;
import org.ltc.model.plugin.OptionsBinder;
import org.ltc.model.plugin.OptionsNamespace;

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
 * @param includeRejected read notes a moderator rejected too (property {@code includeRejected}, formerly {@code include-rejected}, default false)
 */
@OptionsNamespace("ltc.calibration.signals")
public record SignalsOptions(
        @Option("A signal lexicon JSON file for the framework (built-in: the calibrator's own).") String lexicon,
        @Option("Pseudo-count added to every stage's signal weight.")
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") double smoothing,
        @Option("Exponent on the smoothed weights: above 1 sharpens, below 1 flattens.")
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("10") double sharpness,
        @Option("Weigh each note by how others voted on it.") boolean votes,
        @Option("What to read: auto (notes when given, else themes), notes, themes or both.") String text,
        @Option(value = "Read notes a moderator rejected too.", aliases = "include-rejected")
        boolean includeRejected) {
    /** The property prefix. */
    public static final String PREFIX = "ltc.calibration.signals.";
    private static final String BUILT_IN = "built-in";
    private static final Set<String> TEXTS = Set.of("auto", "notes", "themes", "both");

    public SignalsOptions {
        lexicon = lexicon == null || lexicon.isBlank() || lexicon.equals(BUILT_IN) ? null : lexicon;
        text = text == null ? null : text.trim().toLowerCase(Locale.ROOT);
        OptionsBinder.check(SignalsOptions.class, lexicon, smoothing, sharpness, votes, text, includeRejected);
        if (text == null || !TEXTS.contains(text)) {
            throw new InvalidOptionsException(PREFIX + "text", text, "must be one of auto, notes, themes, both");
        }
    }

    /** The defaults: the calibrator's lexicon, smoothing 1, sharpness 1, votes on, text auto, rejected notes left out. */
    public static SignalsOptions defaults() {
        return new SignalsOptions(null, 1, 1, true, "auto", false);
    }

    /** The defaults overridden by {@code ltc.calibration.signals.*} properties. */
    public static SignalsOptions bind(Map<String, String> properties) {
        return defaults().withProperties(properties);
    }

    /** These options with any {@code ltc.calibration.signals.*} properties applied; unknown keys there fail. */
    public SignalsOptions withProperties(Map<String, String> properties) {
        return OptionsBinder.bind(this, properties);
    }

    /** The options as properties, defaults included (what provenance records; the built-in lexicon by name). */
    public Map<String, String> toProperties() {
        Map<String, String> p = new TreeMap<>(OptionsBinder.toProperties(this));
        p.putIfAbsent(PREFIX + "lexicon", BUILT_IN);
        return p;
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
