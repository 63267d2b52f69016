package org.ltc.examples.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.privacy.DisclosurePolicy;
import org.ltc.model.report.CommunityReport;

/** Who wrote or agreed with what: the largest themes by segment, as a heat grid with its table, small cells hidden. */
final class SegmentsSection implements Section {
    @Override
    public String id() {
        return "segments";
    }

    @Override
    public String title() {
        return "Who wrote or agreed with what";
    }

    @Override
    public boolean shows(CommunityReport report) {
        return hasSegments(report.knowledge());
    }

    @Override
    public void render(StringBuilder b, CommunityReport report) {
        segments(b, report.knowledge(), DisclosurePolicy.of(report.disclosureThreshold()));
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

    private void segments(StringBuilder b, PublicKnowledge pk, DisclosurePolicy policy) {
        int k = policy.minParticipants();
        if (!hasSegments(pk)) {
            return;
        }
        open(b);
        List<Theme> ranked = pk.themes().stream().sorted(Comparator.comparingInt(Theme::frequency).reversed()
                .thenComparing(Theme::id)).limit(HtmlReport.MAX_THEMES_IN_CHARTS).toList();
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
}
