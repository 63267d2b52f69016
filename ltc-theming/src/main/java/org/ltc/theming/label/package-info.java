/**
 * The built-in {@link org.ltc.theming.ThemeLabeller}: names themes by the key phrases several of their notes
 * share (class-based TF-IDF over n-grams, re-ranked by closeness to the theme's centre with maximal marginal
 * relevance), or by the codebook code most of their notes match.
 *
 * <p>Public API (the labeller and its options); both are immutable and thread-safe.
 */
package org.ltc.theming.label;
