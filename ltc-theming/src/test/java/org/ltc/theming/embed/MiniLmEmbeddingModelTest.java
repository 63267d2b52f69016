package org.ltc.theming.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MiniLmEmbeddingModelTest {
    @Test
    void spike() {
        MiniLmEmbeddingModel m = new MiniLmEmbeddingModel();
        assertTrue(m.available());
        long t0 = System.nanoTime();
        List<float[]> v = m.embed(List.of("I lost my card", "my card was stolen", "how do I top up", ""));
        System.out.println("dim " + m.dimension() + " " + (System.nanoTime() - t0) / 1e6 + " ms sha " + m.modelSha256());
        assertEquals(4, v.size());
    }
}
