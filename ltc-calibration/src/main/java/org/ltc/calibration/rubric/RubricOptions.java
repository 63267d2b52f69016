package org.ltc.calibration.rubric;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ltc.model.InvalidOptionsException;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.ltc.model.plugin.Option;
import org.ltc.model.plugin.OptionCodec;
import org.ltc.model.plugin.OptionsBinder;
import org.ltc.model.plugin.OptionsNamespace;
import org.ltc.model.stage.Rounding;

/**
 * Options of the {@code rubric} calibrator, also readable from {@code ltc.calibration.rubric.*} properties.
 *
 * @param rounding  how the overall score becomes a stage, or {@code null} for the framework's rule
 *                  (property {@code rounding}: {@code FLOOR}, {@code NEAREST}, {@code CEILING})
 * @param weights   weight per dimension id, replacing the framework's; empty for the framework's (property
 *                  {@code weights}: {@code leadership=2,resources=1})
 * @param resamples bootstrap resamples over interviews and raters; 0 gives the protocol's stage with no
 *                  spread but the smoothing (property {@code resamples}, default 1000)
 * @param smoothing the share of probability spread evenly over all stages, so no stage is ever impossible
 *                  and log-loss stays finite (property {@code smoothing}, default 0.01, in [0, 0.5])
 */
@OptionsNamespace("ltc.calibration.rubric")
public record RubricOptions(
        @Option("How the overall score becomes a stage: FLOOR, NEAREST or CEILING (default: the framework's rule).")
        Rounding rounding,
        @Option(value = "Weight per dimension id, replacing the framework's, e.g. leadership=2,resources=1.",
                codec = RubricOptions.WeightsCodec.class) Map<String, Double> weights,
        @Option("Bootstrap resamples over interviews and raters (0: the protocol's stage, no spread).") @Min(0)
        @Max(1_000_000) int resamples,
        @Option("The share of probability spread evenly over all stages.") @DecimalMin("0") @DecimalMax("0.5")
        double smoothing) {
    /** The property prefix. */
    public static final String PREFIX = "ltc.calibration.rubric.";
    /** Default number of bootstrap resamples. */
    public static final int DEFAULT_RESAMPLES = 1000;
    /** Default smoothing. */
    public static final double DEFAULT_SMOOTHING = 0.01;

    public RubricOptions {
        weights = Map.copyOf(new TreeMap<>(weights == null ? Map.of() : weights));
        weights.forEach((k, v) -> {
            if (!(v >= 0) || !Double.isFinite(v)) {
                throw new InvalidOptionsException(PREFIX + "weights", k + "=" + v, "weights must be finite and >= 0");
            }
        });
        OptionsBinder.check(RubricOptions.class, rounding, weights, resamples, smoothing);
    }

    /** The defaults: the framework's rule and weights, 1000 resamples, smoothing 0.01. */
    public static RubricOptions defaults() {
        return new RubricOptions(null, Map.of(), DEFAULT_RESAMPLES, DEFAULT_SMOOTHING);
    }

    /** The defaults overridden by {@code ltc.calibration.rubric.*} properties. */
    public static RubricOptions bind(Map<String, String> properties) {
        return defaults().withProperties(properties);
    }

    public static Builder builder() {
        return new Builder(defaults());
    }

    /** These options with any {@code ltc.calibration.rubric.*} properties applied; unknown keys there fail. */
    public RubricOptions withProperties(Map<String, String> properties) {
        return OptionsBinder.bind(this, properties);
    }

    /** Every option set as a property (the framework's rounding left out when none is chosen). */
    public Map<String, String> toProperties() {
        return OptionsBinder.toProperties(this);
    }

    /** The options as properties, defaults included (what provenance records), with the rounding used. */
    public Map<String, String> toProperties(Rounding effectiveRounding) {
        Map<String, String> p = new TreeMap<>(toProperties());
        p.put(PREFIX + "rounding", (rounding != null ? rounding : effectiveRounding).name());
        return p;
    }

    /** Weights as {@code dimension=weight,dimension=weight}, sorted by dimension; none is written as nothing. */
    static final class WeightsCodec implements OptionCodec<Map<String, Double>> {
        @Override
        public Map<String, Double> read(String property, String value) {
            Map<String, Double> w = new TreeMap<>();
            for (String part : value.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                int eq = part.indexOf('=');
                if (eq <= 0) {
                    throw new InvalidOptionsException(property, value,
                            "must be dimension=weight pairs separated by commas");
                }
                String dim = part.substring(0, eq).trim();
                try {
                    w.put(dim, Double.parseDouble(part.substring(eq + 1).trim()));
                } catch (NumberFormatException e) {
                    throw new InvalidOptionsException(property, value, "the weight of " + dim + " is not a number");
                }
            }
            return w;
        }

        @Override
        public String write(Map<String, Double> weights) {
            return weights.isEmpty() ? null : new TreeMap<>(weights).entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
        }

        @Override
        public String typeName() {
            return "dimension=weight,…";
        }
    }

    /** Builds options; each setter rejects a bad value at once. */
    public static final class Builder {
        private Rounding rounding;
        private Map<String, Double> weights;
        private int resamples;
        private double smoothing;

        private Builder(RubricOptions from) {
            this.rounding = from.rounding;
            this.weights = from.weights;
            this.resamples = from.resamples;
            this.smoothing = from.smoothing;
        }

        public Builder rounding(Rounding value) {
            this.rounding = value;
            return this;
        }

        public Builder weights(Map<String, Double> value) {
            this.weights = value;
            new RubricOptions(rounding, value, resamples, smoothing);
            return this;
        }

        public Builder resamples(int value) {
            new RubricOptions(rounding, weights, value, smoothing);
            this.resamples = value;
            return this;
        }

        public Builder smoothing(double value) {
            new RubricOptions(rounding, weights, resamples, value);
            this.smoothing = value;
            return this;
        }

        public RubricOptions build() {
            return new RubricOptions(rounding, weights, resamples, smoothing);
        }
    }
}
