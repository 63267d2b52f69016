package org.ltc.theming.topic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.plugin.Options;

/**
 * How an LDA model is trained.
 *
 * @param topics           the number of topics K (at least 2)
 * @param alpha            the symmetric Dirichlet prior on each document's topic mixture, per topic
 * @param beta             the symmetric Dirichlet prior on each topic's word distribution, per word
 * @param iterations       sweeps over the corpus
 * @param burnIn           sweeps before hyperparameter optimisation may start
 * @param optimiseInterval re-estimate alpha and beta every this many sweeps after burn-in (Minka's fixed
 *                         point); 0 keeps them fixed
 * @param warmStart        the share of the documents, chosen by the seed, that training starts on before it
 *                         doubles them stage by stage (see {@link LdaTrainer}); at least enough documents for
 *                         6,000 tokens per topic. 0 turns the warm start off; it is skipped when the first stage
 *                         would hold more than a quarter of the documents (small collections, or many topics)
 * @param warmStartSweeps  sweeps over the warm start's first stage
 * @param splitMergeRounds at most this many rounds of split-merge moves at the end of the warm start's first
 *                         stage, each move kept only if it raises the collapsed likelihood (see
 *                         {@link LdaTrainer}); 0 = off. None run without a warm start
 * @param anchors          seed words per topic index: a prior boost that pulls each word into its topic
 * @param anchorStrength   the pseudo-count added for each anchor word in its topic
 */
