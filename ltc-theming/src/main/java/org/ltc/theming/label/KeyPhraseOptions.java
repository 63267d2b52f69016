package org.ltc.theming.label;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.plugin.Options;

/**
 * How {@link KeyPhraseLabeller} names themes; as properties under {@value #PREFIX}.
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
 */
public record KeyPhraseOptions(int maxWords, double minShare, int minNotes, double lambda, boolean codebook) {
    public static final String PREFIX = "ltc.labeller.key-phrases.";
    private static final Set<String> KNOWN = Set.of("max-words", "min-share", "min-notes", "lambda", "codebook");

    public KeyPhraseOptions {
        if (maxWords < 1 || maxWords > 8) {
            throw new InvalidOptionsException(PREFIX + "max-words", maxWords, "must be between 1 and 8");
        }
        if (!(minShare >= 0 && minShare <= 1)) {
            throw new InvalidOptionsException(PREFIX + "min-share", minShare, "must be between 0 and 1");
        }
        if (minNotes < 2 || minNotes > 1000) {
            throw new InvalidOptionsException(PREFIX + "min-notes", minNotes, "must be between 2 and 1000");
        }
        if (!(lambda >= 0 && lambda <= 1)) {
            throw new InvalidOptionsException(PREFIX + "lambda", lambda, "must be between 0 and 1");
        }
    }

    public static KeyPhraseOptions defaults() {
        return new KeyPhraseOptions(6, 0.1, 2, 0.7, true);
    }

    /** These options overridden by the properties under {@value #PREFIX}; an unknown one is an error. */
    public KeyPhraseOptions with(Map<String, String> properties) {
        Map<String, String> mine = Options.under(PREFIX, properties, KNOWN);
        return new KeyPhraseOptions(
                mine.containsKey("max-words") ? Options.intValue(PREFIX + "max-words", mine.get("max-words"), 1, 8)
                        : maxWords,
                mine.containsKey("min-share") ? Options.doubleValue(PREFIX + "min-share", mine.get("min-share"), 0, 1)
                        : minShare,
                mine.containsKey("min-notes") ? Options.intValue(PREFIX + "min-notes", mine.get("min-notes"), 2, 1000)
                        : minNotes,
                mine.containsKey("lambda") ? Options.doubleValue(PREFIX + "lambda", mine.get("lambda"), 0, 1) : lambda,
                mine.containsKey("codebook") ? Options.booleanValue(PREFIX + "codebook", mine.get("codebook"))
                        : codebook);
    }

    /** The options as properties; {@code with(toProperties())} gives these options back. */
    public Map<String, String> toProperties() {
        Map<String, String> p = new TreeMap<>();
        p.put(PREFIX + "max-words", Integer.toString(maxWords));
        p.put(PREFIX + "min-share", Double.toString(minShare));
        p.put(PREFIX + "min-notes", Integer.toString(minNotes));
        p.put(PREFIX + "lambda", Double.toString(lambda));
        p.put(PREFIX + "codebook", Boolean.toString(codebook));
        return p;
    }
}
