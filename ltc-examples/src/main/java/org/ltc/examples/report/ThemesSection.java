package org.ltc.examples.report;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ltc.model.knowledge.CategorySection;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.knowledge.Quote;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeCategory;
import org.ltc.model.privacy.DisclosurePolicy;
import org.ltc.model.report.CommunityReport;

/**
 * Every theme, by category, for the team: a chart of the largest, then one card per theme with its counts, words
 * and quotes (each quote marked with its language).
 */
final class ThemesSection implements Section {
    @Override
    public String id() {
        return "themes";
    }

    @Override
    public String title() {
        return "Every theme, by category";
    }

    @Override
    public void render(StringBuilder b, CommunityReport report) {
        themes(b, report.knowledge(), DisclosurePolicy.of(report.disclosureThreshold()));
    }

    private void themes(StringBuilder b, PublicKnowledge pk, DisclosurePolicy k) {
        boolean votes = pk.engagement().votes() > 0;
        open(b);
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
                .thenComparing(Theme::id)).limit(HtmlReport.MAX_THEMES_IN_CHARTS).toList();
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
                themeCard(b, t, k, votes, "h4");
                subThemes(b, pk, t, k, votes);
            }
        }
        if (!pk.unassigned().isEmpty()) {
            b.append("<p class=\"note\">").append(pk.unassigned().size())
                    .append(pk.unassigned().size() == 1 ? " note fits" : " notes fit")
                    .append(" no theme; kept in the data for people to read.</p>\n");
        }
        b.append("</section>\n");
    }

    /**
     * A top-level theme's sub-themes, under it: what a reader needs when the parent is broad. Each is a card of its
     * own, its category said when it differs from its parent's.
     */
    private static void subThemes(StringBuilder b, PublicKnowledge pk, Theme parent, DisclosurePolicy k,
                                  boolean votes) {
        List<Theme> subs = pk.themes().stream().filter(s -> parent.id().equals(s.parent()))
                .sorted(Comparator.comparingInt(Theme::frequency).reversed().thenComparing(Theme::id)).toList();
        if (subs.isEmpty()) {
            return;
        }
        b.append("<div class=\"subthemes\" role=\"group\" aria-label=\"Sub-themes of ")
                .append(Html.escape(parent.label())).append("\">\n<p class=\"note\">")
                .append(Html.user(parent.label())).append(" holds ")
                .append(Html.count(subs.size(), "sub-theme", "sub-themes")).append(":</p>\n");
        for (Theme s : subs) {
            themeCard(b, s, k, votes, "h5");
            if (!s.category().equals(parent.category())) {
                int at = b.lastIndexOf("<p class=\"meta\">") + "<p class=\"meta\">".length();
                b.insert(at, Html.escape(categoryTitle(s.category())) + " · ");
            }
        }
        b.append("</div>\n");
    }

    private static void themeCard(StringBuilder b, Theme t, DisclosurePolicy k, boolean votes, String heading) {
        b.append("<article class=\"theme\">\n<").append(heading).append(">").append(Html.user(t.label()))
                .append("</").append(heading).append(">\n<p class=\"meta\">")
                .append(Html.count(t.frequency(), "note", "notes"));
        if (t.breadth().conversations() > 0) {
            b.append(" · ").append(Html.count(t.breadth().conversations(), "conversation", "conversations"));
        }
        b.append(" · wrote: ").append(Html.people(t.breadth().wrote(), k.minParticipants()));
        if (votes) {
            b.append(" · agreed with: ").append(Html.people(t.breadth().agreed(), k.minParticipants()))
                    .append(" · voted on: ").append(Html.people(t.breadth().voted(), k.minParticipants()));
        }
        if (t.consensus() != null) {
            b.append(" · agreement across groups ").append(Math.round(t.consensus() * 100)).append("%");
        }
        b.append("</p>\n");
        if (t.divides()) {
            b.append("<p class=\"divides\"><strong>Not one view:</strong> opinion groups divide on ")
                    .append(Html.count(t.dividing().size(), "of its statements", "of its statements"))
                    .append(" (<a href=\"#divide\">see where</a>).</p>\n");
        }
        if (!t.keyTerms().isEmpty()) {
            b.append("<p class=\"terms\">Words people used: ")
                    .append(String.join(", ", t.keyTerms().subList(0, Math.min(8, t.keyTerms().size())).stream()
                            .map(Html::user).toList()))
                    .append("</p>\n");
        }
        for (Quote q : t.quotes().subList(0, Math.min(3, t.quotes().size()))) {
            b.append("<blockquote").append(Html.lang(q.language())).append("><p>").append(Html.user(q.text()))
                    .append("</p></blockquote>\n");
        }
        b.append("</article>\n");
    }

    private static String categoryTitle(ThemeCategory c) {
        return CATEGORY_TITLES.getOrDefault(c.id(), c.id().substring(0, 1).toUpperCase(Locale.ROOT)
                + c.id().substring(1).replace('-', ' '));
    }

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
}
