package org.ltc.theming.topic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.ltc.model.InvalidOptionsException;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.ltc.model.plugin.Option;
import org.ltc.model.plugin.OptionCodec;
import org.ltc.model.plugin.Options;
import org.ltc.model.plugin.OptionsBinder;
import org.ltc.model.plugin.OptionsNamespace;

/**
 * How an LDA model is trained.
 *
 * @param topics           the number of topics K (at least 2)
 * @param alpha            the symmetric Dirichlet prior on each document's topic mixture, per topic
 * @param beta             the symmetric Dirichlet prior on each topic's word distribution, per word
 * @param iterations       full sweeps over the corpus after the warm start: a fixed count, or 0 ("auto", the
 *                         default) to sweep until the likelihood has converged ({@link ConvergenceRule})
 * @param maxIterations    with {@code iterations} auto, at most this many sweeps after the warm start
 * @param tolerance        with {@code iterations} auto, stop once the training log-likelihood per token rises by
 *                         at most this much (nats) per sweep, averaged over two windows ({@link ConvergenceRule})
 * @param window           sweeps per window of the stop rule
 * @param burnIn           sweeps before hyperparameter optimisation may start
 * @param optimiseInterval re-estimate alpha and beta every this many sweeps after burn-in (Minka's fixed
 *                         point); 0 keeps them fixed
 * @param warmStart        the share of the documents, chosen by the seed, that training starts on before it
 *                         doubles them stage by stage (see {@link LdaTrainer}); at least enough documents for
 *                         6,000 tokens per topic. 0 turns the warm start off; it is skipped when the first stage
 *                         would hold more than a quarter of the documents (small collections, or many topics)
 * @param warmStartSweeps  at most this many sweeps over the warm start's first stage: β is annealed over two
 *                         thirds of them, then the stage stops once converged by {@code tolerance} and
 *                         {@code window}
 * @param splitMergeRounds at most this many rounds of split-merge moves at the end of the warm start's first
 *                         stage, each move kept only if it raises the collapsed likelihood (see
 *                         {@link LdaTrainer}); 0 = off. None run without a warm start
 * @param anchors          seed words per topic index: a prior boost that pulls each word into its topic
 * @param anchorStrength   the pseudo-count added for each anchor word in its topic
 */
