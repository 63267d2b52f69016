/**
 * Synthetic communities for simulation studies: a documented generative model (latent stage, rater bias
 * and noise, public capital, notes whose wording carries stage signals) with the Bayes rate of the true
 * model estimated by simulation, so a calibrator's accuracy can be judged against the best possible.
 * See {@link org.ltc.calibration.synthetic.SyntheticCommunities}.
 *
 * <p>Public API. Options, communities and datasets are immutable; generation is deterministic for a seed
 * and thread-safe.
 */
package org.ltc.calibration.synthetic;
