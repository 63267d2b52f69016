package org.ltc.calibration.learn;

import java.util.ArrayList;
import java.util.List;
import org.ltc.calibration.CalibrationInput;
import org.ltc.calibration.Calibrator;
import org.ltc.calibration.contract.CalibrationFixtures;
import org.ltc.calibration.contract.CalibratorContract;
import org.ltc.calibration.synthetic.SyntheticCommunities;
import org.ltc.calibration.synthetic.SyntheticDataset;
import org.ltc.calibration.synthetic.SyntheticOptions;

/**
 * The logistic calibrator keeps the shared contract, trained on synthetic communities rated on the built-in
 * Harwood framework (its single team-judgement dimension) and judging the contract's Riverton input.
 */
class LogisticCalibratorContractTest implements CalibratorContract {
    private static final LogisticCalibrator TRAINED = train();

    private static LogisticCalibrator train() {
        SyntheticOptions o = SyntheticOptions.builder().framework(CalibrationFixtures.harwood()).communities(300).build();
        SyntheticDataset d = SyntheticCommunities.generate(o, 1);
        List<CalibrationInput> inputs = new ArrayList<>();
        List<String> stages = new ArrayList<>();
        for (int i = 0; i < d.communities().size(); i++) {
            inputs.add(d.calibrationInput(i, 1));
            stages.add(o.framework().stage(d.communities().get(i).stageNumber()).id());
        }
        return LogisticCalibrator.train(inputs, stages, LogisticOptions.defaults());
    }

    @Override
    public Calibrator calibrator() {
        return TRAINED;
    }
}
