/** Calibration: stage frameworks, the Calibrator SPI, built-in calibrators, experiments, agreement and planning. */
module org.ltc.calibration {
    requires transitive org.ltc.model;
    requires org.slf4j;
    requires org.apache.lucene.core;
    requires org.apache.lucene.analysis.common;

    exports org.ltc.calibration;
    exports org.ltc.calibration.rubric;
    exports org.ltc.calibration.signals;
    exports org.ltc.calibration.agreement;
    exports org.ltc.calibration.action;
    // The action-pattern catalogue and the signal lexicon are read by Jackson.
    opens org.ltc.calibration.action;
    opens org.ltc.calibration.signals;

    uses org.ltc.calibration.Calibrator;

    provides org.ltc.calibration.Calibrator with org.ltc.calibration.rubric.RubricCalibrator,
            org.ltc.calibration.signals.SignalsCalibrator;
}
