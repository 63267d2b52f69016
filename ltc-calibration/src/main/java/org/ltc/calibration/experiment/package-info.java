/**
 * The experiment harness for researchers: labelled cases ({@link org.ltc.calibration.experiment.CaseDataset},
 * read by {@link org.ltc.calibration.experiment.CasesCsv}), stratified, repeated and leave-one-group-out
 * folds, metrics with bootstrap confidence intervals, paired comparisons of calibrators, experiment spec
 * files and results with provenance.
 *
 * <p>Public API. Datasets, specs and results are immutable and thread-safe; a run is deterministic for its
 * spec and seed whatever the number of threads.
 */
package org.ltc.calibration.experiment;