public record LdaOptions(int topics, double alpha, double beta, int iterations, int burnIn, int optimiseInterval,
                         double warmStart, int warmStartSweeps, int splitMergeRounds, SortedMap<Integer, List<String>> anchors, int anchorStrength) {

    /** The property prefix of the {@code lda} themer's options. */
    public static final String PREFIX = "ltc.theming.lda.";
    /** Option names under {@link #PREFIX}; {@code k} is the number of topics. */
    public static final java.util.Set<String> NAMES = java.util.Set.of("k", "alpha", "beta", "iterations", "burnIn",
            "optimiseInterval", "warmStart", "warmStartSweeps", "splitMergeRounds", "anchors", "anchorStrength");

    public LdaOptions {
        check("topics", topics, 2, 100_000);
        if (!(alpha > 0 && alpha < 1e6)) {
            throw new InvalidOptionsException("alpha", alpha, "must be a positive number");
        }
        if (!(beta > 0 && beta < 1e6)) {
            throw new InvalidOptionsException("beta", beta, "must be a positive number");
        }
        check("iterations", iterations, 0, 1_000_000);
        check("burnIn", burnIn, 0, 1_000_000);
        check("optimiseInterval", optimiseInterval, 0, 1_000_000);
        if (!(warmStart >= 0 && warmStart <= 1)) {
            throw new InvalidOptionsException("warmStart", warmStart, "must be a share of the documents in [0, 1]");
        }
        check("warmStartSweeps", warmStartSweeps, 0, 1_000_000);
        check("splitMergeRounds", splitMergeRounds, 0, 1_000);
        check("anchorStrength", anchorStrength, 0, 1_000_000_000);
        SortedMap<Integer, List<String>> copy = new TreeMap<>();
        if (anchors != null) {
            for (Map.Entry<Integer, List<String>> e : anchors.entrySet()) {
                Integer topic = e.getKey();
                if (topic == null || topic < 0 || topic >= topics) {
                    throw new InvalidOptionsException("anchors", topic, "topic index must be in [0, " + topics + ")");
                }
                List<String> words = new ArrayList<>();
                for (String w : e.getValue() == null ? List.<String>of() : e.getValue()) {
                    if (w == null || w.isBlank()) {
                        throw new InvalidOptionsException("anchors." + topic, w, "anchor words must not be blank");
                    }
                    words.add(w.strip());
                }
                copy.put(topic, List.copyOf(words));
            }
        }
        anchors = Collections.unmodifiableSortedMap(copy);
    }

    private static void check(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidOptionsException(name, value, "must be between " + min + " and " + max);
        }
    }

    /**
     * These options overridden by {@code ltc.theming.lda.*} properties (other prefixes are ignored; an unknown
     * name under the prefix fails, except the text-analysis options under {@code ltc.theming.lda.text.}).
     * Anchors are written {@code 0:traffic,road;3:library}: topic index, colon, comma-separated words.
     */
    public LdaOptions withProperties(Map<String, String> properties) {
        Map<String, String> own = new TreeMap<>();
        properties.forEach((key, value) -> {
            if (key.startsWith(PREFIX) && !key.startsWith(PREFIX + "text.")) {
                own.put(key, value);
            }
        });
        Map<String, String> mine = Options.under(PREFIX, own, NAMES);
        Builder b = toBuilder();
        mine.forEach((name, v) -> {
            String p = PREFIX + name;
            switch (name) {
                case "k" -> b.topics(Options.intValue(p, v, 2, 100_000));
                case "alpha" -> b.alpha(Options.doubleValue(p, v, 1e-9, 1e6));
                case "beta" -> b.beta(Options.doubleValue(p, v, 1e-9, 1e6));
                case "iterations" -> b.iterations(Options.intValue(p, v, 0, 1_000_000));
                case "burnIn" -> b.burnIn(Options.intValue(p, v, 0, 1_000_000));
                case "optimiseInterval" -> b.optimiseInterval(Options.intValue(p, v, 0, 1_000_000));
                case "warmStart" -> b.warmStart(Options.doubleValue(p, v, 0, 1));
                case "warmStartSweeps" -> b.warmStartSweeps(Options.intValue(p, v, 0, 1_000_000));
                case "splitMergeRounds" -> b.splitMergeRounds(Options.intValue(p, v, 0, 1_000));
                case "anchors" -> b.anchors(parseAnchors(p, v));
                case "anchorStrength" -> b.anchorStrength(Options.intValue(p, v, 0, 1_000_000_000));
                default -> throw new InvalidOptionsException(p, v, "is not an option");
            }
        });
        return b.build();
    }

    private static Map<Integer, List<String>> parseAnchors(String property, String value) {
        Map<Integer, List<String>> out = new TreeMap<>();
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

    /** Every option as a property, for provenance. */
    public Map<String, String> toProperties() {
        Map<String, String> m = new TreeMap<>();
        m.put(PREFIX + "k", Integer.toString(topics));
        m.put(PREFIX + "alpha", Double.toString(alpha));
        m.put(PREFIX + "beta", Double.toString(beta));
        m.put(PREFIX + "iterations", Integer.toString(iterations));
        m.put(PREFIX + "burnIn", Integer.toString(burnIn));
        m.put(PREFIX + "optimiseInterval", Integer.toString(optimiseInterval));
        m.put(PREFIX + "warmStart", Double.toString(warmStart));
        m.put(PREFIX + "warmStartSweeps", Integer.toString(warmStartSweeps));
        m.put(PREFIX + "splitMergeRounds", Integer.toString(splitMergeRounds));
        m.put(PREFIX + "anchorStrength", Integer.toString(anchorStrength));
        if (!anchors.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            anchors.forEach((k, words) -> {
                if (sb.length() > 0) {
                    sb.append(';');
                }
                sb.append(k).append(':').append(String.join(",", words));
            });
            m.put(PREFIX + "anchors", sb.toString());
        }
        return m;
    }

    /**
     * Defaults: 10 topics, alpha 0.1, beta 0.01, 200 sweeps, burn-in 50, no optimisation, a warm start on 10% of
     * the documents for 150 sweeps, up to 5 split-merge rounds, anchor strength 20.
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
        private int iterations = 200;
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
            return new LdaOptions(topics, alpha, beta, iterations, burnIn, optimiseInterval, warmStart,
                    warmStartSweeps, splitMergeRounds, anchors, anchorStrength);
        }
    }
}
