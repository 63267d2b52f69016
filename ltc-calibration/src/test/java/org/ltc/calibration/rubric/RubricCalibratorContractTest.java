package org.ltc.calibration.rubric;

import org.ltc.calibration.Calibrator;
import org.ltc.calibration.contract.CalibratorContract;

/** The rubric calibrator keeps the contract on Riverton's team judgements. */
class RubricCalibratorContractTest extends CalibratorContract {
    @Override
    protected Calibrator calibrator() {
        return new RubricCalibrator();
    }

    @Override
    protected boolean sdkBuiltIn() {
        return true;
    }
}
