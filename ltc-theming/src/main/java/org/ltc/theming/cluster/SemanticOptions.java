package org.ltc.theming.cluster;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.plugin.Options;

/**
 * Options of the {@code semantic} themer, as request properties under {@code ltc.theming.semantic.} (e.g.
 * {@code ltc.theming.semantic.k=40}, {@code ltc.theming.semantic.topK=8}).
 *
 * @param k                the number of finest themes (sub-themes), or 0 to choose it automatically
 * @param topK             the number of top-level themes, or 0 to choose it automatically (4 to 12 for a few
 *                         hundred notes, growing with the cube root of their number, at most 20)
 * @param minK             the smallest finest count tried when choosing automatically
 * @param maxK             the largest finest count tried when choosing automatically (capped at a fifth of
 *                         the notes)
 * @param restarts         k-means++ restarts pooled into the consensus
 * @param maxIterations    the most Lloyd iterations per run
 * @param sampleSize       restarts and the choice of k run on at most this many notes (a seeded sample)
 * @param outlierMads      a note less similar to its theme's centre than the theme's median similarity minus
 *                         this many scaled median absolute deviations is an outlier, listed unassigned; 0 keeps
 *                         every note in a theme
 * @param minThemeSize     a finest theme with fewer notes is dissolved and its notes listed unassigned
 * @param languages        {@code auto} (apart with a model for one language, together with a multilingual
 *                         one), {@code apart} (each language with enough notes themed among its own notes) or
 *                         {@code together}
 * @param minLanguageNotes a language with at least this many notes is themed among its own notes when apart;
 *                         fewer make one theme of their own
 * @param keyTerms         how many key terms each theme lists
 * @param quotes           how many representative quotes each theme carries
 * @param center           centre each language group's vectors on their mean before clustering
 */
