/**
 * The community report: one self-contained, accessible HTML page with inline SVG charts, rendered from a
 * {@link org.ltc.model.report.CommunityReport}.
 *
 * <p>Not API (part of the tool). {@link org.ltc.examples.report.HtmlReport} is stateless and thread-safe.
 */
package org.ltc.examples.report;
