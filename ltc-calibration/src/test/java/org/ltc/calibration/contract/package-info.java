/**
 * The calibrator contract kit: {@link org.ltc.calibration.contract.CalibratorContract}, the shared SPI
 * contract test every calibrator must pass, and {@link org.ltc.calibration.contract.CalibrationFixtures},
 * small inputs to calibrate (a town's notes and team judgements on Harwood's five stages, key-informant
 * ratings on the Community Readiness Model).
 *
 * <p>Public API of the {@code ltc-calibration} test jar (type {@code test-jar}, scope {@code test}): a
 * plug-in author implements the interface {@code CalibratorContract} with their calibrator. Fixtures are immutable and
 * thread-safe; each test instance is used by one thread.
 */
package org.ltc.calibration.contract;
