package org.ltc.theming.cluster;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.plugin.Options;
import org.ltc.theming.text.TermWeighting;
import org.ltc.theming.text.TextAnalysisOptions;

/**
 * Options of the {@code kmeans} themer. As request properties they sit under {@code ltc.theming.kmeans.}
 * (e.g. {@code ltc.theming.kmeans.k=12}, {@code ltc.theming.kmeans.k=auto}); text-analysis options under
 * {@code ltc.theming.kmeans.text.} (e.g. {@code ltc.theming.kmeans.text.language=es}).
 *
 * @param k               the number of themes, or 0 to choose it automatically
 * @param minK            the smallest k tried when choosing automatically
 * @param maxK            the largest k tried when choosing automatically (capped at a fifth of the notes)
 * @param restarts        k-means++ restarts pooled into the consensus
 * @param maxIterations   the most Lloyd iterations per run
 * @param tolerance       stop when at most this share of notes changes cluster in an iteration
 * @param representation  the vectors clustered
 * @param weighting       the term weighting (for LSA and term vectors)
 * @param dimensions      LSA dimensions
 * @param powerIterations randomized-SVD power iterations
 * @param sampleSize      restarts and the choice of k run on at most this many notes (a seeded sample);
 *                        the final refinement always uses every note
 * @param keyTerms        how many key terms each theme lists
 * @param quotes          how many representative quotes each theme carries
 * @param minSimilarity   notes less similar than this (cosine) to their theme's centre are left unassigned
 * @param text            how texts are analysed
 */
