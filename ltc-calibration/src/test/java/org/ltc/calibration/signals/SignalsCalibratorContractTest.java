package org.ltc.calibration.signals;

import org.ltc.calibration.Calibrator;
import org.ltc.calibration.contract.CalibratorContract;

/** The signals calibrator keeps the contract on Riverton's notes. */
class SignalsCalibratorContractTest extends CalibratorContract {
    @Override
    protected Calibrator calibrator() {
        return new SignalsCalibrator();
    }

    @Override
    protected boolean sdkBuiltIn() {
        return true;
    }
}
