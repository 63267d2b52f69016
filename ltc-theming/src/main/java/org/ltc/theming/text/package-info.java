/**
 * Text analysis for theming: Lucene-based tokenising, stop words and stemming for English and Spanish
 * ({@link org.ltc.theming.text.TextAnalyzer}), a corpus analysed once with its vocabulary, document
 * frequencies and detected phrases ({@link org.ltc.theming.text.Corpus}), term weighting (TF-IDF and BM25,
 * {@link org.ltc.theming.text.TermWeighting}) and dense representations that let short notes meet when
 * they share few words (LSA by randomized SVD, {@link org.ltc.theming.text.Lsa}).
 *
 * <p>Public API. Options, corpora and vectors are immutable and safe to share between threads;
 * {@code TextAnalyzer} is thread-safe (Lucene analyzers keep per-thread token streams).
 */
package org.ltc.theming.text;
