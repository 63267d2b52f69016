/**
 * Action planning: from public knowledge, a stage assessment and what a library can do to a draft
 * {@link org.ltc.model.action.ActionPlan} in Harwood's sweet spot of public life, with actions fitted to the
 * community's stage ({@link org.ltc.calibration.action.ActionPlanner} over a replaceable
 * {@link org.ltc.calibration.action.ActionPatternCatalogue}); the intentionality check (the 3A's: authority,
 * authenticity, accountability, and stage fit) over any plan ({@link org.ltc.calibration.action.IntentionalityCheck});
 * and progress tracking with roll-up, overdue promises and a share-back summary
 * ({@link org.ltc.calibration.action.Progress}).
 *
 * <p>Public API. Records and catalogues are immutable and thread-safe; the planner and the check are immutable
 * and may serve many threads.
 */
package org.ltc.calibration.action;
