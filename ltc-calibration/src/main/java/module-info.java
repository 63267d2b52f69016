/** Calibration: stage frameworks, the Calibrator SPI, built-in calibrators, experiments, agreement and planning. */
module org.ltc.calibration {
    requires transitive org.ltc.model;
    requires org.slf4j;
    requires org.apache.lucene.core;
    requires org.apache.lucene.analysis.common;

    exports org.ltc.calibration;
    exports org.ltc.calibration.agreement;
    exports org.ltc.calibration.action;
    exports org.ltc.calibration.rubric;
    exports org.ltc.calibration.signals;
    exports org.ltc.calibration.learn;
    exports org.ltc.calibration.experiment;
    exports org.ltc.calibration.synthetic;

    // Read and written by Jackson: the action-pattern catalogue, the signal lexicon, saved models and
    // experiment results.
    opens org.ltc.calibration.action;
    opens org.ltc.calibration.signals;
    opens org.ltc.calibration.learn;
    opens org.ltc.calibration.experiment;
    opens org.ltc.calibration.synthetic;
    // the options binder (in org.ltc.model) builds the rubric weights codec, a nested class, by reflection
    opens org.ltc.calibration.rubric to org.ltc.model;

    uses org.ltc.calibration.Calibrator;
    uses org.ltc.calibration.experiment.CaseLearner;

    provides org.ltc.calibration.Calibrator with org.ltc.calibration.rubric.RubricCalibrator,
            org.ltc.calibration.signals.SignalsCalibrator, org.ltc.calibration.learn.LogisticCalibrator;
}
