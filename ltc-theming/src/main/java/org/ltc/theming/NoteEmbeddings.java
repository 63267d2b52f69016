package org.ltc.theming;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.ltc.model.InvalidInputException;

/**
 * Vectors a host supplies for notes, from any embedding model. Every themer that works on vectors uses
 * them in place of its own representation when present. Immutable: vectors are copied in and out (a
 * {@link #view} reads them from a store its maker never changes afterwards).
 */
public final class NoteEmbeddings {
    private final Map<String, float[]> vectors;
    private final Map<String, Integer> rows;
    private final IntFunction<float[]> vectorAt;
    private final int dimension;
    private final String model;

    private NoteEmbeddings(Map<String, float[]> vectors, Map<String, Integer> rows, IntFunction<float[]> vectorAt,
                           int dimension, String model) {
        this.vectors = vectors;
        this.rows = rows;
        this.vectorAt = vectorAt;
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
        return new NoteEmbeddings(Collections.unmodifiableMap(copy), null, null, Math.max(dim, 0), model);
    }

    /**
     * Vectors read on demand, without copying every one up front: how a themer hands the vectors it computed (held
     * compactly) to the theme labeller, so names are ranked by closeness in meaning. The store behind
     * {@code vectorAt} must not change while the embeddings are in use.
     *
     * @param model     a name for the embedding model, recorded in provenance
     * @param dimension the vectors' dimension
     * @param noteIds   the notes, in row order: note {@code noteIds.get(i)} has the vector {@code vectorAt.apply(i)}
     * @param vectorAt  a fresh array of {@code dimension} finite numbers for each row
     */
    public static NoteEmbeddings view(String model, int dimension, List<String> noteIds,
                                      IntFunction<float[]> vectorAt) {
        if (model == null || model.isBlank()) {
            throw InvalidInputException.field("model", model, "must not be blank");
        }
        if (dimension < 1) {
            throw InvalidInputException.field("dimension", dimension, "must be at least 1");
        }
        Map<String, Integer> rows = new TreeMap<>();
        for (int i = 0; i < noteIds.size(); i++) {
            if (rows.put(noteIds.get(i), i) != null) {
                throw InvalidInputException.field("noteIds." + i, noteIds.get(i), "is listed twice");
            }
        }
        java.util.Objects.requireNonNull(vectorAt, "vectorAt");
        return new NoteEmbeddings(null, Collections.unmodifiableMap(rows), vectorAt, dimension, model);
    }

    public String model() {
        return model;
    }

    public int dimension() {
        return dimension;
    }

    public Set<String> noteIds() {
        return vectors != null ? vectors.keySet() : rows.keySet();
    }

    /** A copy of the note's vector. */
    public Optional<float[]> vector(String noteId) {
        if (vectors == null) {
            Integer row = rows.get(noteId);
            return row == null ? Optional.empty() : Optional.of(vectorAt.apply(row));
        }
        float[] v = vectors.get(noteId);
        return v == null ? Optional.empty() : Optional.of(v.clone());
    }
}
