package org.ltc.examples.report;

import org.ltc.model.report.CommunityReport;

/**
 * One section of the report's appendix, rendered on its own: its anchor, its heading (the same words in the
 * contents and on the page), whether the report has anything for it, and its markup. Sections share one escaping
 * and {@code <bdi>} helper, {@link Html}, so residents' words are isolated the same way everywhere.
 */
interface Section {
    /** The section's anchor id. */
    String id();

    /** Its heading, as the contents list and the {@code <h2>} show it. */
    String title();

    /** Whether the report has something for this section (it is left out, with its contents entry, when not). */
    default boolean shows(CommunityReport report) {
        return true;
    }

    /** Appends the section, one {@code <h2>} and its own {@code <h3>}s and below. */
    void render(StringBuilder b, CommunityReport report);

    /** Opens the section: its anchored {@code <section>} and its {@code <h2>}; the section closes it. */
    default void open(StringBuilder b) {
        b.append("<section id=\"").append(id()).append("\">\n<h2>").append(title()).append("</h2>\n");
    }
}
