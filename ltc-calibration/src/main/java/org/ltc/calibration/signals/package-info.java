/**
 * The {@code signals} calibrator: reads stage signals (waiting for someone else, "enough is enough",
 * small groups starting things, networks forming, renewal) and public-capital factors from the notes and
 * themes themselves, through a documented lexicon per stage that a host can replace.
 *
 * <p>Public API: {@link org.ltc.calibration.signals.SignalsCalibrator}, its options and
 * {@link org.ltc.calibration.signals.SignalLexicon}. All are immutable and thread-safe.
 */
package org.ltc.calibration.signals;
