package org.ltc.theming.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Invariants of split-merge rounds on random states of small random collections. */
class SplitMergeProperties {

    @Property(tries = 60)
    void aRoundIsTheSameOnOneThreadAndOnSeveral(@ForAll @IntRange(min = 1, max = 120) int docs,
                                               @ForAll @IntRange(min = 1, max = 40) int vocab,
                                               @ForAll @IntRange(min = 2, max = 12) int topics,
                                               @ForAll @IntRange(min = 2, max = 5) int threads,
                                               @ForAll @LongRange(min = 0, max = 1_000) long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] docStart = new int[docs + 1];
        for (int d = 0; d < docs; d++) {
            docStart[d + 1] = docStart[d] + rnd.nextInt(25);
        }
        int[] words = rnd.ints(docStart[docs], 0, vocab).toArray();
        // a stuck-looking start: most documents' tokens in one or two topics
        int[] z = new int[words.length];
        for (int d = 0; d < docs; d++) {
            int a = rnd.nextInt(topics);
            int b = rnd.nextInt(topics);
            for (int i = docStart[d]; i < docStart[d + 1]; i++) {
                z[i] = rnd.nextInt(4) == 0 ? b : a;
            }
        }
        int[] one = z.clone();
        int[] several = z.clone();
        SplitMerge.Round r1 = new SplitMerge(words, one, docStart, docs, topics, vocab, 0.1, 0.01, null, null, null,
                null, seed).round(null);
        SplitMerge.Round rn = new SplitMerge(words, several, docStart, docs, topics, vocab, 0.1, 0.01, null, null,
                null, null, seed).round(org.ltc.model.plugin.Workers.of(null, threads, null));
        assertEquals(r1, rn);
        org.junit.jupiter.api.Assertions.assertArrayEquals(one, several);
        // the token lists updated after each kept move are those a recount makes
        int[] recounted = z.clone();
        SplitMerge plain = new SplitMerge(words, recounted, docStart, docs, topics, vocab, 0.1, 0.01, null, null,
                null, null, seed);
        plain.recount = true;
        assertEquals(r1, plain.round(null));
        org.junit.jupiter.api.Assertions.assertArrayEquals(one, recounted);
    }

    @Property(tries = 40)
    void roundsKeepMovesOnStuckStates(@ForAll @LongRange(min = 0, max = 1_000) long seed) {
        // two true topics per learned one and junk: several moves a round, so the update after each is exercised
        SplittableRandom rnd = new SplittableRandom(seed);
        int docs = 80;
        int topics = 6;
        int vocab = 60;
        int[] docStart = new int[docs + 1];
        int[] words = new int[docs * 20];
        int[] z = new int[words.length];
        for (int d = 0; d < docs; d++) {
            docStart[d + 1] = docStart[d] + 20;
            int truth = d % topics;
            for (int i = docStart[d]; i < docStart[d + 1]; i++) {
                words[i] = truth * 10 + rnd.nextInt(10);
                z[i] = truth < 4 ? truth / 2 : 2 + rnd.nextInt(4);
            }
        }
        int[] start = z.clone();
        int[] updated = z.clone();
        SplitMerge fast = new SplitMerge(words, updated, docStart, docs, topics, vocab, 0.1, 0.01, null, null, null,
                null, seed);
        SplitMerge.Round round = fast.round(null);
        SplitMerge plain = new SplitMerge(words, z, docStart, docs, topics, vocab, 0.1, 0.01, null, null, null, null,
                seed);
        plain.recount = true;
        assertTrue(round.kept() >= 1, round.toString());
        assertEquals(round, plain.round(null));
        org.junit.jupiter.api.Assertions.assertArrayEquals(z, updated);
        // each word here is one true topic's: a trial adds topics to its list, which the next trial must not see
        int[] threaded = start.clone();
        assertEquals(round, new SplitMerge(words, threaded, docStart, docs, topics, vocab, 0.1, 0.01, null, null,
                null, null, seed).round(org.ltc.model.plugin.Workers.of(null, 3, null)));
        org.junit.jupiter.api.Assertions.assertArrayEquals(z, threaded);
    }

    @Property(tries = 80)
    void aRoundNeverLowersTheLikelihoodAndKeepsTheCountsTrue(@ForAll @IntRange(min = 1, max = 120) int docs,
                                                             @ForAll @IntRange(min = 1, max = 40) int vocab,
                                                             @ForAll @IntRange(min = 2, max = 8) int topics,
                                                             @ForAll boolean anchored,
                                                             @ForAll @LongRange(min = 0, max = 1_000) long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] docStart = new int[docs + 1];
        for (int d = 0; d < docs; d++) {
            docStart[d + 1] = docStart[d] + rnd.nextInt(25);
        }
        int tokens = docStart[docs];
        int[] words = rnd.ints(tokens, 0, vocab).toArray();
        int[] z = rnd.ints(tokens, 0, topics).toArray();
        // Anchored: one word with 5 pseudo-counts in topic 0, which is then frozen.
        int[] anchorStart = null;
        int[] anchorTopic = null;
        int[] anchorCount = null;
        boolean[] frozen = new boolean[topics];
        if (anchored) {
            int word = rnd.nextInt(vocab);
            anchorStart = new int[vocab + 1];
            for (int w = word + 1; w <= vocab; w++) {
                anchorStart[w] = 1;
            }
            anchorTopic = new int[] {0};
            anchorCount = new int[] {5};
            frozen[0] = true;
        }
        int[] frozenBefore = z.clone();
        SplitMerge moves = new SplitMerge(words, z, docStart, docs, topics, vocab, 0.1, 0.01, anchorStart, anchorTopic,
                anchorCount, frozen, seed);
        double before = moves.logJoint();
        SplitMerge.Round round = moves.round();
        double after = moves.logJoint();
        double tolerance = 1e-7 * Math.max(1, Math.abs(before));
        assertTrue(round.gain() >= 0 && round.kept() <= round.tried(), round.toString());
        assertTrue(after >= before - tolerance, before + " -> " + after);
        assertEquals(before + round.gain(), after, tolerance, "the reported gain is the change");
        // The counts the moves kept match the assignments they left.
        SplitMerge fresh = new SplitMerge(words, z.clone(), docStart, docs, topics, vocab, 0.1, 0.01, anchorStart,
                anchorTopic, anchorCount, frozen, seed);
        assertEquals(fresh.logJoint(), after, tolerance);
        for (int i = 0; i < tokens; i++) {
            assertTrue(z[i] >= 0 && z[i] < topics);
            if (anchored && frozenBefore[i] == 0) {
                assertEquals(0, z[i], "a token left the anchored topic");
            }
        }
    }
}
