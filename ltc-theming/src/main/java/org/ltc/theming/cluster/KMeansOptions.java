package org.ltc.theming.cluster;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.plugin.Option;
import org.ltc.model.plugin.OptionsBinder;
import org.ltc.model.plugin.OptionsNamespace;
import org.ltc.theming.text.TermWeighting;
import org.ltc.theming.text.TextAnalysisOptions;

/**
 * Options of the {@code kmeans} themer. As request properties they sit under {@code ltc.theming.kmeans.}
 * (e.g. {@code ltc.theming.kmeans.k=12}, {@code ltc.theming.kmeans.k=auto}); text-analysis options under
 * {@code ltc.theming.kmeans.text.} (e.g. {@code ltc.theming.kmeans.text.language=es}). Bounds are stated once,
 * on the components, and bound by {@link OptionsBinder}.
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
@OptionsNamespace("ltc.theming.kmeans")
public record KMeansOptions(
        @Option(value = "The number of themes, or auto to choose it.", zero = "auto") @Min(0) @Max(100_000) int k,
        @Option("The smallest k tried when choosing automatically.") @Min(2) @Max(100_000) int minK,
        @Option("The largest k tried when choosing automatically (capped at a fifth of the notes).")
        @Min(2) @Max(100_000) int maxK,
        @Option("k-means++ restarts pooled into the consensus.") @Min(1) @Max(1000) int restarts,
        @Option("The most Lloyd iterations per run.") @Min(1) @Max(10_000) int maxIterations,
        @Option("Stop when at most this share of notes changes cluster in an iteration.")
        @DecimalMin("0") @DecimalMax(value = "1", inclusive = false) double tolerance,
        @Option("The vectors clustered.") @NotNull Representation representation,
        @Option("The term weighting (for LSA and term vectors).") @NotNull TermWeighting weighting,
        @Option("LSA dimensions.") @Min(2) @Max(2000) int dimensions,
        @Option("Randomized-SVD power iterations.") @Min(0) @Max(20) int powerIterations,
        @Option("Restarts and the choice of k run on at most this many notes (a seeded sample).")
        @Min(100) @Max(Integer.MAX_VALUE) int sampleSize,
        @Option("How many key terms each theme lists.") @Min(1) @Max(100) int keyTerms,
        @Option("How many representative quotes each theme carries.") @Min(0) @Max(100) int quotes,
        @Option("Notes less similar than this (cosine) to their theme's centre are left unassigned.")
        @DecimalMin("-1") @DecimalMax("1") double minSimilarity,
        @Option("How texts are analysed.") TextAnalysisOptions text) {
    /** The property prefix. */
    public static final String PREFIX = "ltc.theming.kmeans.";
    /** The property prefix of the text-analysis options. */
    public static final String TEXT_PREFIX = PREFIX + "text.";

    public KMeansOptions {
        OptionsBinder.check(KMeansOptions.class, k, minK, maxK, restarts, maxIterations, tolerance, representation,
                weighting, dimensions, powerIterations, sampleSize, keyTerms, quotes, minSimilarity, text);
        if (maxK < minK) {
            throw new InvalidOptionsException(PREFIX + "maxK", maxK, "must be at least minK (" + minK + ")");
        }
        if (text == null) {
            text = TextAnalysisOptions.builder().phrases(false).build();
        }
    }

    public static KMeansOptions defaults() {
        return builder().build();
    }

    /** The defaults overridden by the {@code ltc.theming.kmeans.*} properties; unknown keys fail. */
    public static KMeansOptions bind(Map<String, String> properties) {
        return defaults().withProperties(properties);
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

    /** These options overridden by the request's {@code ltc.theming.kmeans.*} properties; unknown keys fail. */
    public KMeansOptions withProperties(Map<String, String> properties) {
        return OptionsBinder.bind(this, properties);
    }

    /** Every option as a property, for provenance ({@code k} as given: {@code auto} or a number). */
    public Map<String, String> toProperties() {
        return OptionsBinder.toProperties(this);
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
