/**
 * Stages of community life and how to judge them: stage frameworks (ordered stages, dimensions, anchored
 * scales, the scoring rule), public-capital factors and ratings, indicator ratings, and the
 * {@link org.ltc.model.stage.StageAssessment} a calibrator returns. {@code StageAssessment} is a
 * top-level document.
 *
 * <p>Public API. Records are immutable, validate in their constructors and are thread-safe.
 */
package org.ltc.model.stage;
