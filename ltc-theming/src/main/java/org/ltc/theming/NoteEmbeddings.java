package org.ltc.theming;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.ltc.model.InvalidInputException;

/**
 * Vectors a host supplies for notes, from any embedding model. Every themer that works on vectors uses
 * them in place of its own representation when present. Immutable: vectors are copied in and out.
 */
public final class NoteEmbeddings {
    private final Map<String, float[]> vectors;
    private final int dimension;
    private final String model;

    private NoteEmbeddings(Map<String, float[]> vectors, int dimension, String model) {
        this.vectors = vectors;
        this.dimension = dimension;
        this.model = model;
    }

    /**
     * @param model   a name for the embedding model, recorded in provenance
     * @param vectors one vector per note id, all of one dimension, all finite
     */
    public static NoteEmbeddings of(String model, Map<String, float[]> vectors) {
        if (model == null || model.isBlank()) {
            throw InvalidInputException.field("model", model, "must not be blank");
        }
        Map<String, float[]> copy = new TreeMap<>();
        int dim = -1;
        for (Map.Entry<String, float[]> e : vectors.entrySet()) {
            float[] v = e.getValue();
            if (v == null || v.length == 0) {
                throw InvalidInputException.field("vectors." + e.getKey(), null, "must be a non-empty vector");
            }
            if (dim >= 0 && v.length != dim) {
                throw InvalidInputException.field("vectors." + e.getKey(), v.length, "has dimension " + v.length
                        + " but others have " + dim);
            }
            dim = v.length;
            for (float x : v) {
                if (!Float.isFinite(x)) {
                    throw InvalidInputException.field("vectors." + e.getKey(), x, "must hold finite numbers");
                }
            }
            copy.put(e.getKey(), v.clone());
        }
        return new NoteEmbeddings(Collections.unmodifiableMap(copy), Math.max(dim, 0), model);
    }

    public String model() {
        return model;
    }

    public int dimension() {
        return dimension;
    }

    public Set<String> noteIds() {
        return vectors.keySet();
    }

    /** A copy of the note's vector. */
    public Optional<float[]> vector(String noteId) {
        float[] v = vectors.get(noteId);
        return v == null ? Optional.empty() : Optional.of(v.clone());
    }
}
