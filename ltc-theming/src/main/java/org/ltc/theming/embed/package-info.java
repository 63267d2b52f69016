/**
 * Sentence embeddings: the {@link org.ltc.theming.embed.Embedder} that runs any
 * {@link org.ltc.theming.EmbeddingModel} over notes (batches on threads, a cache by text, truncation of long
 * texts, progress, cancellation and provenance), the bundled all-MiniLM-L6-v2 model and a model a host gives
 * as ONNX and tokenizer files.
 *
 * <p>Public API. The models run in-process with ONNX Runtime through langchain4j's embedding library, an
 * optional dependency: without it the bundled model reports itself unavailable and nothing else here needs
 * it. Models and the embedder are thread-safe; results are immutable.
 */
package org.ltc.theming.embed;
