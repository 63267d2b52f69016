/**
 * The {@code rubric} calibrator: the anchored-scale protocol of the Community Readiness Model (raters'
 * consensus per interview, mean per dimension, mean over dimensions, stage by the framework's rule), with
 * disagreement between raters and between interviews turned into a distribution by a seeded bootstrap.
 * Named after the instrument it scores, a rubric of anchored scales.
 *
 * <p>Public API: {@link org.ltc.calibration.rubric.RubricCalibrator} and its options. Both are immutable and
 * thread-safe.
 */
package org.ltc.calibration.rubric;
