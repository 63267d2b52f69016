/**
 * Inter-rater agreement, so a team can check its raters before it trusts their labels: Cohen's kappa
 * (unweighted, linear and quadratic weights), Fleiss' kappa, Krippendorff's alpha (nominal, ordinal,
 * interval, ratio; missing values allowed) and intraclass correlations (Shrout &amp; Fleiss 1979), with
 * {@link org.ltc.calibration.agreement.AgreementCsv} for the command-line formats.
 *
 * <p>Public API. Tables are immutable; the statistics are stateless static methods; all thread-safe.
 */
package org.ltc.calibration.agreement;
