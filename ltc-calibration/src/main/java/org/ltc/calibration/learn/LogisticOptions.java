package org.ltc.calibration.learn;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.plugin.Options;

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
public record LogisticOptions(Model model, double l2, int maxIterations, double tolerance, boolean standardise) {
    /** The property prefix. */
    public static final String PREFIX = "ltc.calibration.logistic.";
    private static final Set<String> KNOWN = Set.of("model", "l2", "maxIterations", "tolerance", "standardise");

    /** The two model families. */
    public enum Model {
        MULTINOMIAL,
        ORDINAL
    }

    public LogisticOptions {
        if (model == null) {
            throw new InvalidOptionsException(PREFIX + "model", null, "is required (multinomial or ordinal)");
        }
        if (!(l2 >= 0) || !Double.isFinite(l2)) {
            throw new InvalidOptionsException(PREFIX + "l2", l2, "must be a finite number of 0 or more");
        }
        if (maxIterations < 1) {
            throw new InvalidOptionsException(PREFIX + "maxIterations", maxIterations, "must be 1 or more");
        }
        if (!(tolerance > 0) || !Double.isFinite(tolerance)) {
            throw new InvalidOptionsException(PREFIX + "tolerance", tolerance, "must be a finite number above 0");
        }
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
     * ({@code l2}); unknown keys under the prefix, and unknown bare keys, are rejected.
     */
    public static LogisticOptions fromProperties(Map<String, String> properties) {
        Map<String, String> bare = new TreeMap<>();
        properties.forEach((k, v) -> {
            if (!k.startsWith("ltc.")) {
                bare.put(PREFIX + k, v);
            } else {
                bare.put(k, v);
            }
        });
        Map<String, String> mine = Options.under(PREFIX, bare, KNOWN);
        Builder b = builder();
        mine.forEach((k, v) -> {
            String p = PREFIX + k;
            switch (k) {
                case "model" -> {
                    try {
                        b.model(Model.valueOf(v.trim().toUpperCase(java.util.Locale.ROOT)));
                    } catch (IllegalArgumentException e) {
                        throw new InvalidOptionsException(p, v, "must be multinomial or ordinal");
                    }
                }
                case "l2" -> b.l2(Options.doubleValue(p, v, 0, 1e12));
                case "maxIterations" -> b.maxIterations(Options.intValue(p, v, 1, 1_000_000));
                case "tolerance" -> b.tolerance(Options.doubleValue(p, v, Double.MIN_VALUE, 1));
                case "standardise" -> b.standardise(Options.booleanValue(p, v));
                default -> throw new InvalidOptionsException(p, v, "is not an option");
            }
        });
        return b.build();
    }

    /** These options as bare properties, sorted, for provenance. */
    public Map<String, String> toProperties() {
        Map<String, String> m = new TreeMap<>();
        m.put("model", model.name().toLowerCase(java.util.Locale.ROOT));
        m.put("l2", Double.toString(l2));
        m.put("maxIterations", Integer.toString(maxIterations));
        m.put("tolerance", Double.toString(tolerance));
        m.put("standardise", Boolean.toString(standardise));
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
