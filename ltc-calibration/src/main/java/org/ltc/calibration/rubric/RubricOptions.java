package org.ltc.calibration.rubric;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.plugin.Options;
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
public record RubricOptions(Rounding rounding, Map<String, Double> weights, int resamples, double smoothing) {
    /** The property prefix. */
    public static final String PREFIX = "ltc.calibration.rubric.";
    /** Default number of bootstrap resamples. */
    public static final int DEFAULT_RESAMPLES = 1000;
    /** Default smoothing. */
    public static final double DEFAULT_SMOOTHING = 0.01;
    private static final Set<String> KNOWN = Set.of("rounding", "weights", "resamples", "smoothing");

    public RubricOptions {
        weights = Map.copyOf(new TreeMap<>(weights == null ? Map.of() : weights));
        weights.forEach((k, v) -> {
            if (!(v >= 0) || !Double.isFinite(v)) {
                throw new InvalidOptionsException(PREFIX + "weights", k + "=" + v, "weights must be finite and >= 0");
            }
        });
        if (resamples < 0 || resamples > 1_000_000) {
            throw new InvalidOptionsException(PREFIX + "resamples", String.valueOf(resamples),
                    "must be between 0 and 1000000");
        }
        if (!(smoothing >= 0 && smoothing <= 0.5)) {
            throw new InvalidOptionsException(PREFIX + "smoothing", String.valueOf(smoothing),
                    "must be between 0 and 0.5");
        }
    }

    /** The defaults: the framework's rule and weights, 1000 resamples, smoothing 0.01. */
    public static RubricOptions defaults() {
        return new RubricOptions(null, Map.of(), DEFAULT_RESAMPLES, DEFAULT_SMOOTHING);
    }

    public static Builder builder() {
        return new Builder(defaults());
    }

    /** These options with any {@code ltc.calibration.rubric.*} properties applied; other keys are ignored. */
    public RubricOptions withProperties(Map<String, String> properties) {
        Map<String, String> mine = Options.under(PREFIX, properties, KNOWN);
        Builder b = new Builder(this);
        mine.forEach((name, value) -> {
            String property = PREFIX + name;
            switch (name) {
                case "rounding" -> {
                    try {
                        b.rounding(Rounding.valueOf(value.trim().toUpperCase(Locale.ROOT)));
                    } catch (IllegalArgumentException e) {
                        throw new InvalidOptionsException(property, value, "must be FLOOR, NEAREST or CEILING");
                    }
                }
                case "weights" -> b.weights(parseWeights(property, value));
                case "resamples" -> b.resamples(Options.intValue(property, value, 0, 1_000_000));
                case "smoothing" -> b.smoothing(Options.doubleValue(property, value, 0, 0.5));
                default -> throw new IllegalStateException(name);
            }
        });
        return b.build();
    }

    /** The options as properties, defaults included (what provenance records). */
    public Map<String, String> toProperties(Rounding effectiveRounding) {
        Map<String, String> p = new TreeMap<>();
        p.put(PREFIX + "rounding", (rounding != null ? rounding : effectiveRounding).name());
        if (!weights.isEmpty()) {
            p.put(PREFIX + "weights", new TreeMap<>(weights).entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(",")));
        }
        p.put(PREFIX + "resamples", String.valueOf(resamples));
        p.put(PREFIX + "smoothing", String.valueOf(smoothing));
        return p;
    }

    private static Map<String, Double> parseWeights(String property, String value) {
        Map<String, Double> w = new TreeMap<>();
        for (String part : value.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new InvalidOptionsException(property, value, "must be dimension=weight pairs separated by commas");
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
