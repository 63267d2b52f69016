package org.ltc.theming.topic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

    @Test
    void inferenceFindsTheTopicOfANewDocument() {
        LdaModel model = new LdaTrainer(CORPUS.docs(), 1_000, options(2), null, 5).train(2, null);
        int[][] learned = model.topWords(10);
        for (int truth = 0; truth < 3; truth++) {
            int[] words = CORPUS.topWords()[truth];
            int[] doc = new int[40];
            for (int i = 0; i < doc.length; i++) {
                doc[i] = words[i % words.length];
            }
            int match = 0;
            int best = -1;
            for (int k = 0; k < learned.length; k++) {
                int shared = 0;
                for (int a : learned[k]) {
                    for (int b : words) {
                        shared += a == b ? 1 : 0;
                    }
                }
                if (shared > best) {
                    best = shared;
                    match = k;
                }
            }
            double[] theta = model.infer(doc);
            assertEquals(1.0, java.util.Arrays.stream(theta).sum(), 1e-9);
            assertTrue(theta[match] > 0.8, "topic " + match + " in " + java.util.Arrays.toString(theta));
        }
    }

    @Test
    void minkasFixedPointMovesAlphaTowardTheGeneratingValue() {
        // Generated with alpha 0.5; started at 0.02, the estimate should climb well above the start.
        LdaOptions opts = options(2).toBuilder().alpha(0.02).optimiseInterval(10).burnIn(20).iterations(120).build();
        LdaTrainer trainer = new LdaTrainer(CORPUS.docs(), 1_000, opts, null, 9);
        trainer.train(2, null);
        assertTrue(trainer.alpha() > 0.15 && trainer.alpha() < 1.5, "alpha " + trainer.alpha());
        assertTrue(trainer.beta() > 0 && Double.isFinite(trainer.beta()), "beta " + trainer.beta());
    }

    @Test
    void anchorsPullTheirWordsIntoTheIntendedTopic() {
        // Anchor the top 3 words of true topics 0 and 1 to learned topics 7 and 2.
        int[][] anchors = new int[10][];
        anchors[7] = java.util.Arrays.copyOf(CORPUS.topWords()[0], 3);
        anchors[2] = java.util.Arrays.copyOf(CORPUS.topWords()[1], 3);
        LdaModel model = new LdaTrainer(CORPUS.docs(), 1_000, options(2), anchors, 4).train(2, null);
        int[] top7 = model.topWords(7, 10);
        int[] top2 = model.topWords(2, 10);
        assertTrue(SyntheticLdaCorpus.shared(top7, CORPUS.topWords()[0]) >= 8, java.util.Arrays.toString(top7));
        assertTrue(SyntheticLdaCorpus.shared(top2, CORPUS.topWords()[1]) >= 8, java.util.Arrays.toString(top2));
    }

    @Test
    void npmiRanksTrueTopicsAboveShuffledOnes() {
        int[][] shuffled = new int[10][10];
        for (int k = 0; k < 10; k++) {
            for (int j = 0; j < 10; j++) {
                shuffled[k][j] = CORPUS.topWords()[(k + j) % 10][j];
            }
        }
        double truth = Npmi.mean(CORPUS.topWords(), CORPUS.docs());
        double mixed = Npmi.mean(shuffled, CORPUS.docs());
        assertTrue(truth > 0.2 && truth <= 1, "true topics " + truth);
        assertTrue(mixed < truth - 0.2, "shuffled " + mixed + " vs " + truth);
    }

    @Test
    void badInputIsRejectedWithTheField() {
        org.ltc.model.InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.ltc.model.InvalidInputException.class,
                () -> new LdaTrainer(new int[][] {{0, 1}, {5}}, 3, options(1), null, 1));
        assertTrue(e.getMessage().contains("docs[1]"), e.getMessage());
        assertThrows(org.ltc.model.InvalidOptionsException.class, () -> options(1).toBuilder().topics(1).build());
    }
}
