package org.ltc.theming.embed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.plugin.Cancellation;
import org.ltc.model.plugin.ProgressListener;
import org.ltc.theming.EmbeddingModel;
import org.ltc.theming.internal.Parallel;
import org.ltc.theming.internal.VectorBlock;

/**
 * Runs an {@link EmbeddingModel} over many texts: each distinct text once (a cache by text within the run),
 * texts longer than the model's window cut at a word boundary (and counted), fixed batches spread over the
 * requested threads, progress after each batch, cancellation between batches. Every vector is checked
 * (the model's dimension, finite numbers), scaled to unit length and stored compactly (one byte per component
 * and a scale per vector, {@code VectorBlock}). A vector depends only on its text, so the result is the same on
 * any number of threads.
 *
 * <p>Stateless and thread-safe.
 */
public final class Embedder {
    /** Texts per batch: small enough for steady progress and cancellation, large enough to keep threads busy. */
    static final int BATCH = 32;
    /** The property prefix of embedding provenance. */
    public static final String PREFIX = "ltc.embedding.";

    private Embedder() {
    }

    /**
     * Embeds the texts.
     *
     * @throws InvalidInputException when the model returns a vector of another dimension or a non-finite one
     * @throws org.ltc.model.CancelledException when cancelled
     */
    public static EmbeddedTexts embed(EmbeddingModel model, List<String> texts, int threads,
                                      ProgressListener progress, Cancellation cancellation) {
        Checks.notNull("model", model);
        Checks.notNull("texts", texts);
        if (threads < 1) {
            throw new InvalidOptionsException("ltc.theming.threads", threads, "must be at least 1");
        }
        ProgressListener p = progress == null ? ProgressListener.none() : progress;
        Cancellation cancel = cancellation == null ? Cancellation.never() : cancellation;
        int dim = model.dimension();
        int window = model.maxChars();
        int n = texts.size();
        int[] row = new int[n];
        List<String> distinct = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int truncated = 0;
        for (int i = 0; i < n; i++) {
            String t = texts.get(i) == null ? "" : texts.get(i);
            String cut = truncate(t, window);
            if (cut.length() < t.length()) {
                truncated++;
            }
            Integer at = seen.get(cut);
            if (at == null) {
                at = distinct.size();
                seen.put(cut, at);
                distinct.add(cut);
            }
            row[i] = at;
        }
        int m = distinct.size();
        int chunks = Parallel.chunks(m, BATCH);
        AtomicInteger done = new AtomicInteger();
        p.progress("embedding", 0, m);
        // each batch writes its rows straight into the compact block, so no float[] per note outlives its batch
        VectorBlock unique = VectorBlock.of(m, dim);
        Parallel.map(chunks, threads, cancel, "embedding", c -> {
            int from = c * BATCH;
            int to = Math.min(m, from + BATCH);
            List<float[]> got = model.embed(distinct.subList(from, to));
            if (got.size() != to - from) {
                throw new IllegalStateException("model " + model.id() + " returned " + got.size()
                        + " vectors for " + (to - from) + " texts");
            }
            for (int i = 0; i < to - from; i++) {
                unique.set(from + i, unit(model, got.get(i), dim, from + i));
            }
            p.progress("embedding", done.addAndGet(to - from), m);
            return null;
        });
        Map<String, String> prov = new TreeMap<>();
        prov.put(PREFIX + "model", model.id());
        prov.put(PREFIX + "version", model.version());
        prov.put(PREFIX + "sha256", model.modelSha256());
        prov.put(PREFIX + "dimension", Integer.toString(dim));
        prov.put(PREFIX + "maxChars", Integer.toString(window));
        prov.put(PREFIX + "truncated", Integer.toString(truncated));
        return new EmbeddedTexts(unique, row, truncated, prov);
    }

    private static float[] unit(EmbeddingModel model, float[] v, int dim, int index) {
        if (v == null || v.length != dim) {
            throw InvalidInputException.field("embedding", v == null ? null : v.length, "model " + model.id()
                    + " gave a vector of another dimension (expected " + dim + ") for text " + index);
        }
        double norm = 0;
        for (float f : v) {
            if (!Float.isFinite(f)) {
                throw InvalidInputException.field("embedding", f, "model " + model.id()
                        + " gave a non-finite number for text " + index);
            }
            norm += (double) f * f;
        }
        float[] out = new float[dim];
        if (norm > 0) {
            double s = 1 / Math.sqrt(norm);
            for (int j = 0; j < dim; j++) {
                out[j] = (float) (v[j] * s);
            }
        }
        return out;
    }

    /** The text cut to at most {@code max} characters, at a word boundary when one is near, never in a pair. */
    static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        for (int i = end; i > max / 2; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return text.substring(0, i);
            }
        }
        return text.substring(0, end);
    }
}
