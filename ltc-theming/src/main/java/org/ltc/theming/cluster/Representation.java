package org.ltc.theming.cluster;

import java.util.Locale;
import org.ltc.model.InvalidOptionsException;

/** The vectors k-means clusters. */
public enum Representation {
    /**
     * Host-supplied {@link org.ltc.theming.NoteEmbeddings} when the request carries them, else {@link #TERMS}
     * (which measured best on Banking77 with k-means; see the README).
     */
    AUTO,
    /** Latent semantic analysis of the weighted document-term matrix (randomized SVD). */
    LSA,
    /** The sparse weighted term vectors themselves (TF-IDF or BM25). */
    TERMS,
    /** The host-supplied embeddings; an error when the request has none. */
    EMBEDDINGS;

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Representation parse(String property, String value) {
        if (value != null) {
            for (Representation r : values()) {
                if (r.tag().equals(value.trim().toLowerCase(Locale.ROOT))) {
                    return r;
                }
            }
        }
        throw new InvalidOptionsException(property, value, "must be auto, lsa, terms or embeddings");
    }
}
