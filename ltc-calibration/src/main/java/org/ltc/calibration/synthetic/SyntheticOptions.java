package org.ltc.calibration.synthetic;

import org.ltc.model.Checks;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.stage.StageFramework;

/**
 * Every parameter of the synthetic-community model (see {@link SyntheticCommunities} for the model itself),
 * with defaults chosen so that the stage is neither obvious nor hopeless (a Bayes rate near 0.8).
 *
 * @param framework         the stages, dimensions and rating scale (default {@link SyntheticCommunities#defaultFramework()})
 * @param communities       how many communities to generate (default 1000)
 * @param regions           how many regions they fall in, uniformly (default 4)
 * @param raters            raters per community, each scoring every dimension (default 3)
 * @param raterBias         standard deviation of a rater's leniency in a community, shared across dimensions (default 1.2)
 * @param ratingNoise       standard deviation of each score's own noise (default 2.5)
 * @param capitalStrength   how strongly public capital follows the stage (default 0.5)
 * @param notes             notes per community (default 12)
 * @param signalRate        the chance a note carries a stage signal (default 0.3)
 * @param signalSharpness   how quickly a signal's stage falls off from the community's: weight exp(-sharpness * distance)
 *                          (default 1.0)
 */
public record SyntheticOptions(StageFramework framework, int communities, int regions, int raters, double raterBias,
                               double ratingNoise, double capitalStrength, int notes, double signalRate,
                               double signalSharpness) {
    /** The most communities one dataset holds: enough for any simulation study, bounded so a typo cannot fill memory. */
    public static final int MAX_COMMUNITIES = 1_000_000;
    /** The most regions. */
    public static final int MAX_REGIONS = 10_000;
    /** The most raters per community. */
    public static final int MAX_RATERS = 100;
    /** The most notes per community. */
    public static final int MAX_NOTES = 1_000;

    public SyntheticOptions {
        Checks.notNull("framework", framework);
        if (framework.dimensions().isEmpty()) {
            throw new InvalidOptionsException("framework", framework.id(), "must have dimensions to rate");
        }
        between("communities", communities, 1, MAX_COMMUNITIES);
        between("regions", regions, 1, MAX_REGIONS);
        between("raters", raters, 1, MAX_RATERS);
        nonNegative("raterBias", raterBias);
        if (!(ratingNoise > 0) || !Double.isFinite(ratingNoise)) {
            throw new InvalidOptionsException("ratingNoise", ratingNoise, "must be a finite number above 0");
        }
        nonNegative("capitalStrength", capitalStrength);
        between("notes", notes, 0, MAX_NOTES);
        if (!(signalRate >= 0 && signalRate <= 1)) {
            throw new InvalidOptionsException("signalRate", signalRate, "must be between 0 and 1");
        }
        nonNegative("signalSharpness", signalSharpness);
    }

    /** Checks {@code min <= v <= max}; public so a tool can check its own option names against the same bounds. */
    public static void between(String name, long v, long min, long max) {
        if (v < min || v > max) {
            throw new InvalidOptionsException(name, v, "must be from " + min + " to " + max);
        }
    }

    private static void nonNegative(String name, double v) {
        if (!(v >= 0) || !Double.isFinite(v)) {
            throw new InvalidOptionsException(name, v, "must be a finite number of 0 or more");
        }
    }

    public static SyntheticOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().framework(framework).communities(communities).regions(regions).raters(raters)
                .raterBias(raterBias).ratingNoise(ratingNoise).capitalStrength(capitalStrength).notes(notes)
                .signalRate(signalRate).signalSharpness(signalSharpness);
    }

    /** Builds options; values are checked by the record when {@link #build()} is called. */
    public static final class Builder {
        private StageFramework framework = SyntheticCommunities.defaultFramework();
        private int communities = 1000;
        private int regions = 4;
        private int raters = 3;
        private double raterBias = 1.2;
        private double ratingNoise = 2.5;
        private double capitalStrength = 0.5;
        private int notes = 12;
        private double signalRate = 0.3;
        private double signalSharpness = 1.0;

        private Builder() {
        }

        public Builder framework(StageFramework v) {
            framework = v;
            return this;
        }

        public Builder communities(int v) {
            communities = v;
            return this;
        }

        public Builder regions(int v) {
            regions = v;
            return this;
        }

        public Builder raters(int v) {
            raters = v;
            return this;
        }

        public Builder raterBias(double v) {
            raterBias = v;
            return this;
        }

        public Builder ratingNoise(double v) {
            ratingNoise = v;
            return this;
        }

        public Builder capitalStrength(double v) {
            capitalStrength = v;
            return this;
        }

        public Builder notes(int v) {
            notes = v;
            return this;
        }

        public Builder signalRate(double v) {
            signalRate = v;
            return this;
        }

        public Builder signalSharpness(double v) {
            signalSharpness = v;
            return this;
        }

        public SyntheticOptions build() {
            return new SyntheticOptions(framework, communities, regions, raters, raterBias, ratingNoise, capitalStrength,
                    notes, signalRate, signalSharpness);
        }
    }
}
