package org.ltc.examples.report;

import java.util.Locale;
import java.util.Map;
import org.ltc.model.knowledge.Engagement;
import org.ltc.model.knowledge.OpinionGroups;
import org.ltc.model.privacy.DisclosurePolicy;
import org.ltc.model.report.CommunityReport;

/**
 * Who we heard from: conversations, people, notes and votes, where and when the conversations were held, and the
 * participants by segment, with small groups suppressed again at render time.
 */
final class EngagementSection implements Section {
    @Override
    public String id() {
        return "engaged";
    }

    @Override
    public String title() {
        return "Who we heard from";
    }

    @Override
    public void render(StringBuilder b, CommunityReport report) {
        engagement(b, report.knowledge().engagement(), DisclosurePolicy.of(report.disclosureThreshold()),
                report.knowledge().opinionGroups());
    }

    private void engagement(StringBuilder b, Engagement e, DisclosurePolicy policy,
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
        open(b);
        b.append("<dl class=\"stats\">")
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
        if (e.firstDay() != null) {
            b.append("<p>").append(e.conversations() == 1 ? "Held " : "Conversations held ")
                    .append(Html.days(e.firstDay(), e.lastDay())).append(".</p>\n");
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
}
