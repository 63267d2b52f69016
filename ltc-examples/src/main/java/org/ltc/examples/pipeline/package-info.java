/**
 * The whole practice as one call for hosts and the {@code ltc run} command: import, redaction, themes, the team's
 * review, public knowledge, stage, plan, check and report, written into one folder all together or not at all;
 * the review sheet a team edits in a spreadsheet; capacities from a spreadsheet; approval of a reviewed report.
 *
 * <p>API: {@link org.ltc.examples.pipeline.Pipeline}, {@link org.ltc.examples.pipeline.PipelineOptions},
 * {@link org.ltc.examples.pipeline.PipelineResult}, {@link org.ltc.examples.pipeline.ReviewSheet},
 * {@link org.ltc.examples.pipeline.CapacitiesFile} and {@link org.ltc.examples.pipeline.ReportApproval}. It lives
 * in ltc-examples because it joins the two sibling modules (theming and calibration), which never import each
 * other. Nothing here binds a logging backend.
 *
 * <p>Thread safety: options, results and sheets are immutable values; a {@code Pipeline} may serve many threads.
 */
package org.ltc.examples.pipeline;
