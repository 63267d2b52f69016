package org.ltc.theming.topic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LdaTrainerTest {
    private static final SyntheticLdaCorpus CORPUS = SyntheticLdaCorpus.generate(2_000, 50, 1_000, 10, 0.5, 0.01, 7);

    private static LdaOptions options(int partitions) {
        return LdaOptions.builder().topics(10).alpha(0.5).beta(0.01).iterations(150).partitions(partitions).build();
    }

    @Test
    void recoversEveryGeneratingTopic() {
        LdaModel model = new LdaTrainer(CORPUS.docs(), 1_000, options(2), null, 1).train(2, null);
        assertEquals(10, CORPUS.recovered(model.topWords(10), 8));
    }

    @Test
    void sameSeedAndPartitionsGiveIdenticalTopicsOnAnyThreadCount() {
        for (int partitions : new int[] {1, 2}) {
            LdaModel a = new LdaTrainer(CORPUS.docs(), 1_000, options(partitions), null, 42).train(1, null);
            LdaModel b = new LdaTrainer(CORPUS.docs(), 1_000, options(partitions), null, 42).train(2, null);
            LdaModel c = new LdaTrainer(CORPUS.docs(), 1_000, options(partitions), null, 42).train(partitions, null);
            for (int k = 0; k < 10; k++) {
                for (int w = 0; w < 1_000; w++) {
                    assertEquals(a.count(k, w), b.count(k, w));
                    assertEquals(a.count(k, w), c.count(k, w));
                }
            }
            assertArrayEquals(a.documentTopics(5), b.documentTopics(5));
        }
    }

    @Test
    void heldOutLikelihoodImprovesWithSweeps() {
        SyntheticLdaCorpus heldOut = SyntheticLdaCorpus.generate(300, 50, 1_000, 10, 0.5, 0.01, 7);
        LdaTrainer trainer = new LdaTrainer(CORPUS.docs(), 1_000, options(2), null, 3);
        double before = trainer.model().documentCompletion(heldOut.docs()).perToken();
        trainer.sweep(5, 2);
        double early = trainer.model().documentCompletion(heldOut.docs()).perToken();
        trainer.sweep(60, 2);
        double later = trainer.model().documentCompletion(heldOut.docs()).perToken();
        assertTrue(early > before, before + " -> " + early);
        assertTrue(later > early, early + " -> " + later);
    }
}
