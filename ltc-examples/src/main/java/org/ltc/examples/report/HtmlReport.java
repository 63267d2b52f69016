package org.ltc.examples.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.ltc.model.action.Action;
import org.ltc.model.action.ActionPlan;
import org.ltc.model.action.Commitment;
import org.ltc.model.action.Partner;
import org.ltc.model.knowledge.CategorySection;
import org.ltc.model.knowledge.Engagement;
import org.ltc.model.knowledge.Gap;
import org.ltc.model.knowledge.CommunityStory;
import org.ltc.model.knowledge.GroupRate;
import org.ltc.model.knowledge.OpinionGroups;
import org.ltc.model.knowledge.StatementVote;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.knowledge.Quote;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeCategory;
import org.ltc.model.privacy.DisclosurePolicy;
import org.ltc.model.provenance.Provenance;
import org.ltc.model.provenance.ProvenanceStep;
import org.ltc.model.report.CommunityReport;
import org.ltc.model.stage.Reason;
import org.ltc.model.stage.Stage;
import org.ltc.model.stage.StageAssessment;
import org.ltc.model.stage.StageFramework;
import org.ltc.model.stage.StageProbability;

/**
 * Renders a {@link CommunityReport} as one self-contained HTML page: no network, no scripts, opens from
 * {@code file://}, charts as inline SVG with text alternatives, headings in order, and a print style.
 * Figures about segments arrive already suppressed below the disclosure threshold; the page says so.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlReport {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US)
            .withZone(ZoneOffset.UTC);
    private static final int MAX_THEMES_IN_CHARTS = 12;

    private static final Map<String, String> CATEGORY_TITLES = Map.ofEntries(
            Map.entry("aspirations", "Aspirations: the community people want"),
            Map.entry("concerns", "Concerns"),
            Map.entry("talk", "How people talk about it"),
            Map.entry("changes", "Changes people say are needed"),
            Map.entry("actions", "What can be done, and whom people trust"),
            Map.entry("reasons", "Why it matters to people"),
            Map.entry("tensions", "Tensions"),
            Map.entry("surprises", "Surprises"),
            Map.entry("contributions", "What people could contribute"),
            Map.entry("uncategorised", "Other themes"));

    /** Renders the page. */
    public String render(CommunityReport report) {
        PublicKnowledge pk = report.knowledge();
        StringBuilder b = new StringBuilder(64 * 1024);
        String community = pk.community() == null ? "the community" : pk.community().name();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append(statusMeta(report))
                .append("<title>").append(Html.isolated(report.title())).append("</title>\n<style>")
                .append(CSS).append("</style>\n</head>\n<body>\n");
        status(b, report);
        b.append("<header>\n<h1>").append(Html.user(report.title())).append("</h1>\n<p class=\"sub\">What ")
                .append(Html.user(community)).append(" told us, ")
                .append(DAY.format(pk.provenance().createdAt())).append("</p>\n</header>\n");
        b.append("<main>\n");
        WhatWeHeard.render(b, report);
        b.append("<div class=\"appendix\">\n<h2 class=\"appendix-h\">For the library team: details, method and "
                + "provenance</h2>\n");
        b.append("<nav aria-label=\"Contents\"><ol>");
        if (pk.story() != null) {
            b.append("<li><a href=\"#story\">The community story</a></li>");
        }
        b.append("<li><a href=\"#engaged\">Who we heard from</a></li><li><a href=\"#themes\">What we heard</a></li>");
        if (hasSegments(pk)) {
            b.append("<li><a href=\"#segments\">Who wrote or agreed with what</a></li>");
        }
        if (hasVotes(pk)) {
            b.append("<li><a href=\"#groups\">Where opinion groups agree and divide</a></li>");
        }
        if (!pk.gaps().isEmpty()) {
            b.append("<li><a href=\"#gaps\">Who was missing</a></li>");
        }
        if (report.assessment() != null) {
            b.append("<li><a href=\"#stage\">Where the community stands</a></li>");
        }
        if (report.plan() != null) {
            b.append("<li><a href=\"#plan\">What we will do</a></li>");
        }
        b.append("<li><a href=\"#provenance\">How this report was made</a></li></ol></nav>\n");
        story(b, pk);
        DisclosurePolicy policy = DisclosurePolicy.of(report.disclosureThreshold());
        engagement(b, pk.engagement(), policy, pk.opinionGroups());
        themes(b, pk, policy);
        segments(b, pk, policy);
        groups(b, pk, policy);
        gaps(b, pk.gaps(), policy);
        if (report.assessment() != null) {
            stage(b, report.assessment(), report.framework());
        }
        if (report.plan() != null) {
            plan(b, report.plan(), pk);
        }
        b.append("</div>\n</main>\n");
        footer(b, report);
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
        String day = at.length() >= 10 ? DAY.format(java.time.Instant.parse(at)) : at;
        b.append("<p class=\"status approved\" role=\"note\">Reviewed and approved by <strong>")
                .append(Html.escape(approval.get().by() == null ? "the library team" : approval.get().by()))
                .append("</strong>").append(day.isEmpty() ? "" : " on " + Html.escape(day)).append(".</p>\n");
    }

    private static void story(StringBuilder b, PublicKnowledge pk) {
        if (pk.story() == null) {
            return;
        }
        boolean blanks = pk.story().text().contains(CommunityStory.BLANK);
        b.append("<section id=\"story\">\n<h2>The community story</h2>\n<blockquote class=\"story\"><p>")
                .append(Html.user(pk.story().text())).append("</p></blockquote>\n")
                .append("<p class=\"note\">A draft from the widest aspiration, concern and change themes that opinion "
                        + "groups do not divide on, named by theme, for the people who were there to rewrite in their "
                        + "own words.");
        if (blanks) {
            b.append(" A blank (___) is left where what we heard does not support a sentence: the team fills it in "
                    + "the room.");
        }
        b.append("</p>\n</section>\n");
    }

    private static void engagement(StringBuilder b, Engagement e, DisclosurePolicy policy,
                                   OpinionGroups opinionGroups) {
        int k = policy.minParticipants();
        // Suppressed again at render time (small cells and their complements), whatever the document says.
        Map<String, Map<String, Integer>> shownSegments = new java.util.TreeMap<>();
        int suppressed = e.suppressed();
        for (Map.Entry<String, Map<String, Integer>> seg : e.segments().entrySet()) {
            java.util.Set<String> hidden = policy.hidden(seg.getValue(), e.participants(), java.util.Set.of());
            Map<String, Integer> shown = new java.util.TreeMap<>(seg.getValue());
            shown.keySet().removeAll(hidden);
            suppressed += hidden.size();
            shownSegments.put(seg.getKey(), shown);
        }
        b.append("<section id=\"engaged\">\n<h2>Who we heard from</h2>\n<dl class=\"stats\">")
                .append(stat("conversations", e.conversations())).append(stat("people took part", e.participants()));
        if (e.writers() != null) {
            b.append(stat("people wrote statements", e.writers()));
        }
        b.append(stat("statements and notes", e.notes()));
        if (e.votes() > 0) {
            if (e.voters() != null) {
                b.append(stat("people voted", e.voters()));
            }
            b.append(stat("votes cast", e.votes()));
        }
        b.append("</dl>\n");
        if (e.votes() > 0) {
            b.append("<p class=\"note\">Writers and voters are counted apart: most people who voted wrote nothing, "
                    + "and a vote is not a statement.</p>\n");
        }
        if (!e.places().isEmpty()) {
            b.append("<p>Held at: ").append(String.join("; ", e.places().stream().map(Html::user).toList()))
                    .append(".</p>\n");
        }
        for (Map.Entry<String, Map<String, Integer>> seg : e.segments().entrySet()) {
            if (opinionGroups != null && !seg.getValue().isEmpty() && seg.getValue().equals(opinionGroups.sizes())) {
                continue; // opinion groups are how people voted, not who they are: shown with the votes
            }
            b.append("<table class=\"small\"><caption>Participants by ").append(Html.user(seg.getKey()))
                    .append("</caption><thead><tr><th scope=\"col\">").append(Html.user(seg.getKey()))
                    .append("</th><th scope=\"col\">participants</th></tr></thead><tbody>");
            shownSegments.get(seg.getKey()).forEach((v, n) -> b.append("<tr><td>").append(Html.user(v)).append("</td><td>").append(n)
                    .append("</td></tr>"));
            b.append("</tbody></table>\n");
        }
        if (suppressed > 0) {
            b.append("<p class=\"note\">").append(suppressed).append(suppressed == 1 ? " group" : " groups")
                    .append(" with fewer than ").append(k).append(" participants (or whose figure would reveal one) ")
                    .append(suppressed == 1 ? "is" : "are")
                    .append(" not shown, to protect the people in ").append(suppressed == 1 ? "it" : "them")
                    .append(".</p>\n");
        }
        b.append("</section>\n");
    }

    private static String stat(String label, int value) {
        return "<div><dt>" + label + "</dt><dd>" + String.format(Locale.ENGLISH, "%,d", value) + "</dd></div>";
    }

    private static void themes(StringBuilder b, PublicKnowledge pk, DisclosurePolicy k) {
        boolean votes = pk.engagement().votes() > 0;
        b.append("<section id=\"themes\">\n<h2>What we heard</h2>\n");
        b.append("<p class=\"note\">Each theme says how many people <em>wrote</em> its statements");
        if (votes) {
            b.append(", how many <em>agreed with</em> at least one of them, and how many <em>voted on</em> them");
        }
        b.append(". Counts under ").append(k.minParticipants()).append(" are shown as \u201cfewer than ")
                .append(k.minParticipants())
                .append(" people\u201d.");
        if (pk.themes().stream().anyMatch(t -> t.consensus() != null)) {
            b.append(" <em>Agreement across groups</em> is, for each statement, the chance that people in every "
                    + "opinion group agree with it (each group's agree rate, multiplied), averaged over the theme's "
                    + "statements: high only when every group agrees, low when any group disagrees.");
        }
        b.append("</p>\n");
        List<Theme> ranked = pk.themes().stream().sorted(Comparator.comparingInt(Theme::frequency).reversed()
                .thenComparing(Theme::id)).limit(MAX_THEMES_IN_CHARTS).toList();
        if (!ranked.isEmpty()) {
            int max = ranked.get(0).frequency();
            List<Svg.Bar> bars = ranked.stream().map(t -> new Svg.Bar(t.label(), t.frequency(),
                    t.frequency() + (t.frequency() == 1 ? " note" : " notes"), false)).toList();
            b.append("<figure>").append(Svg.horizontalBars("Themes by number of notes",
                    "The " + ranked.size() + " largest themes; each bar is the number of notes behind the theme.",
                    bars, max)).append("<figcaption>The largest themes, by the number of notes behind each.")
                    .append(" Details of every theme follow, by category.</figcaption></figure>\n");
        }
        for (CategorySection section : pk.sections()) {
            List<Theme> themes = pk.themesIn(section.category());
            if (themes.isEmpty()) {
                continue;
            }
            b.append("<h3>").append(Html.escape(categoryTitle(section.category()))).append("</h3>\n");
            for (Theme t : themes) {
                themeCard(b, t, k, votes);
            }
        }
        if (!pk.unassigned().isEmpty()) {
            b.append("<p class=\"note\">").append(pk.unassigned().size())
                    .append(pk.unassigned().size() == 1 ? " note fits" : " notes fit")
                    .append(" no theme; kept in the data for people to read.</p>\n");
        }
        b.append("</section>\n");
    }

    private static void themeCard(StringBuilder b, Theme t, DisclosurePolicy k, boolean votes) {
        b.append("<article class=\"theme\">\n<h4>").append(Html.user(t.label())).append("</h4>\n<p class=\"meta\">")
                .append(count(t.frequency(), "note", "notes"));
        if (t.breadth().conversations() > 0) {
            b.append(" · ").append(count(t.breadth().conversations(), "conversation", "conversations"));
        }
        b.append(" · wrote: ").append(people(t.breadth().wrote(), k.minParticipants()));
        if (votes) {
            b.append(" · agreed with: ").append(people(t.breadth().agreed(), k.minParticipants()))
                    .append(" · voted on: ").append(people(t.breadth().voted(), k.minParticipants()));
        }
        if (t.consensus() != null) {
            b.append(" · agreement across groups ").append(Math.round(t.consensus() * 100)).append("%");
        }
        b.append("</p>\n");
        if (t.divides()) {
            b.append("<p class=\"divides\"><strong>Not one view:</strong> opinion groups divide on ")
                    .append(count(t.dividing().size(), "of its statements", "of its statements"))
                    .append(" (<a href=\"#divide\">see where</a>).</p>\n");
        }
        if (!t.keyTerms().isEmpty()) {
            b.append("<p class=\"terms\">Words people used: ")
                    .append(String.join(", ", t.keyTerms().subList(0, Math.min(8, t.keyTerms().size())).stream()
                            .map(Html::user).toList()))
                    .append("</p>\n");
        }
        for (Quote q : t.quotes().subList(0, Math.min(3, t.quotes().size()))) {
            b.append("<blockquote><p>").append(Html.user(q.text())).append("</p></blockquote>\n");
        }
        b.append("</article>\n");
    }

    /** "1 note", "12 notes". */
    public static String count(int n, String one, String many) {
        return String.format(Locale.ENGLISH, "%,d", n) + " " + (n == 1 ? one : many);
    }

    /** A count of people as it may be shown: "fewer than k people" when it was held back. */
    public static String people(Integer n, int k) {
        // checked again here: a document edited by hand must not show a count under k
        return n == null || DisclosurePolicy.of(k).suppress(n) ? "fewer than " + k + " people"
                : count(n, "person", "people");
    }

    private static boolean hasSegments(PublicKnowledge pk) {
        return pk.themes().stream().anyMatch(t -> !t.breadth().bySegment().isEmpty());
    }

    /** A theme's counts by one segment key that may be shown: small cells and their complements hidden. */
    private static Map<String, Integer> shownRow(Theme t, String key, DisclosurePolicy policy) {
        Map<String, Integer> row = t.breadth().bySegment().getOrDefault(key, Map.of());
        Map<String, Integer> shown = new java.util.TreeMap<>(row);
        shown.keySet().removeAll(policy.hidden(row, t.breadth().participants(), java.util.Set.of()));
        return shown;
    }

    private static void segments(StringBuilder b, PublicKnowledge pk, DisclosurePolicy policy) {
        int k = policy.minParticipants();
        if (!hasSegments(pk)) {
            return;
        }
        b.append("<section id=\"segments\">\n<h2>Who wrote or agreed with what</h2>\n");
        List<Theme> ranked = pk.themes().stream().sorted(Comparator.comparingInt(Theme::frequency).reversed()
                .thenComparing(Theme::id)).limit(MAX_THEMES_IN_CHARTS).toList();
        TreeSet<String> keys = new TreeSet<>();
        ranked.forEach(t -> keys.addAll(t.breadth().bySegment().keySet()));
        for (String key : keys) {
            TreeSet<String> values = new TreeSet<>();
            ranked.forEach(t -> values.addAll(shownRow(t, key, policy).keySet()));
            if (values.isEmpty()) {
                continue;
            }
            List<String> columns = List.copyOf(values);
            Integer[][] counts = new Integer[ranked.size()][columns.size()];
            StringBuilder table = new StringBuilder("<table class=\"small sr\"><caption>People who wrote or agreed with each theme, by ")
                    .append(Html.user(key)).append("</caption><thead><tr><th scope=\"col\">theme</th>");
            columns.forEach(c -> table.append("<th scope=\"col\">").append(Html.user(c)).append("</th>"));
            table.append("</tr></thead><tbody>");
            for (int i = 0; i < ranked.size(); i++) {
                Map<String, Integer> row = shownRow(ranked.get(i), key, policy);
                table.append("<tr><th scope=\"row\">").append(Html.user(ranked.get(i).label())).append("</th>");
                for (int j = 0; j < columns.size(); j++) {
                    counts[i][j] = row.get(columns.get(j));
                    table.append("<td>").append(counts[i][j] == null ? "–" : counts[i][j]).append("</td>");
                }
                table.append("</tr>");
            }
            table.append("</tbody></table>");
            b.append("<figure>").append(Svg.heatGrid("Themes by " + key,
                    "For each of the largest themes, how many people in each " + key + " wrote or agreed with it. A dash means "
                            + "none, or fewer than " + k + " people, whose figure is not shown.",
                    ranked.stream().map(Theme::label).toList(), columns, counts))
                    .append("<figcaption>How many people in each ").append(Html.user(key))
                    .append(" wrote or agreed with each theme. A dash: none, or fewer than ").append(k)
                    .append(" people (not shown, to protect them).</figcaption></figure>\n").append(table).append('\n');
        }
        b.append("</section>\n");
    }

    private static boolean hasVotes(PublicKnowledge pk) {
        return pk.opinionGroups() != null;
    }

    private static void groups(StringBuilder b, PublicKnowledge pk, DisclosurePolicy policy) {
        if (!hasVotes(pk)) {
            return;
        }
        OpinionGroups og = pk.opinionGroups();
        b.append("<section id=\"groups\">\n<h2>Where opinion groups agree and divide</h2>\n<p>People who voted alike "
                + "form opinion groups. They are how people voted, not who they are. Each group's agree rate on a "
                + "statement is the share of its voters who agreed (smoothed, as Polis does, so a few votes do not "
                + "read as certainty).</p>\n");
        if (!og.sizes().isEmpty()) {
            b.append("<p>Groups: ");
            List<String> sizes = new ArrayList<>();
            og.sizes().forEach((g, n) -> sizes.add("group " + Html.user(g) + " ("
                    + people(n, policy.minParticipants()) + ")"));
            b.append(String.join(", ", sizes)).append(".</p>\n");
        }
        if (og.unavailable() != null) {
            b.append("<p class=\"note\">No common ground or division is shown: ").append(Html.escape(og.unavailable()))
                    .append(".</p>\n</section>\n");
            return;
        }
        List<String> groupIds = List.copyOf(og.sizes().keySet());
        List<Row> common = new ArrayList<>();
        List<Row> dividing = new ArrayList<>();
        for (Theme t : pk.themes()) {
            t.commonGround().forEach(sv -> common.add(new Row(t, sv)));
            t.dividing().forEach(sv -> dividing.add(new Row(t, sv)));
        }
        common.sort(Comparator.comparingDouble((Row r) -> -r.statement().consensus())
                .thenComparing(r -> r.statement().noteId()));
        dividing.sort(Comparator.comparingDouble((Row r) -> -r.statement().spread())
                .thenComparing(r -> r.statement().noteId()));
        b.append("<h3>Common ground</h3>\n<p>Statements every group agreed with (each group's agree rate at least "
                + "60%): ").append(count(common.size(), "statement", "statements")).append(".</p>\n");
        statementTable(b, "Common ground: statements every opinion group agreed with", common, groupIds, 10,
                policy);
        b.append("<h3 id=\"divide\">Where opinion groups divide</h3>\n<p>Statements on which two groups' agree rates "
                + "differ by 30 points or more (each group with at least 5 voters on it): ")
                .append(count(dividing.size(), "statement", "statements"))
                .append(". A theme holding such statements is not one view: read its groups side by side.</p>\n");
        statementTable(b, "Where opinion groups divide: each group's agree rate, side by side", dividing, groupIds,
                15, policy);
        b.append("</section>\n");
    }

    private record Row(Theme theme, StatementVote statement) {
    }

    private static void statementTable(StringBuilder b, String caption, List<Row> rows, List<String> groupIds,
                                       int max, DisclosurePolicy policy) {
        if (rows.isEmpty()) {
            return;
        }
        // the caption is the report's own fixed text, never user text: written as it reads
        b.append("<table><caption>").append(caption).append("</caption><thead><tr><th scope=\"col\">"
                + "statement</th><th scope=\"col\">theme</th>");
        for (String g : groupIds) {
            b.append("<th scope=\"col\">group ").append(Html.user(g)).append(" agrees</th>");
        }
        b.append("</tr></thead><tbody>");
        for (Row r : rows.subList(0, Math.min(max, rows.size()))) {
            StatementVote sv = r.statement();
            b.append("<tr><td>").append(sv.text() == null ? "<em>(not quoted)</em>" : "\u201c" + Html.user(sv.text())
                    + "\u201d").append("</td><td>").append(Html.user(r.theme().label())).append("</td>");
            for (String g : groupIds) {
                GroupRate rate = sv.groups().stream().filter(x -> x.groupId().equals(g)).findFirst().orElse(null);
                b.append("<td>").append(rate == null || policy.suppress(rate.voters())
                        || policy.suppress(rate.members()) ? "too few voters"
                        : Math.round(rate.agreeRate() * 100) + "% <span class=\"ev\">of " + count(rate.voters(), "voter",
                        "voters") + "</span>").append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</tbody></table>\n");
        if (rows.size() > max) {
            b.append("<p class=\"note\">").append(rows.size() - max).append(" more in the data (public-knowledge.json)."
                    + "</p>\n");
        }
    }

    private static void gaps(StringBuilder b, List<Gap> gaps, DisclosurePolicy policy) {
        if (gaps.isEmpty()) {
            return;
        }
        b.append("<section id=\"gaps\">\n<h2>Who was missing</h2>\n<p class=\"note\">Judged per person: a group "
                + "that wrote fewer notes per person than everyone else is listed. Opinion groups are not listed: they "
                + "are how people voted, not who they are.</p>\n<ul>");
        for (Gap g : gaps) {
            if (policy.suppress(g.participants())) {
                // A small group is never named, even when an edited document names it.
                b.append("<li><strong>").append(Html.user(g.segmentKey())).append("</strong> — a group too small to "
                        + "report on separately</li>");
                continue;
            }
            b.append("<li><strong>").append(Html.user(g.segmentKey()))
                    .append(g.segmentValue() == null ? "" : ": " + Html.user(g.segmentValue())).append("</strong> — ")
                    .append(Html.user(g.reason())).append("</li>");
        }
        b.append("</ul>\n</section>\n");
    }

    private static void stage(StringBuilder b, StageAssessment a, StageFramework framework) {
        b.append("<section id=\"stage\">\n<h2>Where the community stands</h2>\n");
        String effective = stageName(framework, a.effectiveStage());
        b.append("<p class=\"lead\">Most likely stage: <strong>").append(Html.escape(stageName(framework, a.mostLikely())))
                .append("</strong> (").append(Math.round(a.confidence() * 100)).append("% confidence).</p>\n");
        if (a.override() != null) {
            b.append("<p class=\"override\">Decided by ").append(Html.escape(a.override().by())).append(": <strong>")
                    .append(Html.escape(effective)).append("</strong>. ").append(Html.escape(a.override().why()))
                    .append("</p>\n");
        }
        List<Svg.Bar> bars = new ArrayList<>();
        for (StageProbability p : a.distribution()) {
            bars.add(new Svg.Bar(stageName(framework, p.stageId()), p.probability(),
                    Math.round(p.probability() * 100) + "%", p.stageId().equals(a.effectiveStage())));
        }
        b.append("<figure>").append(Svg.horizontalBars("Stage of community life",
                "The probability of each stage, in order; the stage acted on is highlighted: " + effective + ".",
                bars, 1.0)).append("<figcaption>How likely each stage is, from first to last. Highlighted: the stage ")
                .append("this plan is made for.</figcaption></figure>\n");
        if (framework != null) {
            framework.stage(a.effectiveStage()).ifPresent(s -> b.append("<p>").append(Html.escape(s.description()))
                    .append("</p>\n"));
        }
        if (!a.reasons().isEmpty()) {
            b.append("<h3>Why</h3>\n<ul class=\"reasons\">");
            for (Reason r : a.reasons().subList(0, Math.min(10, a.reasons().size()))) {
                b.append("<li>").append(Html.escape(r.text()));
                if (!r.evidence().isEmpty()) {
                    b.append(" <span class=\"ev\">(evidence: ").append(Html.escape(String.join(", ",
                            r.evidence().subList(0, Math.min(5, r.evidence().size()))))).append(r.evidence().size() > 5
                            ? ", …" : "").append(")</span>");
                }
                b.append("</li>");
            }
            b.append("</ul>\n");
        }
        b.append("</section>\n");
    }

    private static String stageName(StageFramework framework, String stageId) {
        return framework == null ? stageId : framework.stage(stageId).map(Stage::name).orElse(stageId);
    }

    private static void plan(StringBuilder b, ActionPlan plan, PublicKnowledge pk) {
        b.append("<section id=\"plan\">\n<h2>What we will do</h2>\n<p class=\"lead\">").append(Html.user(plan.title()))
                .append("</p>\n<p><strong>The aspiration it serves:</strong> ").append(Html.user(plan.aspiration()))
                .append("</p>\n");
        if (plan.stageRationale() != null) {
            b.append("<p><strong>Why these actions fit now:</strong> ").append(Html.escape(plan.stageRationale()))
                    .append("</p>\n");
        }
        if (!plan.actions().isEmpty()) {
            b.append("<table><caption>Actions</caption><thead><tr><th scope=\"col\">action</th><th scope=\"col\">who"
                    + "</th><th scope=\"col\">with</th><th scope=\"col\">by</th><th scope=\"col\">progress</th>"
                    + "</tr></thead><tbody>");
            for (Action a : plan.actions()) {
                actionRow(b, a, 0);
            }
            b.append("</tbody></table>\n");
        }
        if (!plan.commitments().isEmpty()) {
            b.append("<h3>Our promises</h3>\n<ul>");
            for (Commitment c : plan.commitments()) {
                b.append("<li>").append(Html.user(c.what())).append(" — ").append(Html.user(c.who()))
                        .append(c.due() == null ? "" : ", by " + c.due()).append(" <span class=\"status\">(")
                        .append(c.status().name().toLowerCase(Locale.ROOT)).append(")</span></li>");
            }
            b.append("</ul>\n");
        }
        if (plan.shareBack() != null && !plan.shareBack().channels().isEmpty()) {
            b.append("<h3>How we will report back</h3>\n<p>").append(Html.escape(String.join("; ",
                    plan.shareBack().channels())));
            if (plan.shareBack().cadence() != null) {
                b.append(", ").append(Html.escape(plan.shareBack().cadence()));
            }
            b.append(".</p>\n");
        }
        if (!plan.measures().isEmpty()) {
            b.append("<h3>How we will know it worked</h3>\n<ul>");
            plan.measures().forEach(m -> b.append("<li>").append(Html.escape(m.name()))
                    .append(m.target() == null ? "" : ": " + Html.escape(m.target())).append("</li>"));
            b.append("</ul>\n");
        }
        b.append("</section>\n");
    }

    private static void actionRow(StringBuilder b, Action a, int depth) {
        b.append("<tr><td").append(depth > 0 ? " class=\"child\"" : "").append("><strong>")
                .append(Html.user(a.title())).append("</strong>");
        if (a.rationale() != null) {
            b.append("<br><span class=\"why\">").append(Html.escape(a.rationale())).append("</span>");
        }
        b.append("</td><td>").append(Html.escape(a.owner() == null ? "" : a.owner())).append("</td><td>")
                .append(Html.escape(String.join(", ", a.partners().stream().map(Partner::name).toList())))
                .append("</td><td>").append(a.due() == null ? "" : a.due().toString()).append("</td><td>")
                .append(Svg.progress(a.percent(), a.title())).append(' ').append(Math.round(a.percent())).append("%")
                .append("</td></tr>");
        for (Action c : a.children()) {
            actionRow(b, c, depth + 1);
        }
    }

    private static void footer(StringBuilder b, CommunityReport report) {
        b.append("<footer id=\"provenance\">\n<h2>How this report was made</h2>\n");
        madeWith(b, report.knowledge().provenance());
        b.append("<table class=\"small\"><thead><tr>"
                + "<th scope=\"col\">step</th><th scope=\"col\">method</th><th scope=\"col\">seed</th>"
                + "<th scope=\"col\">input (SHA-256)</th><th scope=\"col\">made</th></tr></thead><tbody>");
        Map<String, Provenance> steps = new LinkedHashMap<>();
        steps.put("public knowledge", report.knowledge().provenance());
        if (report.assessment() != null) {
            steps.put("stage assessment", report.assessment().provenance());
        }
        if (report.plan() != null && report.plan().provenance() != null) {
            steps.put("action plan", report.plan().provenance());
        }
        steps.forEach((name, p) -> b.append("<tr><td>").append(name).append("</td><td>")
                .append(Html.escape(p.algorithmId() + " " + p.algorithmVersion())).append("</td><td>").append(p.seed())
                .append("</td><td><code>").append(p.inputSha256(), 0, 12).append("…</code></td><td>")
                .append(DAY.format(p.createdAt())).append("</td></tr>"));
        Provenance first = report.knowledge().provenance();
        b.append("</tbody></table>\n<p class=\"note\">Made with the LTC SDK ").append(Html.escape(first.libraryVersion()))
                .append(" on Java ").append(Html.escape(first.javaVersion()))
                .append(". Personal details were removed from residents' words before theming. Figures about groups of "
                        + "fewer than ").append(report.disclosureThreshold()).append(" people are not shown.</p>\n");
        for (String a : report.attributions()) {
            b.append("<p class=\"note\">").append(Html.escape(a)).append("</p>\n");
        }
        b.append("</footer>\n");
    }

    /** The recipe in words, from the provenance steps public-knowledge assembly recorded. */
    private static void madeWith(StringBuilder b, Provenance p) {
        List<String> items = new ArrayList<>();
        List<String> curation = new ArrayList<>();
        for (ProvenanceStep step : p.steps()) {
            Map<String, String> q = step.parameters();
            switch (step.operation()) {
                case "import" -> items.add("<strong>Import:</strong> " + Html.escape(q.getOrDefault("algorithmId", "?"))
                        + " (input SHA-256 <code>" + Html.escape(q.getOrDefault("inputSha256", "").substring(0,
                        Math.min(12, q.getOrDefault("inputSha256", "").length()))) + "…</code>)");
                case "redact" -> items.add("<strong>Redaction:</strong> " + (q.containsKey("notesChanged")
                        ? "every note checked for personal details (e-mail addresses, phone numbers and the like) "
                        + "before theming; " + ("0".equals(q.get("notesChanged")) ? "none found"
                        : "found and replaced in " + Html.escape(q.get("notesChanged")) + " notes")
                        : "quotes redacted when shown; the notes were not redacted on import"));
                case "theme" -> {
                    String k = q.entrySet().stream().filter(e -> e.getKey().endsWith(".k")
                            || e.getKey().endsWith(".topics")).map(e -> e.getKey() + " = " + e.getValue()).findFirst()
                            .orElse(null);
                    String model = q.entrySet().stream().filter(e -> e.getKey().contains("embedding")
                            || e.getKey().endsWith(".model")).map(Map.Entry::getValue).findFirst().orElse(null);
                    items.add("<strong>Themer:</strong> " + Html.escape(q.getOrDefault("algorithmId", "?")) + " "
                            + Html.escape(q.getOrDefault("algorithmVersion", "")) + (k == null ? ""
                            : ", " + Html.escape(k)) + ", seed " + Html.escape(q.getOrDefault("seed", "?")));
                    if (model != null) {
                        items.add("<strong>Embedding model:</strong> " + Html.escape(model));
                    }
                }
                case "label" -> {
                    items.add("<strong>Theme names:</strong> labeller " + Html.escape(q.getOrDefault("labeller", "?"))
                            + " " + Html.escape(q.getOrDefault("version", "")) + " (names from words several notes "
                            + "share, never one resident's statement)");
                    if (q.containsKey("embeddings")) {
                        items.add("<strong>Embedding model:</strong> " + Html.escape(q.get("embeddings")));
                    }
                }
                default -> curation.add(Html.escape(step.operation()) + (step.by() == null ? ""
                        : " by " + Html.escape(step.by())));
            }
        }
        items.add("<strong>Curation:</strong> " + (curation.isEmpty() ? "none yet: a draft until people review it"
                : curation.size() + (curation.size() == 1 ? " step" : " steps") + " (" + String.join(", ", curation)
                + ")"));
        b.append("<ul class=\"made\">");
        items.stream().distinct().forEach(i -> b.append("<li>").append(i).append("</li>"));
        b.append("</ul>\n");
    }

    private static String categoryTitle(ThemeCategory c) {
        return CATEGORY_TITLES.getOrDefault(c.id(), c.id().substring(0, 1).toUpperCase(Locale.ROOT)
                + c.id().substring(1).replace('-', ' '));
    }

    private static final String CSS = """
            :root{--ink:#1d2a33;--muted:#55626b;--accent:#1f6f8b;--hi:#c2571a;--line:#d8dee3;--bg:#fbfbf8}
            *{box-sizing:border-box}
            body{font:16px/1.5 Georgia,'Times New Roman',serif;color:var(--ink);background:var(--bg);margin:0 auto;\
            max-width:62rem;padding:1.5rem}
            h1,h2,h3,h4{font-family:'Helvetica Neue',Arial,sans-serif;line-height:1.2}
            h1{font-size:2rem;margin:.2rem 0}h2{border-bottom:2px solid var(--line);padding-bottom:.2rem;margin-top:2.2rem}
            .sub,.note,.meta,.terms,.why,.ev{color:var(--muted)}.note{font-size:.9rem}
            nav ol{columns:2;font-family:Arial,sans-serif;font-size:.95rem}
            svg{max-width:100%;height:auto}p,li,td,th,blockquote,h1,h2,h3,h4{overflow-wrap:anywhere}
            .summary{background:#fff;border:1px solid var(--line);border-radius:6px;padding:.2rem 1.2rem 1rem}
            .summary h3{margin:1.2rem 0 .4rem}.summary ol.top li,.summary ul li{margin:.25rem 0}
            ul.stance{list-style:none;padding-left:0}ul.stance .mark{display:inline-block;width:1.3rem;font-weight:bold}
            ul.stance .agree .mark{color:#1e6b34}ul.stance .divide .mark{color:#8f2f27}
            .appendix-h{margin-top:3rem;border-bottom:4px double var(--line)}
            @media (max-width:40rem){body{padding:.8rem}nav ol{columns:1}h1{font-size:1.6rem}\
            th,td{padding:.3rem .2rem}td:last-child{white-space:normal}svg.progress{width:100%;max-width:160px}\
            table{display:block;overflow-x:auto;max-width:100%}}
            a{color:var(--accent)}
            blockquote{margin:.4rem 0 .4rem 1rem;padding-left:.8rem;border-left:4px solid var(--line);font-style:italic}
            blockquote.story{font-size:1.25rem;border-left-color:var(--accent)}
            .stats{display:flex;gap:2rem;flex-wrap:wrap;font-family:Arial,sans-serif}
            .stats dt{color:var(--muted);font-size:.85rem}.stats dd{margin:0;font-size:1.8rem;font-weight:bold}
            article.theme{border:1px solid var(--line);border-radius:6px;padding:.3rem 1rem;margin:.7rem 0;background:#fff;\
            break-inside:avoid}
            article.theme h4{margin:.5rem 0 .2rem;font-size:1.1rem}
            table{border-collapse:collapse;width:100%;margin:.8rem 0;font-family:Arial,sans-serif;font-size:.9rem}
            th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
            caption{text-align:left;font-weight:bold;padding:.3rem 0}
            table.small{width:auto}td.child{padding-left:2rem}
            figure{margin:1rem 0;overflow-x:auto}figcaption{color:var(--muted);font-size:.9rem}
            svg text{font-family:Arial,sans-serif;font-size:12px;fill:var(--ink)}
            svg .val.inv{fill:#fff}svg .track{fill:#eef1f3}svg .bar{fill:var(--accent)}svg .bar.hi{fill:var(--hi)}
            svg .cell{fill:var(--accent)}svg .cell.none{fill:#eef1f3;fill-opacity:1}
            svg .agree{fill:#3c8d4f}svg .disagree{fill:#b8433a}svg .pass{fill:#b9c0c5}
            .divides{background:#fff4e8;padding:.3rem .5rem;font-family:Arial,sans-serif;font-size:.9rem}
            .progress{vertical-align:middle}td:last-child{white-space:nowrap}.lead{font-size:1.15rem}.override{background:#fff4e8;padding:.5rem}
            table.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
            footer{margin-top:3rem;border-top:2px solid var(--line)}
            .status{font-family:Arial,sans-serif;padding:.6rem .9rem;border-radius:4px;margin:0 0 1rem}
            .status.draft{background:#fff4d6;border:2px dashed #7a5600;color:#3d2b00}
            .status.approved{background:#e6f2ea;border:1px solid #2d6a3e;color:#163d22}
            @media print{body{max-width:none;background:#fff;font-size:11pt}nav{display:none}a{color:inherit}\
            h2{break-after:avoid}figure,article,table{break-inside:avoid}.appendix{break-before:page}\
            .summary{border:none;padding:0}}
            """;
}
