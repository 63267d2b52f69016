package org.ltc.theming.cluster;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import java.util.Map;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.plugin.Option;
import org.ltc.model.plugin.OptionsBinder;
import org.ltc.model.plugin.OptionsNamespace;

/**
 * Options of the {@code semantic} themer, as request properties under {@code ltc.theming.semantic.} (e.g.
 * {@code ltc.theming.semantic.k=40}, {@code ltc.theming.semantic.topK=8}). Bounds are stated once, on the
 * components, and bound by {@link OptionsBinder}.
 *
 * @param k                the number of finest themes (sub-themes), or 0 to choose it automatically
 * @param topK             the number of top-level themes, or 0 to choose it from the number of notes
 *                         ({@code round(1.5 * cbrt(n))} within [4, 20])
 * @param minK             the smallest finest count tried when choosing automatically
 * @param maxK             the largest finest count tried when choosing automatically
 * @param minMeanSize      chosen automatically, the finest themes hold at least this many notes on average (k is
 *                         at most the notes over this): the mean silhouette of short texts keeps rising as
 *                         themes shrink, so without a floor it picks fragments of 4-6 notes
 * @param maxIterations    the most Lloyd iterations per run
 * @param sampleSize       Ward's tree, which gives k-means its initial centres, and the choice of k run on at
 *                         most this many notes (a seeded sample; all of them when there are no more)
 * @param outlierMads      a note less similar to its theme's centre than the theme's median similarity minus
 *                         this many scaled median absolute deviations is an outlier, listed unassigned; 0 keeps
 *                         every note in a theme
 * @param minThemeSize     a finest theme with fewer notes is dissolved and its notes listed unassigned
 * @param languages        how languages are themed
 * @param minLanguageNotes a language with at least this many notes is themed among its own notes when apart;
 *                         fewer make one theme of their own
 * @param keyTerms         how many key terms each theme lists
 * @param quotes           how many representative quotes each theme carries
 * @param center           centre each language group's vectors on their mean before clustering
 * @param frame            what of the conversation's own frame is taken out of notes before they are compared by
 *                         meaning ({@link org.ltc.theming.text.ConversationFrame}); what people read is unchanged
 */
@OptionsNamespace("ltc.theming.semantic")
public record SemanticOptions(
        @Option(value = "The number of finest themes (sub-themes), or auto to choose it.", zero = "auto")
        @Min(0) @Max(100_000) int k,
        @Option(value = "The number of top-level themes, or auto (from the number of notes, 4 to 20).",
                zero = "auto") @Min(0) @Max(MAX_TOP) int topK,
        @Option("The smallest finest count tried when choosing automatically.") @Min(2) @Max(100_000) int minK,
        @Option("The largest finest count tried when choosing automatically (capped by minMeanSize).")
        @Min(2) @Max(100_000) int maxK,
        @Option("Chosen automatically, finest themes hold at least this many notes on average: sub-themes a "
                + "facilitator reads, not fragments (k is at most the notes over this).") @Min(2) @Max(10_000)
        int minMeanSize,
        @Option("The most Lloyd iterations per run.") @Min(1) @Max(10_000) int maxIterations,
        @Option("Ward's tree (the initial centres) and the choice of k run on at most this many notes (a seeded "
                + "sample).") @Min(100) @Max(MAX_SAMPLE) int sampleSize,
        @Option("Notes this many scaled median absolute deviations below their theme's median similarity are "
                + "outliers, listed unassigned (0: none).") @DecimalMin("0") @DecimalMax("100") double outlierMads,
        @Option("A finest theme with fewer notes is dissolved into the unassigned list.") @Min(1) @Max(1000)
        int minThemeSize,
        @Option("How languages are themed: auto (apart with a one-language model), apart or together.")
        @NotNull Languages languages,
        @Option("A language with at least this many notes is themed among its own notes; fewer make one theme.")
        @Min(2) @Max(100_000) int minLanguageNotes,
        @Option("How many key terms each theme lists.") @Min(1) @Max(100) int keyTerms,
        @Option("How many representative quotes each theme carries.") @Min(0) @Max(100) int quotes,
        @Option("Centre each language group's vectors on their mean before clustering.") boolean center,
        @Option("What is taken out of notes before they are compared by meaning: place (the name of the place the "
                + "conversation is about), opening (also each note's opening, \"We need more\"), or none.")
        @NotNull Frame frame) {
    /** The property prefix. */
    public static final String PREFIX = "ltc.theming.semantic.";
    /** The most top-level themes. */
    public static final int MAX_TOP = 20;
    /** The largest sample Ward's tree runs on: its distance matrix takes 4 bytes per pair (400 MB at 10,000). */
    public static final int MAX_SAMPLE = 10_000;

    /** How notes in several languages are themed. */
    public enum Languages {
        /** Apart with a model for one language, together with a multilingual one. */
        AUTO,
        /** Each language with enough notes among its own notes. */
        APART,
        /** One theming across languages. */
        TOGETHER;

        public String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * What of the conversation's own frame is taken out of a note before notes are compared by meaning. In a
     * conversation about a place, notes that name it ("Bowling Green needs …") sit together whatever they ask
     * for; the opening of a note ("We need more …") says how it asks, though in a labelled set of questions (an
     * intent data set) the opening is part of the meaning, so it stays by default.
     */
    public enum Frame {
        /** Nothing: notes are compared as written. */
        NONE,
        /** The names of the place the conversation is about. */
        PLACE,
        /** The place's names and each note's opening run of function words and request verbs. */
        OPENING;

        public String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public SemanticOptions {
        OptionsBinder.check(SemanticOptions.class, k, topK, minK, maxK, minMeanSize, maxIterations, sampleSize,
                outlierMads, minThemeSize, languages, minLanguageNotes, keyTerms, quotes, center, frame);
        if (maxK < minK) {
            throw new InvalidOptionsException(PREFIX + "maxK", maxK, "must be at least minK (" + minK + ")");
        }
    }

    /** The defaults: both levels chosen automatically. */
    public static SemanticOptions defaults() {
        return new SemanticOptions(0, 0, 2, 150, 15, 50, 5000, 3.0, 3, Languages.AUTO, 10, 10, 3, true, Frame.PLACE);
    }

    /** The defaults overridden by the {@code ltc.theming.semantic.*} properties; unknown keys fail. */
    public static SemanticOptions bind(Map<String, String> properties) {
        return defaults().withProperties(properties);
    }

    /** These options overridden by the request's {@code ltc.theming.semantic.*} properties; unknown keys fail. */
    public SemanticOptions withProperties(Map<String, String> properties) {
        return OptionsBinder.bind(this, properties);
    }

    /** Every option as a property, for provenance ({@code k} and {@code topK} as given: auto or a number). */
    public Map<String, String> toProperties() {
        return OptionsBinder.toProperties(this);
    }

    /** The k-means settings the finest level runs with. */
    KMeansOptions kmeans(int fineK) {
        return KMeansOptions.builder().k(fineK).minK(minK).maxK(maxK).maxIterations(maxIterations)
                .sampleSize(sampleSize).keyTerms(keyTerms).quotes(quotes).build();
    }
}
