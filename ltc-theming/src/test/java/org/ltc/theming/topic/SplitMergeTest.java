package org.ltc.theming.topic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SplitMergeTest {
    private static final int TRUE_TOPICS = 4;
    private static final int WORDS_PER_TOPIC = 25;
    private static final int VOCAB = TRUE_TOPICS * WORDS_PER_TOPIC;
    private static final int DOCS = 400;
    private static final int LENGTH = 30;

    /** Documents each drawn from one true topic (document d from topic d % 4), over disjoint blocks of words. */
    private static int[] words(int[] docStart) {
        SplittableRandom rnd = new SplittableRandom(7);
        int[] words = new int[DOCS * LENGTH];
        for (int d = 0; d <= DOCS; d++) {
            docStart[d] = d * LENGTH;
        }
        for (int i = 0; i < words.length; i++) {
            int topic = (i / LENGTH) % TRUE_TOPICS;
            // Zipf-like within the block: low ranks much more likely.
            int rank = (int) (WORDS_PER_TOPIC * Math.pow(rnd.nextDouble(), 2));
            words[i] = topic * WORDS_PER_TOPIC + rank;
        }
        return words;
    }

    private static int trueTopic(int token) {
        return (token / LENGTH) % TRUE_TOPICS;
    }

    /** True topics 0 and 1 merged in topic 0; true topic 3 spread over topics 1 and 3. */
    private static int[] stuckState(int tokens) {
        SplittableRandom rnd = new SplittableRandom(3);
        int[] z = new int[tokens];
        for (int i = 0; i < tokens; i++) {
            z[i] = switch (trueTopic(i)) {
                case 0, 1 -> 0;
                case 2 -> 2;
                default -> rnd.nextBoolean() ? 1 : 3;
            };
        }
        return z;
    }

    private static SplitMerge moves(int[] words, int[] z, int[] docStart, boolean[] frozen, long seed) {
        return new SplitMerge(words, z, docStart, DOCS, TRUE_TOPICS, VOCAB, 0.1, 0.01, null, null, null, frozen, seed);
    }

    @Test
    void aRoundSeparatesMergedTopicsAndGathersASplitOne() {
        int[] docStart = new int[DOCS + 1];
        int[] words = words(docStart);
        int[] z = stuckState(words.length);
        SplitMerge moves = moves(words, z, docStart, null, 11);
        double before = moves.logJoint();
        SplitMerge.Round round = moves.round();
        assertTrue(round.kept() >= 1, round.toString());
        assertEquals(before + round.gain(), moves.logJoint(), 1e-6 * Math.abs(before));
        // Every true topic now lives (almost) whole in one learned topic, and each learned topic holds one.
        int[][] joint = new int[TRUE_TOPICS][TRUE_TOPICS];
        for (int i = 0; i < z.length; i++) {
            joint[trueTopic(i)][z[i]]++;
        }
        boolean[] taken = new boolean[TRUE_TOPICS];
        for (int t = 0; t < TRUE_TOPICS; t++) {
            int best = 0;
            for (int k = 1; k < TRUE_TOPICS; k++) {
                best = joint[t][k] > joint[t][best] ? k : best;
            }
            assertTrue(joint[t][best] >= 0.9 * DOCS / TRUE_TOPICS * LENGTH, "true topic " + t + ": "
                    + Arrays.toString(joint[t]));
            assertTrue(!taken[best], "learned topic " + best + " holds two true topics");
            taken[best] = true;
        }
    }

    @Test
    void aMoveThatLowersTheLikelihoodIsUndoneExactly() {
        int[] docStart = new int[DOCS + 1];
        int[] words = words(docStart);
        // The true state: no move (dissolve one true topic, split another) can make it better.
        int[] z = new int[words.length];
        for (int i = 0; i < z.length; i++) {
            z[i] = trueTopic(i);
        }
        int[] truth = z.clone();
        SplitMerge moves = moves(words, z, docStart, null, 5);
        double before = moves.logJoint();
        for (int i = 0; i < TRUE_TOPICS; i++) {
            for (int j = 0; j < TRUE_TOPICS; j++) {
                if (i != j) {
                    double delta = moves.move(i, j, tokensOf(z, i), tokensOf(z, j));
                    // At best a move hands a topic back under another label (a change of rounding size only).
                    assertTrue(delta <= SplitMerge.MIN_GAIN, "move " + i + "/" + j + " gained " + delta);
                    assertArrayEquals(truth, z);
                }
            }
        }
        assertEquals(before, moves.logJoint(), 1e-9 * Math.abs(before));
        assertEquals(0, moves.round().kept());
    }

    private static int[] tokensOf(int[] z, int k) {
        return java.util.stream.IntStream.range(0, z.length).filter(i -> z[i] == k).toArray();
    }

    @Test
    void frozenTopicsAreLeftAlone() {
        int[] docStart = new int[DOCS + 1];
        int[] words = words(docStart);
        int[] z = stuckState(words.length);
        int[] before = z.clone();
        boolean[] frozen = {true, false, false, false};
        moves(words, z, docStart, frozen, 11).round();
        for (int i = 0; i < z.length; i++) {
            if (before[i] == 0) {
                assertEquals(0, z[i], "token " + i + " left the frozen topic");
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameMoves() {
        int[] docStart = new int[DOCS + 1];
        int[] words = words(docStart);
        int[] a = stuckState(words.length);
        int[] b = a.clone();
        moves(words, a, docStart, null, 42).round();
        moves(words, b, docStart, null, 42).round();
        assertArrayEquals(a, b);
    }

    @Test
    void logGammaMatchesKnownValues() {
        assertEquals(0.5723649429247001, SplitMerge.lgamma(0.5), 1e-13);
        assertEquals(0, SplitMerge.lgamma(1), 1e-13);
        assertEquals(Math.log(2), SplitMerge.lgamma(3), 1e-13);
        assertEquals(359.1342053695754, SplitMerge.lgamma(100), 1e-10);
        for (double x : new double[] {0.01, 0.3, 2.5, 9.99, 10, 123.4, 1e6}) {
            assertEquals(Math.log(x), SplitMerge.lgamma(x + 1) - SplitMerge.lgamma(x), 1e-9 * Math.max(1, x), "x=" + x);
        }
    }
}
