package org.ltc.theming.topic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;

/** The stop rule of LDA's sweeps: when it may stop, that it reads only its last two windows, the trainer obeys it. */
class ConvergenceRuleProperties {

    @Property(tries = 200)
    void neverStopsBeforeTwoWindowsNorBeforeTheBurnIn(@ForAll @IntRange(min = 1, max = 20) int window,
                                                      @ForAll @IntRange(min = 0, max = 60) int minSweeps,
                                                      @ForAll @IntRange(min = 0, max = 80) int n) {
        // A flat chain: converged as soon as the rule may say so.
        double[] flat = new double[n];
        Arrays.fill(flat, -7.5);
        ConvergenceRule rule = new ConvergenceRule(0.001, window, minSweeps);
        assertEquals(n >= 2 * window && n >= minSweeps, rule.converged(flat, n));
    }

    @Property(tries = 200)
    void stopsExactlyWhenTheChainRisesByAtMostTheTolerancePerSweep(@ForAll @IntRange(min = 1, max = 10) int window,
                                                               @ForAll @DoubleRange(min = 0, max = 0.05) @Scale(6)
                                                               double slope,
                                                               @ForAll @DoubleRange(min = 0.0001, max = 0.05)
                                                               @Scale(6) double tolerance,
                                                               @ForAll @LongRange(min = 0, max = 1_000) long seed) {
        // A chain rising by `slope` per sweep over its last two windows (their means differ by slope * window),
        // whatever came before them (here random values, which the rule must not read).
        int n = 2 * window + new SplittableRandom(seed).nextInt(20);
        double[] ll = new SplittableRandom(seed).doubles(n, -9, -6).toArray();
        for (int i = n - 2 * window; i < n; i++) {
            ll[i] = -8 + slope * i;
        }
        ConvergenceRule rule = new ConvergenceRule(tolerance, window, 0);
        if (slope < tolerance * 0.999) {
            assertTrue(rule.converged(ll, n));
        } else if (slope > tolerance * 1.001) {
            assertFalse(rule.converged(ll, n));
        }
        double[] copy = ll.clone();
        boolean first = rule.converged(ll, n);
        Arrays.fill(copy, 0, n - 2 * window, 0.0);
        assertEquals(first, rule.converged(copy, n), "only the last two windows count");
        assertEquals(first, rule.converged(ll, n), "the same figures, the same answer");
    }

    /** A random collection: {@code docs} documents of 0 to 30 tokens over {@code vocab} words, from {@code seed}. */
    private static int[][] collection(int docs, int vocab, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int[][] out = new int[docs][];
        for (int d = 0; d < docs; d++) {
            out[d] = rnd.ints(rnd.nextInt(31), 0, vocab).toArray();
        }
        return out;
    }

    @Property(tries = 40)
    void theTrainerStopsAtTheFirstConvergedSweepOrTheMaximumTheSameOnAnyThreadCount(
            @ForAll @IntRange(min = 1, max = 300) int docs, @ForAll @IntRange(min = 1, max = 50) int vocab,
            @ForAll @IntRange(min = 2, max = 20) int topics, @ForAll @IntRange(min = 0, max = 30) int max,
            @ForAll @IntRange(min = 1, max = 5) int window,
            @ForAll @DoubleRange(min = 0, max = 0.05) @Scale(6) double tolerance,
            @ForAll @IntRange(min = 2, max = 4) int threads, @ForAll @LongRange(min = 0, max = 1_000) long seed) {
        int[][] collection = collection(docs, vocab, seed);
        LdaOptions options = LdaOptions.builder().topics(topics).maxIterations(max).window(window)
                .tolerance(tolerance).build();
        LdaTrainer one = new LdaTrainer(collection, vocab, options, null, seed);
        LdaModel a = one.train(1, null);
        LdaTrainer many = new LdaTrainer(collection, vocab, options, null, seed);
        LdaModel b = many.train(threads, null);

        assertTrue(one.iteration() <= max, "never more than the maximum: " + one.iteration());
        double[] ll = one.logLikelihoods();
        assertEquals(one.iteration(), ll.length);
        ConvergenceRule rule = new ConvergenceRule(tolerance, window, 0);
        for (int n = 1; n < one.iteration(); n++) {
            assertFalse(rule.converged(ll, n), "it would have stopped after " + n);
        }
        if (one.stopReason() == LdaTrainer.StopReason.CONVERGED) {
            assertTrue(rule.converged(ll, one.iteration()));
        } else {
            assertEquals(LdaTrainer.StopReason.MAX_ITERATIONS, one.stopReason());
            assertEquals(max, one.iteration());
        }
        for (double x : ll) {
            // at most 0 (a probability's log), but for rounding when a word is certain (a vocabulary of one)
            assertTrue(x <= 1e-6 && Double.isFinite(x), "a log-likelihood per token: " + x);
        }

        assertEquals(one.stopReason(), many.stopReason());
        assertArrayEquals(ll, many.logLikelihoods(), "the same figures on " + threads + " threads");
        for (int k = 0; k < topics; k++) {
            for (int w = 0; w < vocab; w++) {
                assertEquals(a.count(k, w), b.count(k, w));
            }
        }
    }
}