public record SemanticOptions(int k, int topK, int minK, int maxK, int restarts, int maxIterations, int sampleSize,
                              double outlierMads, int minThemeSize, String languages, int minLanguageNotes,
                              int keyTerms, int quotes, boolean center) {
    /** The property prefix. */
    public static final String PREFIX = "ltc.theming.semantic.";
    /** The most top-level themes. */
    public static final int MAX_TOP = 20;
    private static final Set<String> NAMES = Set.of("k", "topK", "minK", "maxK", "restarts", "maxIterations",
            "sampleSize", "outlierMads", "minThemeSize", "languages", "minLanguageNotes", "keyTerms", "quotes", "center");

    public SemanticOptions {
        check("k", k, 0, 100_000);
        check("topK", topK, 0, MAX_TOP);
        check("minK", minK, 2, 100_000);
        check("maxK", maxK, minK, 100_000);
        check("restarts", restarts, 1, 1000);
        check("maxIterations", maxIterations, 1, 10_000);
        check("sampleSize", sampleSize, 100, Integer.MAX_VALUE);
        if (!(outlierMads >= 0 && outlierMads <= 100)) {
            throw new InvalidOptionsException(PREFIX + "outlierMads", outlierMads, "must be in [0, 100]");
        }
        check("minThemeSize", minThemeSize, 1, 1000);
        languages = languages == null ? "auto" : languages.trim().toLowerCase(Locale.ROOT);
        if (!Set.of("auto", "apart", "together").contains(languages)) {
            throw new InvalidOptionsException(PREFIX + "languages", languages, "must be auto, apart or together");
        }
        check("minLanguageNotes", minLanguageNotes, 2, 100_000);
        check("keyTerms", keyTerms, 1, 100);
        check("quotes", quotes, 0, 100);
    }

    private static void check(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidOptionsException(PREFIX + name, value, "must be between " + min + " and " + max);
        }
    }

    /** The defaults: both levels chosen automatically. */
    public static SemanticOptions defaults() {
        return new SemanticOptions(0, 0, 2, 150, 20, 50, 5000, 3.0, 3, "auto", 10, 10, 3, true);
    }

    /** These options overridden by the request's {@code ltc.theming.semantic.*} properties; unknown names fail. */
    public SemanticOptions withProperties(Map<String, String> properties) {
        Map<String, String> own = new HashMap<>();
        properties.forEach((key, value) -> {
            if (key.startsWith(PREFIX)) {
                own.put(key, value);
            }
        });
        int[] i = {k, topK, minK, maxK, restarts, maxIterations, sampleSize, minThemeSize, minLanguageNotes, keyTerms,
            quotes};
        double[] mads = {outlierMads};
        String[] lang = {languages};
        boolean[] centre = {center};
        Options.under(PREFIX, own, NAMES).forEach((name, v) -> {
            String p = PREFIX + name;
            boolean auto = v.trim().equalsIgnoreCase("auto");
            switch (name) {
                case "k" -> i[0] = auto ? 0 : Options.intValue(p, v, 1, 100_000);
                case "topK" -> i[1] = auto ? 0 : Options.intValue(p, v, 1, MAX_TOP);
                case "minK" -> i[2] = Options.intValue(p, v, 2, 100_000);
                case "maxK" -> i[3] = Options.intValue(p, v, 2, 100_000);
                case "restarts" -> i[4] = Options.intValue(p, v, 1, 1000);
                case "maxIterations" -> i[5] = Options.intValue(p, v, 1, 10_000);
                case "sampleSize" -> i[6] = Options.intValue(p, v, 100, Integer.MAX_VALUE);
                case "minThemeSize" -> i[7] = Options.intValue(p, v, 1, 1000);
                case "minLanguageNotes" -> i[8] = Options.intValue(p, v, 2, 100_000);
                case "keyTerms" -> i[9] = Options.intValue(p, v, 1, 100);
                case "quotes" -> i[10] = Options.intValue(p, v, 0, 100);
                case "outlierMads" -> mads[0] = Options.doubleValue(p, v, 0, 100);
                case "languages" -> lang[0] = v;
                case "center" -> centre[0] = Options.booleanValue(p, v);
                default -> throw new InvalidOptionsException(p, v, "is not an option");
            }
        });
        return new SemanticOptions(i[0], i[1], i[2], i[3], i[4], i[5], i[6], mads[0], i[7], lang[0], i[8], i[9],
                i[10], centre[0]);
    }

    /** Every option as a property, for provenance ({@code k} and {@code topK} as given: auto or a number). */
    public Map<String, String> toProperties() {
        Map<String, String> m = new TreeMap<>();
        m.put(PREFIX + "k", k == 0 ? "auto" : Integer.toString(k));
        m.put(PREFIX + "topK", topK == 0 ? "auto" : Integer.toString(topK));
        m.put(PREFIX + "minK", Integer.toString(minK));
        m.put(PREFIX + "maxK", Integer.toString(maxK));
        m.put(PREFIX + "restarts", Integer.toString(restarts));
        m.put(PREFIX + "maxIterations", Integer.toString(maxIterations));
        m.put(PREFIX + "sampleSize", Integer.toString(sampleSize));
        m.put(PREFIX + "outlierMads", Double.toString(outlierMads));
        m.put(PREFIX + "minThemeSize", Integer.toString(minThemeSize));
        m.put(PREFIX + "languages", languages);
        m.put(PREFIX + "minLanguageNotes", Integer.toString(minLanguageNotes));
        m.put(PREFIX + "keyTerms", Integer.toString(keyTerms));
        m.put(PREFIX + "quotes", Integer.toString(quotes));
        m.put(PREFIX + "center", Boolean.toString(center));
        return m;
    }

    /** The k-means settings the finest level runs with. */
    KMeansOptions kmeans(int fineK) {
        return KMeansOptions.builder().k(fineK).minK(minK).maxK(maxK).restarts(restarts).maxIterations(maxIterations)
                .sampleSize(sampleSize).keyTerms(keyTerms).quotes(quotes).build();
    }
}
