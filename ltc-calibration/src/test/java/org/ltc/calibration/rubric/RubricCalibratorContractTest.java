package org.ltc.calibration.rubric;

import org.ltc.calibration.Calibrator;
import org.ltc.calibration.contract.CalibratorContract;

/** The rubric calibrator keeps the contract on Riverton's team judgements. */
class RubricCalibratorContractTest implements CalibratorContract {
    @Override
    public Calibrator calibrator() {
        return new RubricCalibrator();
    }

    @Override
    public boolean sdkBuiltIn() {
        return true;
    }
}
