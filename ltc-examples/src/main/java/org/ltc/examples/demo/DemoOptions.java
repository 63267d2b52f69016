package org.ltc.examples.demo;

import java.time.Clock;
import java.util.Map;
import org.ltc.model.Checks;
import org.ltc.model.InvalidOptionsException;

/**
 * How the demo runs.
 *
 * @param themer          the themer id, or {@code auto} (the default): {@code semantic} when an embedding model
 *                        can run, else {@code kmeans}
 * @param themingOptions  option properties for the themer, e.g. {@code ltc.theming.kmeans.k=8}
 * @param calibrator      the calibrator id (default {@code signals}: the sample has notes, no ratings)
 * @param seed            the seed every step takes
 * @param threads         threads the themer may use (results do not depend on it)
 * @param clock           the time recorded in provenance
 */
public record DemoOptions(String themer, Map<String, String> themingOptions, String calibrator, long seed,
                          int threads, Clock clock) {
    public static final String DEFAULT_THEMER = "auto";
    public static final String DEFAULT_CALIBRATOR = "signals";
    public static final long DEFAULT_SEED = 1L;

    public DemoOptions {
        Checks.notBlank("themer", themer);
        themingOptions = Checks.sortedMap("themingOptions", themingOptions);
        Checks.notBlank("calibrator", calibrator);
        if (threads < 1) {
            throw new InvalidOptionsException("threads", threads, "must be at least 1");
        }
        clock = clock == null ? Clock.systemUTC() : clock;
    }

    public static DemoOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link DemoOptions}; every field starts at its default. */
    public static final class Builder {
        private String themer = DEFAULT_THEMER;
        private Map<String, String> themingOptions = Map.of();
        private String calibrator = DEFAULT_CALIBRATOR;
        private long seed = DEFAULT_SEED;
        private int threads = Math.min(2, Runtime.getRuntime().availableProcessors());
        private Clock clock;

        private Builder() {
        }

        public Builder themer(String v) {
            themer = v;
            return this;
        }

        public Builder themingOptions(Map<String, String> v) {
            themingOptions = v;
            return this;
        }

        public Builder calibrator(String v) {
            calibrator = v;
            return this;
        }

        public Builder seed(long v) {
            seed = v;
            return this;
        }

        public Builder threads(int v) {
            threads = v;
            return this;
        }

        public Builder clock(Clock v) {
            clock = v;
            return this;
        }

        public DemoOptions build() {
            return new DemoOptions(themer, themingOptions, calibrator, seed, threads, clock);
        }
    }
}
