/**
 * Public knowledge: themes in residents' words with their evidence, reach and intensity, the categories
 * ("buckets") they are organised by, and the public-knowledge report a library shares back.
 * {@link org.ltc.model.knowledge.ThemeSet} and {@link org.ltc.model.knowledge.PublicKnowledge} are
 * top-level documents.
 *
 * <p>Public API. Records are immutable, validate in their constructors and are thread-safe.
 */
package org.ltc.model.knowledge;
