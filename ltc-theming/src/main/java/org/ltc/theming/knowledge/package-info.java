/**
 * Public-knowledge assembly: {@link org.ltc.theming.knowledge.PublicKnowledgeBuilder} turns a theme set and its
 * conversations into {@link org.ltc.model.knowledge.PublicKnowledge} (themes by category with breadth,
 * frequency, intensity, redacted quotes, opinion-group votes and consensus; gaps; a draft community story),
 * configured by {@link org.ltc.theming.knowledge.PublicKnowledgeOptions}.
 *
 * <p>Public API. Options and the builder are immutable and thread-safe.
 */
package org.ltc.theming.knowledge;
