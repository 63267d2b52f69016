/** Calibration: stage frameworks, the Calibrator SPI, built-in calibrators, experiments, agreement and planning. */
module org.ltc.calibration {
    requires transitive org.ltc.model;
    requires org.slf4j;

    exports org.ltc.calibration;
    exports org.ltc.calibration.agreement;
    exports org.ltc.calibration.action;
    // The action-pattern catalogue is read by Jackson.
    opens org.ltc.calibration.action;

    uses org.ltc.calibration.Calibrator;
}
