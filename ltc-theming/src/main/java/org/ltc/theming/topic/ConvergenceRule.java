package org.ltc.theming.topic;

import org.ltc.model.InvalidOptionsException;

/**
 * When {@link LdaTrainer}'s sweeps after the warm start stop by themselves: once the log-likelihood per token
 * ({@link LdaTrainer#logLikelihoodPerToken}) rises by no more than {@code tolerance} per sweep, measured as the
 * difference between the mean of the last {@code window} sweeps and the mean of the {@code window} sweeps
 * before them, divided by {@code window}. Window means rather than single sweeps, because one sweep's figure is
 * a single sample of the chain: on a few thousand tokens it wanders by more than the trend it is meant to show.
 * It turns into a rule the usual look at a Gibbs sampler's log-likelihood trace (Griffiths and Steyvers,
 * "Finding scientific topics", PNAS 2004, judge burn-in by it).
 *
 * <p>A pure function of the figures it is given, so the stop depends on the seed and options only. Immutable.
 *
 * @param tolerance the rise per sweep of the log-likelihood per token (nats), at or below which the chain
 *                  counts as converged
 * @param window    sweeps per window (at least 1); at least two windows run before the rule can stop
 * @param minSweeps sweeps that always run first (the burn-in, when hyperparameters are optimised after it)
 */
record ConvergenceRule(double tolerance, int window, int minSweeps) {
    ConvergenceRule {
        if (!(tolerance >= 0)) {
            throw new InvalidOptionsException(LdaOptions.PREFIX + "tolerance", tolerance, "must be 0 or more");
        }
        if (window < 1) {
            throw new InvalidOptionsException(LdaOptions.PREFIX + "window", window, "must be at least 1");
        }
        if (minSweeps < 0) {
            throw new InvalidOptionsException(LdaOptions.PREFIX + "burnIn", minSweeps, "must be 0 or more");
        }
    }

    /** The rule an options record asks for (its burn-in runs first when alpha and beta are optimised). */
    static ConvergenceRule of(LdaOptions options) {
        return new ConvergenceRule(options.tolerance(), options.window(),
                options.optimiseInterval() > 0 ? options.burnIn() : 0);
    }

    /** Whether the chain has converged after {@code n} sweeps whose figures are {@code logLikelihoods[0..n)}. */
    boolean converged(double[] logLikelihoods, int n) {
        if (n < 2 * window || n < minSweeps) {
            return false;
        }
        double last = 0;
        double before = 0;
        for (int i = 0; i < window; i++) {
            last += logLikelihoods[n - 1 - i];
            before += logLikelihoods[n - 1 - window - i];
        }
        return (last - before) / ((double) window * window) <= tolerance;
    }
}
