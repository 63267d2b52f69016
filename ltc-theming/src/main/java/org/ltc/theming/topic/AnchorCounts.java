package org.ltc.theming.topic;

import java.util.Arrays;
import org.ltc.model.InvalidOptionsException;

/**
 * Anchor words ("seeded topics") as a prior boost: {@code strength} pseudo-occurrences of each anchored word in
 * its topic, an asymmetric addition to the word side's Dirichlet prior (β) that is part of the word-topic counts
 * but never resampled. Per word, the topics it is anchored to are {@code topic[start[w] .. start[w + 1])} with
 * pseudo-counts {@code count[..]}; repeats add up.
 *
 * <p>Immutable after construction (the arrays are the trainer's to read, never to write); thread-safe to read.
 */
final class AnchorCounts {
    /** Per word, where its anchored topics begin in {@link #topic}; {@code vocab + 1} entries. */
    final int[] start;
    /** The anchored topics, word by word, in increasing order per word. */
    final int[] topic;
    /** The pseudo-count of each anchored (word, topic). */
    final int[] count;
    /** The pseudo-counts per topic. */
    final long[] topicTotals;
    /** Per word, its first anchored topic, or -1: where the word's tokens start. */
    final int[] firstTopic;

    /**
     * @param anchorWordIds per topic, the word ids anchored to it (may be {@code null} or shorter than K)
     * @param strength      pseudo-occurrences per anchor (0: no anchors)
     */
    AnchorCounts(int[][] anchorWordIds, int strength, int vocab, int topics) {
        int[][] perWord = new int[vocab][];
        int pairs = 0;
        if (anchorWordIds != null && strength > 0) {
            for (int k = 0; k < Math.min(topics, anchorWordIds.length); k++) {
                if (anchorWordIds[k] == null) {
                    continue;
                }
                for (int w : anchorWordIds[k]) {
                    if (w < 0 || w >= vocab) {
                        throw new InvalidOptionsException("anchors." + k, w, "is not a word id in [0, " + vocab + ")");
                    }
                    int[] row = perWord[w] == null ? new int[topics] : perWord[w];
                    if (row[k] == 0) {
                        pairs++;
                    }
                    row[k] += strength;
                    perWord[w] = row;
                }
            }
        }
        start = new int[vocab + 1];
        topic = new int[pairs];
        count = new int[pairs];
        topicTotals = new long[topics];
        firstTopic = new int[vocab];
        Arrays.fill(firstTopic, -1);
        int ap = 0;
        for (int w = 0; w < vocab; w++) {
            start[w] = ap;
            if (perWord[w] != null) {
                for (int k = 0; k < topics; k++) {
                    if (perWord[w][k] > 0) {
                        if (firstTopic[w] < 0) {
                            firstTopic[w] = k;
                        }
                        topic[ap] = k;
                        count[ap++] = perWord[w][k];
                        topicTotals[k] += perWord[w][k];
                    }
                }
            }
        }
        start[vocab] = ap;
    }
}
