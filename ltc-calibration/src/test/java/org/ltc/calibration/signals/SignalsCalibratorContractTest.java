package org.ltc.calibration.signals;

import org.ltc.calibration.Calibrator;
import org.ltc.calibration.contract.CalibratorContract;

/** The signals calibrator keeps the contract on Riverton's notes. */
class SignalsCalibratorContractTest implements CalibratorContract {
    @Override
    public Calibrator calibrator() {
        return new SignalsCalibrator();
    }

    @Override
    public boolean sdkBuiltIn() {
        return true;
    }
}
