package org.ltc.theming.embed;

/** The bundled model, loaded once per test run and remembering its vectors, so tests embed each text once. */
public final class SharedModel {
    /** The bundled all-MiniLM-L6-v2, cached by text. */
    public static final CachingModel MINILM = CachingModel.of(new MiniLmEmbeddingModel());

    private SharedModel() {
    }
}
