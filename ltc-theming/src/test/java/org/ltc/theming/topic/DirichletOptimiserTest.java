package org.ltc.theming.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hyperparameter optimiser and the special function it uses, against values worked by hand. */
class DirichletOptimiserTest {
    @Test
    void digammaMatchesKnownValues() {
        double gamma = 0.5772156649015329; // Euler-Mascheroni: ψ(1) = -γ; the series is good to about 1e-10
        assertEquals(-gamma, DirichletOptimiser.digamma(1), 1e-9);
        assertEquals(-gamma - 2 * Math.log(2), DirichletOptimiser.digamma(0.5), 1e-9);
        assertEquals(1 - gamma, DirichletOptimiser.digamma(2), 1e-9);
        // the recurrence ψ(x + 1) = ψ(x) + 1/x, across the switch to the series at 6
        for (double x = 0.3; x < 12; x += 0.7) {
            assertEquals(DirichletOptimiser.digamma(x) + 1 / x, DirichletOptimiser.digamma(x + 1), 1e-9, "x=" + x);
        }
    }

    @Test
    void alphaMovesTowardTheConcentrationTheCountsShow() {
        // 400 documents of 20 tokens over 10 topics: each document on one topic (sparse: small alpha) versus
        // spread evenly (large alpha); from the same start, the estimate goes down for the first, up for the second.
        int docs = 400;
        int len = 20;
        int topics = 10;
        long[] lenHist = new long[len + 1];
        lenHist[len] = docs;
        long[] oneTopic = new long[len + 1];
        oneTopic[len] = docs;
        long[] spread = new long[len + 1];
        spread[2] = (long) docs * topics;
        double start = 1.0;
        assertTrue(DirichletOptimiser.fixedPoint(start, topics, oneTopic, lenHist) < start);
        assertTrue(DirichletOptimiser.fixedPoint(start, topics, spread, lenHist) > start);
    }

    @Test
    void optimiseKeepsBothPriorsPositiveAndFinite() {
        SplittableRandom r = new SplittableRandom(3);
        int topics = 5;
        int vocab = 30;
        int[] docStart = new int[51];
        for (int d = 0; d < 50; d++) {
            docStart[d + 1] = docStart[d] + 1 + r.nextInt(12);
        }
        int[] z = new int[docStart[50]];
        int[] counts = new int[vocab * topics];
        long[] totals = new long[topics];
        for (int i = 0; i < z.length; i++) {
            z[i] = r.nextInt(topics);
            counts[r.nextInt(vocab) * topics + z[i]]++;
            totals[z[i]]++;
        }
        DirichletOptimiser.Priors p = DirichletOptimiser.optimise(z, docStart, 50, 12, topics, vocab, counts, totals,
                0.1, 0.01);
        assertTrue(p.alpha() > 0 && Double.isFinite(p.alpha()), "alpha " + p.alpha());
        assertTrue(p.beta() > 0 && Double.isFinite(p.beta()), "beta " + p.beta());
    }
}