@OptionsNamespace(value = "ltc.theming.lda", subspaces = "text")
public record LdaOptions(
        @Option(value = "The number of topics K.", key = "k") @Min(2) @Max(100_000) int topics,
        @Option("The symmetric Dirichlet prior on each document's topic mixture, per topic.")
        @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1e6", inclusive = false) double alpha,
        @Option("The symmetric Dirichlet prior on each topic's word distribution, per word.")
        @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1e6", inclusive = false) double beta,
        @Option(value = "Sweeps after the warm start: a fixed count, or auto to stop when converged.",
                zero = "auto") @Min(0) @Max(1_000_000) int iterations,
        @Option("With iterations auto, at most this many sweeps after the warm start.") @Min(0) @Max(1_000_000)
        int maxIterations,
        @Option("With iterations auto, stop when the log-likelihood per token rises by at most this per sweep "
                + "(nats; the last window's mean against the window before it).") @DecimalMin("0") @DecimalMax("1")
        double tolerance,
        @Option("Sweeps per window of the convergence test.") @Min(1) @Max(1_000) int window,
        @Option("Sweeps before hyperparameter optimisation may start.") @Min(0) @Max(1_000_000) int burnIn,
        @Option("Re-estimate alpha and beta every this many sweeps after burn-in (0 keeps them fixed).") @Min(0)
        @Max(1_000_000) int optimiseInterval,
        @Option("The share of the documents training starts on before doubling them (0 = no warm start).")
        @DecimalMin("0") @DecimalMax("1") double warmStart,
        @Option("At most this many sweeps over the warm start's first stage (the last third stops once converged).") @Min(0) @Max(1_000_000) int warmStartSweeps,
        @Option("At most this many rounds of split-merge moves at the end of the warm start's first stage.")
        @Min(0) @Max(1_000) int splitMergeRounds,
        @Option(value = "Seed words per topic index, e.g. 0:bus,transit;1:rent,housing.",
                codec = LdaOptions.AnchorsCodec.class) SortedMap<Integer, List<String>> anchors,
        @Option("The pseudo-count added for each anchor word in its topic.") @Min(0) @Max(1_000_000_000)
        int anchorStrength) {

    /** The property prefix of the {@code lda} themer's options. */
    public static final String PREFIX = "ltc.theming.lda.";

    public LdaOptions {
        OptionsBinder.check(LdaOptions.class, topics, alpha, beta, iterations, maxIterations, tolerance, window,
                burnIn, optimiseInterval, warmStart, warmStartSweeps, splitMergeRounds, anchors, anchorStrength);
        SortedMap<Integer, List<String>> copy = new TreeMap<>();
        if (anchors != null) {
            for (Map.Entry<Integer, List<String>> e : anchors.entrySet()) {
                Integer topic = e.getKey();
                if (topic == null || topic < 0 || topic >= topics) {
                    throw new InvalidOptionsException(PREFIX + "anchors", topic,
                            "topic index must be in [0, " + topics + ")");
                }
                List<String> words = new ArrayList<>();
                for (String w : e.getValue() == null ? List.<String>of() : e.getValue()) {
                    if (w == null || w.isBlank()) {
                        throw new InvalidOptionsException(PREFIX + "anchors." + topic, w,
                                "anchor words must not be blank");
                    }
                    words.add(w.strip());
                }
                copy.put(topic, List.copyOf(words));
            }
        }
        anchors = Collections.unmodifiableSortedMap(copy);
    }

    /** The defaults (see {@link #builder()}). */
    public static LdaOptions defaults() {
        return builder().build();
    }

    /** The defaults overridden by {@code ltc.theming.lda.*} properties. */
    public static LdaOptions bind(Map<String, String> properties) {
        return defaults().withProperties(properties);
    }

    /**
     * These options overridden by {@code ltc.theming.lda.*} properties (other prefixes are ignored; an unknown
     * name under the prefix fails, except the text-analysis options under {@code ltc.theming.lda.text.}).
     * Anchors are written {@code 0:traffic,road;3:library}: topic index, colon, comma-separated words.
     */
    public LdaOptions withProperties(Map<String, String> properties) {
        return OptionsBinder.bind(this, properties);
    }

    /** Every option as a property, for provenance. */
    public Map<String, String> toProperties() {
        return OptionsBinder.toProperties(this);
    }

    /** Anchors as {@code 0:word,word;1:word}; none is written as nothing. */
    static final class AnchorsCodec implements OptionCodec<SortedMap<Integer, List<String>>> {
        @Override
        public SortedMap<Integer, List<String>> read(String property, String value) {
            SortedMap<Integer, List<String>> out = new TreeMap<>();
            for (String group : value.split(";")) {
                if (group.isBlank()) {
                    continue;
                }
                int colon = group.indexOf(':');
                if (colon < 0) {
                    throw new InvalidOptionsException(property, value, "must look like 0:word,word;1:word");
                }
                int topic = Options.intValue(property, group.substring(0, colon), 0, 100_000);
                List<String> words = new ArrayList<>();
                for (String w : group.substring(colon + 1).split(",")) {
                    if (!w.isBlank()) {
                        words.add(w.strip());
                    }
                }
                out.computeIfAbsent(topic, t -> new ArrayList<>()).addAll(words);
            }
            return out;
        }

        @Override
        public String write(SortedMap<Integer, List<String>> anchors) {
            if (anchors.isEmpty()) {
                return null;
            }
            StringBuilder sb = new StringBuilder();
            anchors.forEach((k, words) -> sb.append(sb.length() > 0 ? ";" : "").append(k).append(':')
                    .append(String.join(",", words)));
            return sb.toString();
        }

        @Override
        public String typeName() {
            return "topic:word,word;…";
        }
    }

    /**
     * Defaults: 10 topics, alpha 0.1, beta 0.01, sweeps until converged (tolerance 0.003 over windows of 5
     * sweeps, at most 200), burn-in 50, no optimisation, a warm start on 10% of the documents for 150 sweeps, up
     * to 5 split-merge rounds, anchor strength 20.
     */
    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.topics = topics;
        b.alpha = alpha;
        b.beta = beta;
        b.iterations = iterations;
        b.maxIterations = maxIterations;
        b.tolerance = tolerance;
        b.window = window;
        b.burnIn = burnIn;
        b.optimiseInterval = optimiseInterval;
        b.warmStart = warmStart;
        b.warmStartSweeps = warmStartSweeps;
        b.splitMergeRounds = splitMergeRounds;
        b.anchors = new TreeMap<>(anchors);
        b.anchorStrength = anchorStrength;
        return b;
    }

    /** Builds {@link LdaOptions}; every setter returns the builder. */
    public static final class Builder {
        private int topics = 10;
        private double alpha = 0.1;
        private double beta = 0.01;
        private int iterations;
        private int maxIterations = 200;
        private double tolerance = 0.003;
        private int window = 5;
        private int burnIn = 50;
        private int optimiseInterval;
        private double warmStart = 0.1;
        private int warmStartSweeps = 150;
        private int splitMergeRounds = 5;
        private SortedMap<Integer, List<String>> anchors = new TreeMap<>();
        private int anchorStrength = 20;

        private Builder() {
        }

        public Builder topics(int v) {
            topics = v;
            return this;
        }

        public Builder alpha(double v) {
            alpha = v;
            return this;
        }

        public Builder beta(double v) {
            beta = v;
            return this;
        }

        public Builder iterations(int v) {
            iterations = v;
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

        public Builder window(int v) {
            window = v;
            return this;
        }

        public Builder burnIn(int v) {
            burnIn = v;
            return this;
        }

        public Builder optimiseInterval(int v) {
            optimiseInterval = v;
            return this;
        }

        public Builder warmStart(double v) {
            warmStart = v;
            return this;
        }

        public Builder warmStartSweeps(int v) {
            warmStartSweeps = v;
            return this;
        }

        public Builder splitMergeRounds(int v) {
            splitMergeRounds = v;
            return this;
        }

        /** Adds anchor words for one topic. */
        public Builder anchor(int topic, List<String> words) {
            anchors.computeIfAbsent(topic, t -> new ArrayList<>());
            List<String> merged = new ArrayList<>(anchors.get(topic));
            merged.addAll(words);
            anchors.put(topic, merged);
            return this;
        }

        public Builder anchors(Map<Integer, List<String>> v) {
            anchors = new TreeMap<>(v);
            return this;
        }

        public Builder anchorStrength(int v) {
            anchorStrength = v;
            return this;
        }

        public LdaOptions build() {
            return new LdaOptions(topics, alpha, beta, iterations, maxIterations, tolerance, window, burnIn,
                    optimiseInterval, warmStart, warmStartSweeps, splitMergeRounds, anchors, anchorStrength);
        }
    }
}
