package org.ltc.theming.embed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ltc.theming.EmbeddingModel;

/** A test helper: a model that remembers every vector it made, so tests embed a data set once. */
public final class CachingModel implements EmbeddingModel {
    private final EmbeddingModel model;
    private final Map<String, float[]> cache = new ConcurrentHashMap<>();

    private CachingModel(EmbeddingModel model) {
        this.model = model;
    }

    public static CachingModel of(EmbeddingModel model) {
        return new CachingModel(model);
    }

    @Override
    public String id() {
        return model.id();
    }

    @Override
    public String version() {
        return model.version();
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    @Override
    public int maxChars() {
        return model.maxChars();
    }

    @Override
    public String modelSha256() {
        return model.modelSha256();
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        List<String> missing = new ArrayList<>();
        for (String t : texts) {
            if (!cache.containsKey(t)) {
                missing.add(t);
            }
        }
        if (!missing.isEmpty()) {
            List<float[]> got = model.embed(missing);
            for (int i = 0; i < missing.size(); i++) {
                cache.put(missing.get(i), got.get(i));
            }
        }
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(cache.get(t).clone());
        }
        return out;
    }
}
