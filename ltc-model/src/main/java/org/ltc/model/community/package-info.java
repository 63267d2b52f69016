/**
 * The community a library serves: the place that conversations are held in, that public knowledge describes
 * and whose stage is calibrated. Its own package so that the conversation and knowledge packages can both
 * name it without depending on each other.
 *
 * <p>Public API. Immutable records; thread-safe.
 */
package org.ltc.model.community;
