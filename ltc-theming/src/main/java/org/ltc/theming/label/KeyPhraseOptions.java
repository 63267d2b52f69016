package org.ltc.theming.label;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Map;
import org.ltc.model.plugin.Option;
import org.ltc.model.plugin.OptionsBinder;
import org.ltc.model.plugin.OptionsNamespace;

/**
 * How {@link KeyPhraseLabeller} names themes; as properties under {@value #PREFIX}, bound by
 * {@link OptionsBinder} (camelCase keys; the kebab-case ones, e.g. {@code max-words}, still work).
 *
 * @param maxWords  the most words a name holds (default 6, at most 8)
 * @param minShare  a phrase must appear in at least this share of a theme's notes (default 0.1), and always
 *                  in at least {@code minNotes}
 * @param minNotes  the fewest notes a phrase must appear in (default 2): one note's wording, a typo or a
 *                  shouted word never becomes a name
 * @param lambda    maximal marginal relevance: the weight of relevance against novelty when a second phrase
 *                  is added (default 0.7)
 * @param codebook  whether a theme is named by the codebook code most of its notes match, when one does
 *                  (default true)
 * @param sampleNotes a theme with more notes than this is named from a sample of this many of them, the same
 *                  notes on every run (default 500, as BERTopic samples 500 documents per topic); how the conversation uses its words is read from at most
 *                  ten times as many notes. Conversations of ordinary size are read whole.
 */
@OptionsNamespace("ltc.labeller.key-phrases")
public record KeyPhraseOptions(
        @Option(value = "The most words a name holds.", aliases = "max-words") @Min(1) @Max(8) int maxWords,
        @Option(value = "A phrase must appear in at least this share of a theme's notes.", aliases = "min-share")
        @DecimalMin("0") @DecimalMax("1") double minShare,
        @Option(value = "The fewest notes a phrase must appear in.", aliases = "min-notes") @Min(2) @Max(1000)
        int minNotes,
        @Option("Maximal marginal relevance: the weight of relevance against novelty.") @DecimalMin("0")
        @DecimalMax("1") double lambda,
        @Option("Name a theme by the codebook code most of its notes match, when one does.") boolean codebook,
        @Option("A theme with more notes is named from a sample of this many (the same on every run); word usage is"
                + " read from at most ten times as many notes.") @Min(100) @Max(100_000_000) int sampleNotes) {
    public static final String PREFIX = "ltc.labeller.key-phrases.";

    public KeyPhraseOptions {
        OptionsBinder.check(KeyPhraseOptions.class, maxWords, minShare, minNotes, lambda, codebook, sampleNotes);
    }

    /** The options before {@code sampleNotes} was added: a sample of the default size. */
    public KeyPhraseOptions(int maxWords, double minShare, int minNotes, double lambda, boolean codebook) {
        this(maxWords, minShare, minNotes, lambda, codebook, 500);
    }

    public static KeyPhraseOptions defaults() {
        return new KeyPhraseOptions(6, 0.1, 2, 0.7, true);
    }

    /** These options overridden by the properties under {@value #PREFIX}; an unknown one is an error. */
    public KeyPhraseOptions withProperties(Map<String, String> properties) {
        return OptionsBinder.bind(this, properties);
    }

    /** Same as {@link #withProperties(Map)}. */
    public KeyPhraseOptions with(Map<String, String> properties) {
        return withProperties(properties);
    }

    /** The options as properties; {@code withProperties(toProperties())} gives these options back. */
    public Map<String, String> toProperties() {
        return OptionsBinder.toProperties(this);
    }
}
