package org.ltc.calibration.learn;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.ltc.calibration.CalibrationInput;
import org.ltc.model.stage.IndicatorRating;
import org.ltc.model.stage.PublicCapitalLevel;
import org.ltc.model.stage.PublicCapitalRating;

/**
 * The documented feature extraction from a {@link CalibrationInput}: every feature has a name, and a
 * trained {@link LogisticModel} asks for its features by name.
 *
 * <ul>
 *   <li>{@code rating.<dimensionId>}: the mean of every indicator rating of that dimension (all raters,
 *       all interviews);</li>
 *   <li>{@code capital.<factorId>}: the mean public-capital level of that factor over raters, with
 *       lacking = 0, in pockets = 1, abundant = 2;</li>
 *   <li>any other name: the numeric community indicator of that name ({@code input.indicators()}); stage
 *       signals read from notes enter this way, by the convention {@code signal.<stageId>} = how many notes
 *       carry that stage's signals (what the synthetic communities of {@code org.ltc.calibration.synthetic} carry).</li>
 * </ul>
 * A feature the input cannot supply is absent (a calibrator then imputes it, see {@link LogisticCalibrator}).
 */
public final class CalibrationFeatures {
    /** Prefix of dimension-rating features. */
    public static final String RATING = "rating.";
    /** Prefix of public-capital features. */
    public static final String CAPITAL = "capital.";
    /** Prefix of note-signal indicators (a naming convention; they are read as indicators). */
    public static final String SIGNAL = "signal.";

    private CalibrationFeatures() {
    }

    /** Every feature the input can supply, by name (sorted). */
    public static Map<String, Double> extract(CalibrationInput input) {
        Map<String, double[]> sums = new TreeMap<>();
        for (IndicatorRating r : input.ratings()) {
            double[] s = sums.computeIfAbsent(RATING + r.dimensionId(), k -> new double[2]);
            s[0] += r.score();
            s[1]++;
        }
        for (PublicCapitalRating r : input.publicCapital()) {
            double[] s = sums.computeIfAbsent(CAPITAL + r.factorId(), k -> new double[2]);
            s[0] += level(r.level());
            s[1]++;
        }
        Map<String, Double> out = new TreeMap<>();
        sums.forEach((k, s) -> out.put(k, s[0] / s[1]));
        input.indicators().forEach(out::putIfAbsent);
        return out;
    }

    /** One feature, or empty when the input cannot supply it. */
    public static OptionalDouble value(Map<String, Double> extracted, String name) {
        Double v = extracted.get(name);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** The numeric code of a public-capital level: lacking 0, in pockets 1, abundant 2. */
    public static double level(PublicCapitalLevel level) {
        return switch (level) {
            case LACKING -> 0;
            case IN_POCKETS -> 1;
            case ABUNDANT -> 2;
        };
    }

    /** The feature values of many inputs in one matrix, in the order of {@code names}; missing is NaN. */
    public static double[][] matrix(List<CalibrationInput> inputs, List<String> names) {
        double[][] x = new double[inputs.size()][names.size()];
        for (int i = 0; i < inputs.size(); i++) {
            Map<String, Double> f = extract(inputs.get(i));
            for (int j = 0; j < names.size(); j++) {
                x[i][j] = f.getOrDefault(names.get(j), Double.NaN);
            }
        }
        return x;
    }
}
