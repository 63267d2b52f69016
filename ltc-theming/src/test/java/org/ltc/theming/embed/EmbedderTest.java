package org.ltc.theming.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.ltc.model.CancelledException;
import org.ltc.model.InvalidInputException;
import org.ltc.model.plugin.Cancellation;
import org.ltc.theming.EmbeddingModel;

class EmbedderTest {
    /** A model that hashes characters into a few dimensions and counts the texts it is given. */
    static class CountingModel implements EmbeddingModel {
        final AtomicInteger texts = new AtomicInteger();
        final int dimension;
        final int window;

        CountingModel(int dimension, int window) {
            this.dimension = dimension;
            this.window = window;
        }

        @Override
        public String id() {
            return "counting";
        }

        @Override
        public int dimension() {
            return dimension;
        }

        @Override
        public int maxChars() {
            return window;
        }

        @Override
        public String modelSha256() {
            return "0".repeat(64);
        }

        @Override
        public List<float[]> embed(List<String> batch) {
            texts.addAndGet(batch.size());
            List<float[]> out = new ArrayList<>();
            for (String t : batch) {
                float[] v = new float[dimension];
                t.chars().forEach(c -> v[c % dimension] += 1);
                out.add(v);
            }
            return out;
        }
    }

    private static List<String> texts(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add("note " + (i % 40) + " about buses and parks");
        }
        return out;
    }

    @Test
    void embedsEachDistinctTextOnceAndScalesToUnitLength() {
        CountingModel m = new CountingModel(8, 1000);
        EmbeddedTexts e = Embedder.embed(m, texts(200), 1, null, null);
        assertEquals(200, e.size());
        assertEquals(40, m.texts.get());
        assertEquals(40, e.distinct());
        float[] v = e.vector(3);
        double norm = 0;
        for (float f : v) {
            norm += f * f;
        }
        // unit length, up to the int8 storage (each component within 1/254 of the largest)
        assertEquals(1, norm, 0.02);
        assertArrayEquals(e.vector(3), e.vector(43));
    }

    @Test
    void theSameVectorsOnAnyNumberOfThreads() {
        EmbeddedTexts one = Embedder.embed(new CountingModel(16, 1000), texts(300), 1, null, null);
        EmbeddedTexts two = Embedder.embed(new CountingModel(16, 1000), texts(300), 2, null, null);
        for (int i = 0; i < 300; i++) {
            assertArrayEquals(one.vector(i), two.vector(i));
        }
    }

    @Test
    void cutsLongTextsAtTheWindowAndRecordsIt() {
        List<String> t = List.of("short", "word ".repeat(4_000), "🙂".repeat(10_000), "   ", "");
        EmbeddedTexts e = Embedder.embed(new CountingModel(8, 100), t, 2, null, null);
        assertEquals(2, e.truncated());
        assertEquals("2", e.provenance().get("ltc.embedding.truncated"));
        assertEquals("counting", e.provenance().get("ltc.embedding.model"));
        assertEquals("0".repeat(64), e.provenance().get("ltc.embedding.sha256"));
        assertEquals(5, e.size());
        assertTrue(Embedder.truncate("word ".repeat(100), 50).length() <= 50);
        String cut = Embedder.truncate("🙂".repeat(100), 51);
        assertTrue(!Character.isHighSurrogate(cut.charAt(cut.length() - 1)));
    }

    @Test
    void aVectorOfAnotherDimensionIsAnError() {
        CountingModel liar = new CountingModel(8, 1000) {
            @Override
            public int dimension() {
                return 9;
            }
        };
        assertThrows(InvalidInputException.class, () -> Embedder.embed(liar, texts(5), 1, null, null));
    }

    @Test
    void cancellationStopsTheRunAndProgressCountsUp() {
        Cancellation.Source source = Cancellation.source();
        source.cancel();
        assertThrows(CancelledException.class, () -> Embedder.embed(new CountingModel(8, 1000), texts(100), 2, null,
                source));
        List<Long> done = new ArrayList<>();
        Embedder.embed(new CountingModel(8, 1000), texts(100), 1, (phase, d, total) -> done.add(d), null);
        assertEquals(40L, done.get(done.size() - 1));
        for (int i = 1; i < done.size(); i++) {
            assertTrue(done.get(i) >= done.get(i - 1));
        }
    }
}
