package org.ltc.theming.embed;

import java.util.ArrayList;
import java.util.List;
import org.ltc.theming.EmbeddingModel;

/**
 * What the two ONNX models share: the encoder made once per instance on first use (so discovery stays cheap),
 * blank texts as zero vectors (a model has nothing to say about them, and themers read a zero vector as "no
 * direction"), and a check that every vector has the model's dimension. Not API; thread-safe.
 */
abstract class OnnxSentenceModel implements EmbeddingModel {
    private volatile TextEncoder encoder;

    /** Makes the encoder; called at most once per instance. */
    abstract TextEncoder load();

    final TextEncoder encoder() {
        TextEncoder e = encoder;
        if (e == null) {
            synchronized (this) {
                e = encoder;
                if (e == null) {
                    e = load();
                    encoder = e;
                }
            }
        }
        return e;
    }

    @Override
    public int dimension() {
        return encoder().dimension();
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        TextEncoder e = encoder();
        List<float[]> out = new ArrayList<>(texts.size());
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                out.add(new float[e.dimension()]);
                continue;
            }
            float[] v = e.encode(text);
            if (v.length != e.dimension()) {
                throw new IllegalStateException("model " + id() + " gave a vector of " + v.length
                        + " numbers, not " + e.dimension());
            }
            out.add(v);
        }
        return out;
    }
}
