package org.ltc.calibration.learn;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import java.util.TreeMap;
import org.ltc.model.plugin.Option;
import org.ltc.model.plugin.OptionsBinder;
import org.ltc.model.plugin.OptionsNamespace;

/**
 * How to fit a logistic calibrator. Defaults: multinomial, L2 strength 1.0, 500 iterations, tolerance 1e-6,
 * features standardised. As properties under {@code ltc.calibration.logistic.}: {@code model}
 * ({@code multinomial}|{@code ordinal}), {@code l2}, {@code maxIterations}, {@code tolerance},
 * {@code standardise}.
 *
 * @param model         multinomial (a weight vector per stage) or ordinal (one weight vector and ordered
 *                      thresholds, the proportional-odds model of McCullagh 1980)
 * @param l2            the L2 penalty {@code l2/2 * |w|^2} added to the summed negative log-likelihood
 *                      (intercepts and thresholds are not penalised); 0 or more
 * @param maxIterations L-BFGS iteration limit, 1 or more
 * @param tolerance     convergence tolerance on the gradient of the mean loss, above 0
 * @param standardise   whether features are centred and scaled to unit variance on the training data first
 */
@OptionsNamespace(value = "ltc.calibration.logistic", recorded = {"modelFile", "modelSha256"})
public record LogisticOptions(
        @Option("multinomial (a weight vector per stage) or ordinal (proportional odds).") @NotNull Model model,
        @Option("The L2 penalty l2/2 |w|^2 added to the summed negative log-likelihood.") @DecimalMin("0")
        @DecimalMax("1e12") double l2,
        @Option("L-BFGS iteration limit.") @Min(1) @Max(1_000_000) int maxIterations,
        @Option("Convergence tolerance on the gradient of the mean loss.")
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") double tolerance,
        @Option("Centre and scale features to unit variance on the training data first.") boolean standardise) {
    /** The property prefix. */
    public static final String PREFIX = "ltc.calibration.logistic.";

    /** The two model families. */
    public enum Model {
        MULTINOMIAL,
        ORDINAL;

        /** The option text, e.g. {@code multinomial}. */
        public String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public LogisticOptions {
        OptionsBinder.check(LogisticOptions.class, model, l2, maxIterations, tolerance, standardise);
    }

    public static LogisticOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().model(model).l2(l2).maxIterations(maxIterations).tolerance(tolerance).standardise(standardise);
    }

    /**
     * Options from properties: keys either with the full prefix ({@code ltc.calibration.logistic.l2}) or bare
     * ({@code l2}, as an experiment spec writes them); unknown keys under the prefix, and unknown bare keys, are
     * rejected.
     */
    public static LogisticOptions bind(Map<String, String> properties) {
        Map<String, String> full = new TreeMap<>();
        properties.forEach((k, v) -> full.put(k.startsWith("ltc.") ? k : PREFIX + k, v));
        return OptionsBinder.bind(defaults(), full);
    }

    /** Same as {@link #bind(Map)} (the name experiment code used). */
    public static LogisticOptions fromProperties(Map<String, String> properties) {
        return bind(properties);
    }

    /** These options as bare properties (the experiment spec's form), sorted, for provenance. */
    public Map<String, String> toProperties() {
        Map<String, String> m = new TreeMap<>();
        OptionsBinder.toProperties(this).forEach((k, v) -> m.put(k.substring(PREFIX.length()), v));
        return m;
    }

    /** Builds options; every value is checked when {@link #build()} makes the record. */
    public static final class Builder {
        private Model model = Model.MULTINOMIAL;
        private double l2 = 1.0;
        private int maxIterations = 500;
        private double tolerance = 1e-6;
        private boolean standardise = true;

        private Builder() {
        }

        public Builder model(Model value) {
            this.model = value;
            return this;
        }

        public Builder l2(double value) {
            this.l2 = value;
            return this;
        }

        public Builder maxIterations(int value) {
            this.maxIterations = value;
            return this;
        }

        public Builder tolerance(double value) {
            this.tolerance = value;
            return this;
        }

        public Builder standardise(boolean value) {
            this.standardise = value;
            return this;
        }

        public LogisticOptions build() {
            return new LogisticOptions(model, l2, maxIterations, tolerance, standardise);
        }
    }
}
