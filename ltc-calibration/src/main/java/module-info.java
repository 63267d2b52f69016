/** Calibration: stage frameworks, the Calibrator SPI, built-in calibrators, experiments, agreement and planning. */
module org.ltc.calibration {
    requires transitive org.ltc.model;
    requires org.slf4j;

    exports org.ltc.calibration;
    exports org.ltc.calibration.agreement;
    exports org.ltc.calibration.learn;
    exports org.ltc.calibration.experiment;
    exports org.ltc.calibration.synthetic;

    uses org.ltc.calibration.Calibrator;
    uses org.ltc.calibration.experiment.CaseLearner;

    provides org.ltc.calibration.Calibrator with org.ltc.calibration.learn.LogisticCalibrator;

    // Saved models and experiment results are read and written by Jackson.
    opens org.ltc.calibration.learn;
    opens org.ltc.calibration.experiment;
    opens org.ltc.calibration.synthetic;
}
