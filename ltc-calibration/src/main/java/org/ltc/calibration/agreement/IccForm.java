package org.ltc.calibration.agreement;

/**
 * The intraclass correlation forms of Shrout &amp; Fleiss (1979), "Intraclass correlations: uses in assessing
 * rater reliability", Psychological Bulletin 86(2), 420-428. {@code _1} forms give the reliability of one
 * rater's score; {@code _K} forms that of the mean of the k raters.
 */
public enum IccForm {
    /** One-way random effects: each target rated by a different random set of judges. */
    ICC_1_1,
    /** Two-way random effects, absolute agreement: judges are a random sample. */
    ICC_2_1,
    /** Two-way mixed effects, consistency: these judges are the only ones of interest. */
    ICC_3_1,
    /** ICC(1,1) for the mean of k judges. */
    ICC_1_K,
    /** ICC(2,1) for the mean of k judges. */
    ICC_2_K,
    /** ICC(3,1) for the mean of k judges. */
    ICC_3_K
}
