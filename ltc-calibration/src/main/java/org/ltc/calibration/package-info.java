/**
 * Calibration API and SPI: the {@link org.ltc.calibration.Calibrator} extension point, the
 * {@link org.ltc.calibration.CalibrationInput} it judges, and {@link org.ltc.calibration.Calibrators} for
 * discovery.
 *
 * <p>Public API and SPI. Inputs and registries are immutable; calibrators must be immutable and thread-safe.
 */
package org.ltc.calibration;
