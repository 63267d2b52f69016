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
