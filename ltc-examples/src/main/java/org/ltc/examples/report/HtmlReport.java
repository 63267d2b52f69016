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
import org.ltc.model.knowledge.GroupVote;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.knowledge.Quote;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeCategory;
import org.ltc.model.privacy.DisclosurePolicy;
import org.ltc.model.provenance.Provenance;
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
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
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
                .append("<title>").append(Html.escape(report.title())).append("</title>\n<style>")
                .append(CSS).append("</style>\n</head>\n<body>\n");
        b.append("<header>\n<h1>").append(Html.escape(report.title())).append("</h1>\n<p class=\"sub\">What ")
                .append(Html.user(community)).append(" told us, ")
                .append(DAY.format(pk.provenance().createdAt())).append("</p>\n</header>\n");
        b.append("<nav aria-label=\"Contents\"><ol>");
        if (pk.story() != null) {
            b.append("<li><a href=\"#story\">The community story</a></li>");
        }
        b.append("<li><a href=\"#engaged\">Who we heard from</a></li><li><a href=\"#themes\">What we heard</a></li>");
        if (hasSegments(pk)) {
            b.append("<li><a href=\"#segments\">Who raised what</a></li>");
        }
        if (hasVotes(pk)) {
            b.append("<li><a href=\"#groups\">Opinion groups and common ground</a></li>");
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
        b.append("<li><a href=\"#provenance\">How this report was made</a></li></ol></nav>\n<main>\n");
        story(b, pk);
        DisclosurePolicy policy = DisclosurePolicy.of(report.disclosureThreshold());
        engagement(b, pk.engagement(), policy);
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
        b.append("</main>\n");
        footer(b, report);
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    private static void story(StringBuilder b, PublicKnowledge pk) {
        if (pk.story() == null) {
            return;
        }
        b.append("<section id=\"story\">\n<h2>The community story</h2>\n<blockquote class=\"story\"><p>")
                .append(Html.user(pk.story().text())).append("</p></blockquote>\n")
                .append("<p class=\"note\">A draft drawn from the broadest themes, for the people who were there to "
                        + "rewrite in their own words.</p>\n</section>\n");
    }

    private static void engagement(StringBuilder b, Engagement e, DisclosurePolicy policy) {
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
                .append(stat("conversations", e.conversations())).append(stat("participants", e.participants()))
                .append(stat("notes", e.notes()));
        if (e.votes() > 0) {
            b.append(stat("votes", e.votes()));
        }
        b.append("</dl>\n");
        if (!e.places().isEmpty()) {
            b.append("<p>Held at: ").append(String.join("; ", e.places().stream().map(Html::user).toList()))
                    .append(".</p>\n");
        }
        for (Map.Entry<String, Map<String, Integer>> seg : e.segments().entrySet()) {
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
        b.append("<section id=\"themes\">\n<h2>What we heard</h2>\n");
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
                themeCard(b, t, k);
            }
        }
        if (!pk.unassigned().isEmpty()) {
            b.append("<p class=\"note\">").append(pk.unassigned().size())
                    .append(pk.unassigned().size() == 1 ? " note fits" : " notes fit")
                    .append(" no theme; kept in the data for people to read.</p>\n");
        }
        b.append("</section>\n");
    }

    private static void themeCard(StringBuilder b, Theme t, DisclosurePolicy k) {
        b.append("<article class=\"theme\">\n<h4>").append(Html.user(t.label())).append("</h4>\n<p class=\"meta\">")
                .append(t.frequency()).append(t.frequency() == 1 ? " note" : " notes");
        if (t.breadth().conversations() > 0) {
            b.append(" · ").append(t.breadth().conversations()).append(t.breadth().conversations() == 1
                    ? " conversation" : " conversations");
        }
        if (t.breadth().participants() > 0) {
            // Suppressed again here: a report.json edited by hand must not show a group under k.
            b.append(" · ").append(k.countLabel(t.breadth().participants())).append(" people");
        }
        if (t.intensity() > 0) {
            b.append(" · intensity ").append(Math.round(t.intensity() * 100)).append("%");
        }
        if (t.consensus() != null) {
            b.append(" · common ground ").append(Math.round(t.consensus() * 100)).append("%");
        }
        b.append("</p>\n");
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
        b.append("<section id=\"segments\">\n<h2>Who raised what</h2>\n");
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
            StringBuilder table = new StringBuilder("<table class=\"small sr\"><caption>People who raised each theme, by ")
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
                    "For each of the largest themes, how many people in each " + key + " raised it. A dash means "
                            + "none, or fewer than " + k + " people, whose figure is not shown.",
                    ranked.stream().map(Theme::label).toList(), columns, counts))
                    .append("<figcaption>How many people in each ").append(Html.user(key))
                    .append(" raised each theme. A dash: none, or fewer than ").append(k)
                    .append(" people (not shown, to protect them).</figcaption></figure>\n").append(table).append('\n');
        }
        b.append("</section>\n");
    }

    private static boolean hasVotes(PublicKnowledge pk) {
        return pk.themes().stream().anyMatch(t -> !t.groupVotes().isEmpty());
    }

    private static void groups(StringBuilder b, PublicKnowledge pk, DisclosurePolicy policy) {
        if (!hasVotes(pk)) {
            return;
        }
        b.append("<section id=\"groups\">\n<h2>Opinion groups and common ground</h2>\n<p>People who voted alike "
                + "form opinion groups. A theme has common ground when every group tends to agree with it.</p>\n");
        List<Theme> ranked = pk.themes().stream().filter(t -> t.consensus() != null)
                .sorted(Comparator.comparing(Theme::consensus).reversed().thenComparing(Theme::id))
                .limit(MAX_THEMES_IN_CHARTS).toList();
        b.append("<figure>").append(Svg.horizontalBars("Common ground by theme",
                "For each theme, how much every opinion group agrees with it (product of the groups' agree rates).",
                ranked.stream().map(t -> new Svg.Bar(t.label(), t.consensus(), Math.round(t.consensus() * 100) + "%",
                        false)).toList(), 1.0)).append("<figcaption>Themes with the most common ground across opinion "
                        + "groups.</figcaption></figure>\n");
        for (Theme t : ranked.subList(0, Math.min(6, ranked.size()))) {
            List<String> rows = new ArrayList<>();
            List<int[]> votes = new ArrayList<>();
            for (GroupVote g : t.groupVotes()) {
                if (policy.suppress(g.members())) {
                    continue; // suppressed again at render time
                }
                rows.add("group " + g.groupId());
                votes.add(new int[] {g.agrees(), g.disagrees(), g.passes()});
            }
            b.append("<figure>").append(Svg.stackedVotes("How each group voted: " + t.label(),
                    "Agree, disagree and pass votes on the theme's statements, by opinion group.", rows, votes))
                    .append("<figcaption>How each group voted on “").append(Html.user(t.label()))
                    .append("” (green agree, red disagree, grey pass).</figcaption></figure>\n");
        }
        b.append("</section>\n");
    }

    private static void gaps(StringBuilder b, List<Gap> gaps, DisclosurePolicy policy) {
        if (gaps.isEmpty()) {
            return;
        }
        b.append("<section id=\"gaps\">\n<h2>Who was missing</h2>\n<ul>");
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
        b.append("<footer id=\"provenance\">\n<h2>How this report was made</h2>\n<table class=\"small\"><thead><tr>"
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
            .progress{vertical-align:middle}td:last-child{white-space:nowrap}.lead{font-size:1.15rem}.override{background:#fff4e8;padding:.5rem}
            table.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
            footer{margin-top:3rem;border-top:2px solid var(--line)}
            @media print{body{max-width:none;background:#fff;font-size:11pt}nav{display:none}a{color:inherit}\
            h2{break-after:avoid}figure,article,table{break-inside:avoid}}
            """;
}
