/**
 * Guided theming from a codebook, the way qualitative researchers code by hand: {@link
 * org.ltc.theming.codebook.Codebook} (codes with a theme label, a public-knowledge category and seed terms and
 * phrases), {@link org.ltc.theming.codebook.CodebookThemer} (id {@code codebook}), the default codebook that
 * follows the conversation guide's categories, and {@link org.ltc.theming.codebook.RefiQdaCodebook}, import and
 * export of REFI-QDA codebook files ({@code .qdc}), the exchange format of NVivo, ATLAS.ti, MAXQDA and QualCoder.
 *
 * <p>Public API. Codebooks, options and the themer are immutable and thread-safe.
 */
package org.ltc.theming.codebook;
