package org.ltc.calibration;

import org.ltc.model.plugin.Plugin;
import org.ltc.model.stage.StageAssessment;

/**
 * The calibration extension point: judges which stage of a framework a community is at, from ratings,
 * public knowledge and indicators, returning a distribution over the stages with its reasons.
 *
 * <p>An implementation is immutable configuration and may serve many threads at once. The same input,
 * options and seed give the same assessment, which carries {@link org.ltc.model.provenance.Provenance}.
 * Register it in {@code META-INF/services/org.ltc.calibration.Calibrator} and with {@code provides} in a
 * named module. Every implementation should pass the shared contract test in this module's test jar
 * ({@code CalibratorContract}).
 */
public interface Calibrator extends Plugin {
    StageAssessment assess(CalibrationInput input);
}
