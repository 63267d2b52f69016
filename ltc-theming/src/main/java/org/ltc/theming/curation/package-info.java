/**
 * Curation: {@link org.ltc.theming.curation.ThemeCurator} lets a person merge, split, rename and recategorise
 * themes, move a note and pin a theme, each step recorded in the theme set's provenance, and carries pinned
 * themes over into a fresh run.
 *
 * <p>Public API. The curator is immutable and thread-safe; every operation returns a new theme set.
 */
package org.ltc.theming.curation;
