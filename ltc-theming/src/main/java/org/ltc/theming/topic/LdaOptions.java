package org.ltc.theming.topic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.ltc.model.InvalidOptionsException;

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
 * @param mhSteps          Metropolis-Hastings steps per token per sweep, alternating a word proposal and a
 *                         document proposal (at least 1; 2 is one cycle)
 * @param partitions       document blocks sampled in parallel against the previous sweep's counts (AD-LDA);
 *                         the result depends on this number and the seed, never on the thread count
 * @param anchors          seed words per topic index: a prior boost that pulls each word into its topic
 * @param anchorStrength   the pseudo-count added for each anchor word in its topic
 */
public record LdaOptions(int topics, double alpha, double beta, int iterations, int burnIn, int optimiseInterval,
                         int mhSteps, int partitions, SortedMap<Integer, List<String>> anchors, int anchorStrength) {

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
        check("mhSteps", mhSteps, 1, 64);
        check("partitions", partitions, 1, 1024);
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

    /** Defaults: 20 topics, alpha 0.1, beta 0.01, 200 sweeps, burn-in 50, no optimisation, 2 MH steps, 2 partitions. */
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
        b.mhSteps = mhSteps;
        b.partitions = partitions;
        b.anchors = new TreeMap<>(anchors);
        b.anchorStrength = anchorStrength;
        return b;
    }

    /** Builds {@link LdaOptions}; every setter returns the builder. */
    public static final class Builder {
        private int topics = 20;
        private double alpha = 0.1;
        private double beta = 0.01;
        private int iterations = 200;
        private int burnIn = 50;
        private int optimiseInterval;
        private int mhSteps = 2;
        private int partitions = 2;
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

        public Builder mhSteps(int v) {
            mhSteps = v;
            return this;
        }

        public Builder partitions(int v) {
            partitions = v;
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
            return new LdaOptions(topics, alpha, beta, iterations, burnIn, optimiseInterval, mhSteps, partitions,
                    anchors, anchorStrength);
        }
    }
}