public record KMeansOptions(int k, int minK, int maxK, int restarts, int maxIterations, double tolerance,
                            Representation representation, TermWeighting weighting, int dimensions,
                            int powerIterations, int sampleSize, int keyTerms, int quotes, double minSimilarity,
                            TextAnalysisOptions text) {
    /** The property prefix. */
    public static final String PREFIX = "ltc.theming.kmeans.";
    /** The property prefix of the text-analysis options. */
    public static final String TEXT_PREFIX = PREFIX + "text.";
    private static final Set<String> NAMES = Set.of("k", "minK", "maxK", "restarts", "maxIterations", "tolerance",
            "representation", "weighting", "dimensions", "powerIterations", "sampleSize", "keyTerms", "quotes",
            "minSimilarity");

    public KMeansOptions {
        check("k", k, 0, 100_000);
        check("minK", minK, 2, 100_000);
        check("maxK", maxK, minK, 100_000);
        check("restarts", restarts, 1, 1000);
        check("maxIterations", maxIterations, 1, 10_000);
        if (!(tolerance >= 0 && tolerance < 1)) {
            throw new InvalidOptionsException(PREFIX + "tolerance", tolerance, "must be in [0, 1)");
        }
        if (representation == null) {
            throw new InvalidOptionsException(PREFIX + "representation", null, "must be set");
        }
        if (weighting == null) {
            throw new InvalidOptionsException(PREFIX + "weighting", null, "must be set");
        }
        check("dimensions", dimensions, 2, 2000);
        check("powerIterations", powerIterations, 0, 20);
        check("sampleSize", sampleSize, 100, Integer.MAX_VALUE);
        check("keyTerms", keyTerms, 1, 100);
        check("quotes", quotes, 0, 100);
        if (!(minSimilarity >= -1 && minSimilarity <= 1)) {
            throw new InvalidOptionsException(PREFIX + "minSimilarity", minSimilarity, "must be in [-1, 1]");
        }
        if (text == null) {
            text = TextAnalysisOptions.builder().phrases(false).build();
        }
    }

    private static void check(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidOptionsException(PREFIX + name, value, "must be between " + min + " and " + max);
        }
    }

    public static KMeansOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().k(k).minK(minK).maxK(maxK).restarts(restarts).maxIterations(maxIterations)
                .tolerance(tolerance).representation(representation).weighting(weighting).dimensions(dimensions)
                .powerIterations(powerIterations).sampleSize(sampleSize).keyTerms(keyTerms).quotes(quotes)
                .minSimilarity(minSimilarity).text(text);
    }

    /** These options overridden by the request's {@code ltc.theming.kmeans.*} properties; unknown names fail. */
    public KMeansOptions withProperties(Map<String, String> properties) {
        Map<String, String> own = new HashMap<>();
        properties.forEach((key, value) -> {
            if (key.startsWith(PREFIX) && !key.startsWith(TEXT_PREFIX)) {
                own.put(key, value);
            }
        });
        Map<String, String> mine = Options.under(PREFIX, own, NAMES);
        Builder b = toBuilder();
        mine.forEach((name, v) -> {
            String p = PREFIX + name;
            switch (name) {
                case "k" -> b.k(v.trim().equalsIgnoreCase("auto") ? 0 : Options.intValue(p, v, 1, 100_000));
                case "minK" -> b.minK(Options.intValue(p, v, 2, 100_000));
                case "maxK" -> b.maxK(Options.intValue(p, v, 2, 100_000));
                case "restarts" -> b.restarts(Options.intValue(p, v, 1, 1000));
                case "maxIterations" -> b.maxIterations(Options.intValue(p, v, 1, 10_000));
                case "tolerance" -> b.tolerance(Options.doubleValue(p, v, 0, 0.999));
                case "representation" -> b.representation(Representation.parse(p, v));
                case "weighting" -> b.weighting(TermWeighting.parse(p, v));
                case "dimensions" -> b.dimensions(Options.intValue(p, v, 2, 2000));
                case "powerIterations" -> b.powerIterations(Options.intValue(p, v, 0, 20));
                case "sampleSize" -> b.sampleSize(Options.intValue(p, v, 100, Integer.MAX_VALUE));
                case "keyTerms" -> b.keyTerms(Options.intValue(p, v, 1, 100));
                case "quotes" -> b.quotes(Options.intValue(p, v, 0, 100));
                case "minSimilarity" -> b.minSimilarity(Options.doubleValue(p, v, -1, 1));
                default -> throw new InvalidOptionsException(p, v, "is not an option");
            }
        });
        b.text(text.withProperties(TEXT_PREFIX, properties));
        return b.build();
    }

    /** Every option as a property, for provenance ({@code k} as given: {@code auto} or a number). */
    public Map<String, String> toProperties() {
        Map<String, String> m = new TreeMap<>();
        m.put(PREFIX + "k", k == 0 ? "auto" : Integer.toString(k));
        m.put(PREFIX + "minK", Integer.toString(minK));
        m.put(PREFIX + "maxK", Integer.toString(maxK));
        m.put(PREFIX + "restarts", Integer.toString(restarts));
        m.put(PREFIX + "maxIterations", Integer.toString(maxIterations));
        m.put(PREFIX + "tolerance", Double.toString(tolerance));
        m.put(PREFIX + "representation", representation.tag());
        m.put(PREFIX + "weighting", weighting.tag());
        m.put(PREFIX + "dimensions", Integer.toString(dimensions));
        m.put(PREFIX + "powerIterations", Integer.toString(powerIterations));
        m.put(PREFIX + "sampleSize", Integer.toString(sampleSize));
        m.put(PREFIX + "keyTerms", Integer.toString(keyTerms));
        m.put(PREFIX + "quotes", Integer.toString(quotes));
        m.put(PREFIX + "minSimilarity", Double.toString(minSimilarity));
        m.putAll(text.toProperties(TEXT_PREFIX));
        return m;
    }

    /** Builds {@link KMeansOptions}; every setter has a default. */
    public static final class Builder {
        private int k;
        private int minK = 2;
        private int maxK = 150;
        private int restarts = 40;
        private int maxIterations = 50;
        private double tolerance = 0.001;
        private Representation representation = Representation.AUTO;
        private TermWeighting weighting = TermWeighting.TF_IDF;
        private int dimensions = 100;
        private int powerIterations = 3;
        private int sampleSize = 20_000;
        private int keyTerms = 10;
        private int quotes = 3;
        private double minSimilarity = -1;
        // phrases off: on Banking77 merged phrases cost k-means about 0.01 NMI (see the README)
        private TextAnalysisOptions text = TextAnalysisOptions.builder().phrases(false).build();

        private Builder() {
        }

        /** The number of themes; 0 chooses it automatically. */
        public Builder k(int v) {
            k = v;
            return this;
        }

        public Builder minK(int v) {
            minK = v;
            return this;
        }

        public Builder maxK(int v) {
            maxK = v;
            return this;
        }

        public Builder restarts(int v) {
            restarts = v;
            return this;
        }

        public Builder maxIterations(int v) {
            maxIterations = v;
            return this;
        }

        public Builder tolerance(double v) {
            tolerance = v;
            return this;
        }

        public Builder representation(Representation v) {
            representation = v;
            return this;
        }

        public Builder weighting(TermWeighting v) {
            weighting = v;
            return this;
        }

        public Builder dimensions(int v) {
            dimensions = v;
            return this;
        }

        public Builder powerIterations(int v) {
            powerIterations = v;
            return this;
        }

        public Builder sampleSize(int v) {
            sampleSize = v;
            return this;
        }

        public Builder keyTerms(int v) {
            keyTerms = v;
            return this;
        }

        public Builder quotes(int v) {
            quotes = v;
            return this;
        }

        public Builder minSimilarity(double v) {
            minSimilarity = v;
            return this;
        }

        public Builder text(TextAnalysisOptions v) {
            text = v;
            return this;
        }

        public KMeansOptions build() {
            return new KMeansOptions(k, minK, maxK, restarts, maxIterations, tolerance, representation, weighting,
                    dimensions, powerIterations, sampleSize, keyTerms, quotes, minSimilarity, text);
        }
    }
}
