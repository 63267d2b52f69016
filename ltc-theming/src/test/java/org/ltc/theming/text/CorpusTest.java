package org.ltc.theming.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ltc.model.plugin.Cancellation;

class CorpusTest {
    static List<String> transitNotes() {
        List<String> t = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            t.add("We need public transit to the library " + i);
            t.add("Public transit stops too early at night");
            t.add("Bus fares are too high for families");
            t.add("The park needs more trees and benches");
        }
        t.add("Something unique nobody else said");
        return t;
    }

    @Test
    void vocabularyPhrasesAndFrequencies() {
        Corpus c = Corpus.analyse(transitNotes(), TextAnalysisOptions.defaults());
        assertEquals(33, c.size());
        int pt = c.termId("public transit");
        assertTrue(pt >= 0, c.terms().toString());
        assertTrue(c.isPhrase(pt));
        assertEquals("public transit", c.label(pt));
        assertEquals(-1, c.termId("public"), "merged words do not stay alone");
        assertEquals(16, c.documentFrequency(pt));
        assertTrue(c.phrases().contains("public transit"));
        // sorted vocabulary; terms below the minimum document frequency dropped
        List<String> terms = c.terms();
        for (int i = 1; i < terms.size(); i++) {
            assertTrue(terms.get(i - 1).compareTo(terms.get(i)) < 0);
        }
        assertEquals(-1, c.termId("uniqu"));
        assertEquals(0, c.documentLength(32));
        assertEquals("families", c.label(c.termId("famili")));
    }

    @Test
    void termCountsAndDocuments() {
        Corpus c = Corpus.analyse(List.of("tree tree park", "park tree", "bench"), TextAnalysisOptions.builder()
                .minDocumentFrequency(1).phrases(false).build());
        SparseVector counts = c.termCounts(0);
        assertEquals(2, counts.size());
        assertEquals(2f, counts.value(1), "tree appears twice");
        assertArrayEquals(new int[] {2, 2, 1}, c.document(0));
    }

    @Test
    void sameResultOnAnyThreadCount() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            texts.add("note " + (i % 97) + " about topic " + (i % 13) + " public transit " + (i % 7 == 0 ? "buses" : "trees"));
        }
        Corpus one = Corpus.analyse(texts, null, TextAnalysisOptions.defaults(), 1, Cancellation.never());
        Corpus two = Corpus.analyse(texts, null, TextAnalysisOptions.defaults(), 3, Cancellation.never());
        assertEquals(one.terms(), two.terms());
        for (int d = 0; d < texts.size(); d++) {
            assertArrayEquals(one.document(d), two.document(d));
        }
    }

    @Test
    void ngramsKeepSingleWords() {
        Corpus c = Corpus.analyse(List.of("credit card payment", "credit card payment", "payment credit"), TextAnalysisOptions.builder()
                .phrases(false).ngrams(2).minDocumentFrequency(1).build());
        assertTrue(c.termId("credit card") >= 0, c.terms().toString());
        assertTrue(c.termId("credit") >= 0);
        assertFalse(c.isPhrase(c.termId("credit")));
    }

    @Test
    void weightingGivesUnitVectors() {
        Corpus c = Corpus.analyse(transitNotes(), TextAnalysisOptions.defaults());
        for (TermWeighting w : TermWeighting.values()) {
            List<SparseVector> vs = w.vectors(c);
            assertEquals(c.size(), vs.size());
            assertEquals(1.0, vs.get(0).norm(), 1e-5);
            assertTrue(vs.get(32).isEmpty());
        }
        // a rarer term weighs more than a common one
        assertTrue(TermWeighting.TF_IDF.idf(c, c.termId("bench")) > TermWeighting.TF_IDF.idf(c, c.termId("public transit")));
        assertEquals(TermWeighting.BM25, TermWeighting.parse("w", "BM-25"));
    }
}
