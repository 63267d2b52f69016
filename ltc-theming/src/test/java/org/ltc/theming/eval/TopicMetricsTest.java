package org.ltc.theming.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ltc.theming.text.Corpus;
import org.ltc.theming.text.TextAnalysisOptions;

class TopicMetricsTest {
    @Test
    void npmiFromDocumentCounts() {
        // bus in docs 0,1,2; fare in 0,1; tree in 3; four documents
        Corpus c = Corpus.analyse(List.of("bus fare", "bus fare", "bus", "tree tree"),
                TextAnalysisOptions.builder().minDocumentFrequency(1).phrases(false).build());
        double busFare = Math.log((2 / 4.0) / ((3 / 4.0) * (2 / 4.0))) / -Math.log(2 / 4.0);
        assertEquals(busFare, TopicMetrics.npmiCoherence(List.of(List.of("bus", "fares")), c, 10), 1e-12);
        // never together: -1; the unknown term is skipped
        assertEquals(-1, TopicMetrics.npmiCoherence(List.of(List.of("bus", "tree", "zebra")), c, 10), 1e-12);
        assertEquals((busFare - 1) / 2, TopicMetrics.npmiCoherence(List.of(List.of("bus", "fare"),
                List.of("tree", "bus")), c, 10), 1e-12);
    }

    @Test
    void diversityIsShareOfDistinctTopTerms() {
        assertEquals(1.0, TopicMetrics.topicDiversity(List.of(List.of("a", "b"), List.of("c", "d")), 2), 1e-12);
        assertEquals(0.75, TopicMetrics.topicDiversity(List.of(List.of("a", "b"), List.of("a", "d")), 2), 1e-12);
        assertEquals(0.5, TopicMetrics.topicDiversity(List.of(List.of("a", "b", "x"), List.of("a", "b")), 2), 1e-12);
    }
}
