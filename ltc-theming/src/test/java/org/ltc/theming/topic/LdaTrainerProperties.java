package org.ltc.theming.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.ltc.model.InvalidOptionsException;

/** Invariants of the LDA sampler on small random collections. */
class LdaTrainerProperties {

    /** A random collection: {@code docs} documents of 0 to 30 tokens over {@code vocab} words, from {@code seed}. */
    private static int[][] collection(int docs, int vocab, long seed) {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
        int[][] out = new int[docs][];
        for (int d = 0; d < docs; d++) {
            out[d] = rnd.ints(rnd.nextInt(31), 0, vocab).toArray();
        }
        return out;
    }

    @Property(tries = 60)
    void countsAddUpAndDoNotDependOnThreads(@ForAll @IntRange(min = 1, max = 400) int docs,
                                            @ForAll @IntRange(min = 1, max = 60) int vocab,
                                            @ForAll @IntRange(min = 2, max = 40) int topics,
                                            @ForAll @IntRange(min = 2, max = 4) int threads,
                                            @ForAll @LongRange(min = 0, max = 1_000) long seed) {
        int[][] collection = collection(docs, vocab, seed);
        // These collections are too small for the warm start and its split-merge rounds (LdaTrainerTest covers
        // them); the rest is exercised.
        LdaOptions options = LdaOptions.builder().topics(topics).iterations(3).warmStart(0.02).warmStartSweeps(4)
                .anchor(0, java.util.List.of("w0")).anchorStrength(3).build();
        int[][] anchors = {{0}};
        LdaTrainer trainer = new LdaTrainer(collection, vocab, options, anchors, seed);
        LdaModel one = trainer.train(1, null);
        trainer.checkConsistent();
        LdaModel many = new LdaTrainer(collection, vocab, options, anchors, seed).train(threads, null);
        long tokens = java.util.Arrays.stream(collection).mapToLong(d -> d.length).sum();
        long total = 0;
        for (int k = 0; k < topics; k++) {
            long perTopic = 0;
            for (int w = 0; w < vocab; w++) {
                assertTrue(one.count(k, w) >= 0);
                assertEquals(one.count(k, w), many.count(k, w), "topic " + k + " word " + w);
                perTopic += one.count(k, w);
            }
            assertEquals(perTopic, one.topicTotal(k), "topic " + k + " total");
            total += perTopic;
        }
        assertEquals(tokens + 3, total, "every token once, plus the anchor's pseudo-counts");
        assertTrue(one.count(0, 0) >= 3, "the anchor's pseudo-counts stay in its topic");
        for (int d = 0; d < docs; d++) {
            double[] theta = one.documentTopics(d);
            assertEquals(1.0, java.util.Arrays.stream(theta).sum(), 1e-9);
            assertEquals(java.util.Arrays.toString(theta), java.util.Arrays.toString(many.documentTopics(d)));
        }
    }

    @Property(tries = 30)
    void optionsSurviveTheirPropertiesAndBadValuesAreNamed(@ForAll @IntRange(min = 2, max = 500) int topics,
                                                           @ForAll @IntRange(min = 0, max = 100) int share,
                                                           @ForAll @IntRange(min = 0, max = 1_000) int sweeps) {
        LdaOptions options = LdaOptions.builder().topics(topics).warmStart(share / 100.0).warmStartSweeps(sweeps)
                .splitMergeRounds(sweeps % 7).build();
        assertEquals(options, LdaOptions.builder().build().withProperties(options.toProperties()));
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class, () -> LdaOptions.builder().build()
                .withProperties(Map.of(LdaOptions.PREFIX + "warmStart", "1.5")));
        assertTrue(e.getMessage().contains("warmStart"), e.getMessage());
    }
}
