package org.ltc.calibration.rubric;

import org.ltc.calibration.CalibrationInput;
import org.ltc.calibration.Calibrator;
import org.ltc.calibration.contract.CalibrationFixtures;
import org.ltc.calibration.contract.CalibratorContract;

/** The rubric calibrator keeps the contract on the Community Readiness Model's interviews too. */
class RubricReadinessContractTest implements CalibratorContract {
    @Override
    public Calibrator calibrator() {
        return new RubricCalibrator();
    }

    @Override
    public CalibrationInput input() {
        return CalibrationFixtures.readinessInput();
    }

    @Override
    public boolean sdkBuiltIn() {
        return true;
    }
}
