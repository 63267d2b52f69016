/**
 * Trainable calibration: the {@code logistic} calibrator, multinomial or ordinal (proportional-odds)
 * logistic regression with L2 regularisation fitted by L-BFGS, over features drawn from a
 * {@link org.ltc.calibration.CalibrationInput} by {@link org.ltc.calibration.learn.CalibrationFeatures}.
 * The fitted {@link org.ltc.calibration.learn.LogisticModel} saves and loads as JSON.
 *
 * <p>Public API. Options, models and the calibrator are immutable and thread-safe; fitting is
 * deterministic (no randomness, one thread).
 */
package org.ltc.calibration.learn;
