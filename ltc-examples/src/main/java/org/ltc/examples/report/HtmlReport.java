package org.ltc.examples.report;

import java.util.List;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.report.CommunityReport;

/**
 * Renders a {@link CommunityReport} as one self-contained HTML page: no network, no scripts, opens from
 * {@code file://}, charts as inline SVG with text alternatives, headings in order, and a print style.
 * Figures about segments arrive already suppressed below the disclosure threshold; the page says so.
 *
 * <p>The page is its first part, {@link WhatWeHeard}, then the team's appendix: one {@link Section} each for the
 * story, who we heard from, every theme, segments, opinion groups, gaps, the stage and the plan, then
 * {@link ProvenanceSection how the report was made}. This class only puts them together: the head, the draft or
 * approved status, the title, the contents (from the sections that show) and the sections in order. The outline is
 * one {@code <h1>}, an {@code <h2>} per part and section, {@code <h3>} and {@code <h4>} within, never skipping a
 * level.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlReport {
    /** How many themes a chart shows at most. */
    static final int MAX_THEMES_IN_CHARTS = 12;

    /** The appendix's sections, in page order. */
    private static final List<Section> APPENDIX = List.of(new StorySection(), new EngagementSection(),
            new ThemesSection(), new SegmentsSection(), new OpinionGroupsSection(), new GapsSection(),
            new StageSection(), new PlanSection());
    private static final Section PROVENANCE = new ProvenanceSection();

    /** The appendix's own heading, apart from the first part's "What we heard". */
    static final String APPENDIX_TITLE = "For the library team: details, method and provenance";

    /** Renders the page. */
    public String render(CommunityReport report) {
        PublicKnowledge pk = report.knowledge();
        StringBuilder b = new StringBuilder(64 * 1024);
        String community = pk.community() == null ? "the community" : pk.community().name();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append(statusMeta(report))
                .append("<title>").append(Html.isolated(report.title())).append("</title>\n<style>")
                .append(PageStyle.CSS).append("</style>\n</head>\n<body>\n");
        status(b, report);
        b.append("<header>\n<h1>").append(Html.user(report.title())).append("</h1>\n<p class=\"sub\">What ")
                .append(Html.user(community)).append(" told us, ")
                .append(Html.DAY.format(pk.provenance().createdAt())).append("</p>\n</header>\n");
        b.append("<main>\n");
        WhatWeHeard.render(b, report);
        b.append("<div class=\"appendix\">\n<h2 class=\"appendix-h\">").append(APPENDIX_TITLE).append("</h2>\n");
        List<Section> shown = APPENDIX.stream().filter(s -> s.shows(report)).toList();
        b.append("<nav aria-label=\"Contents\"><ol>");
        for (Section s : shown) {
            b.append("<li><a href=\"#").append(s.id()).append("\">").append(s.title()).append("</a></li>");
        }
        b.append("<li><a href=\"#").append(PROVENANCE.id()).append("\">").append(PROVENANCE.title())
                .append("</a></li></ol></nav>\n");
        shown.forEach(s -> s.render(b, report));
        b.append("</div>\n</main>\n");
        PROVENANCE.render(b, report);
        b.append("</body>\n</html>\n");
        // On a phone a wide table scrolls inside itself, not the page; a scrolling region must take keyboard focus so
        // people who do not use a pointer can scroll it too (WCAG 2.1.1).
        return b.toString().replace("<table", "<table tabindex=\"0\"");
    }

    /** Draft until a person approves: a machine-readable status and the approver's name once there is one. */
    private static String statusMeta(CommunityReport report) {
        return "<meta name=\"ltc-status\" content=\"" + (report.approval().isPresent() ? "approved" : "draft")
                + "\">\n";
    }

    private static void status(StringBuilder b, CommunityReport report) {
        var approval = report.approval();
        if (approval.isEmpty()) {
            b.append("<p class=\"status draft\" role=\"note\"><strong>Draft \u2014 not yet reviewed.</strong> The "
                    + "library team has not yet reviewed or approved what this page says.</p>\n");
            return;
        }
        String at = approval.get().parameters().getOrDefault("at", "");
        String day = at.length() >= 10 ? Html.DAY.format(java.time.Instant.parse(at)) : at;
        b.append("<p class=\"status approved\" role=\"note\">Reviewed and approved by <strong>")
                .append(Html.escape(approval.get().by() == null ? "the library team" : approval.get().by()))
                .append("</strong>").append(day.isEmpty() ? "" : " on " + Html.escape(day)).append(".</p>\n");
    }

    /** "1 note", "12 notes". */
    public static String count(int n, String one, String many) {
        return Html.count(n, one, many);
    }

    /** A count of people as it may be shown: "fewer than k people" when it was held back. */
    public static String people(Integer n, int k) {
        return Html.people(n, k);
    }
}
