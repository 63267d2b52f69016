package org.ltc.theming.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.ltc.model.plugin.PluginRegistry;
import org.ltc.theming.EmbeddingModel;

/**
 * The contract every {@link EmbeddingModel} must keep, as a JUnit 5 test to extend (from the
 * {@code ltc-theming} test jar):
 *
 * <pre>{@code
 * class MyModelContractTest implements EmbeddingModelContract {
 *     public EmbeddingModel model() { return new MyModel(); }
 * }
 * }</pre>
 *
 * <p>It checks: a well-formed id, a version and a SHA-256 of the weights; one vector per text, in order, of
 * the model's dimension and finite; the same vector for a text alone or in any batch, and from two threads at
 * once; texts whose meaning is close are closer than texts whose meaning differs; empty, whitespace-only,
 * emoji, mixed-script and 20,000-character texts embed without error.
 */
public interface EmbeddingModelContract {
    /** The model under test; may return the same instance every time. */
    EmbeddingModel model();

    @Test
    default void hasAWellFormedIdVersionAndDigest() {
        EmbeddingModel m = model();
        assertEquals(List.of(m.id()), PluginRegistry.builder(EmbeddingModel.class).register(m).build().ids());
        assertTrue(!m.version().isBlank());
        assertTrue(m.modelSha256().matches("[0-9a-f]{64}"), m.modelSha256());
        assertTrue(m.dimension() > 0);
        assertTrue(m.maxChars() > 0);
        assertTrue(m.available(), m.unavailableReason());
    }

    @Test
    default void oneFiniteVectorPerTextOfTheModelsDimension() {
        EmbeddingModel m = model();
        List<String> texts = List.of("The bus stops running at six.", "", "   \t\n", "Parks 🌳🌳 for kids 👧",
                "Información en español, 中文 и русский", "x".repeat(20_000),
                "word ".repeat(4_000));
        List<float[]> v = m.embed(texts);
        assertEquals(texts.size(), v.size());
        for (float[] x : v) {
            assertEquals(m.dimension(), x.length);
            for (float f : x) {
                assertTrue(Float.isFinite(f));
            }
        }
    }

    @Test
    default void aTextsVectorDoesNotDependOnItsBatchOrThread() throws Exception {
        EmbeddingModel m = model();
        List<String> texts = List.of("We need more buses at night.", "The library should open on Sundays.",
                "Rent is too high for families.", "Safe places for teenagers after school.");
        List<float[]> together = m.embed(texts);
        for (int i = 0; i < texts.size(); i++) {
            assertArrayEquals(together.get(i), m.embed(List.of(texts.get(i))).get(0), "text " + i);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<float[]>>> runs = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                runs.add(pool.submit(() -> m.embed(texts)));
            }
            for (Future<List<float[]>> f : runs) {
                List<float[]> got = f.get();
                for (int i = 0; i < texts.size(); i++) {
                    assertArrayEquals(together.get(i), got.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    default void closeMeaningsAreCloser() {
        List<float[]> v = model().embed(List.of("I lost my bank card.", "My credit card is missing.",
                "The park needs more trees."));
        assertTrue(cos(v.get(0), v.get(1)) > cos(v.get(0), v.get(2)),
                "card/card " + cos(v.get(0), v.get(1)) + " vs card/park " + cos(v.get(0), v.get(2)));
    }

    private static double cos(float[] a, float[] b) {
        double d = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            d += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return d / Math.sqrt(na * nb);
    }
}
