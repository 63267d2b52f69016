package org.ltc.examples.report;

import java.util.Locale;
import org.ltc.model.action.Action;
import org.ltc.model.action.ActionPlan;
import org.ltc.model.action.Commitment;
import org.ltc.model.action.Partner;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.report.CommunityReport;

/** What we will do: the plan's actions with their progress, promises, share-back and measures. */
final class PlanSection implements Section {
    @Override
    public String id() {
        return "plan";
    }

    @Override
    public String title() {
        return "What we will do";
    }

    @Override
    public boolean shows(CommunityReport report) {
        return report.plan() != null;
    }

    @Override
    public void render(StringBuilder b, CommunityReport report) {
        plan(b, report.plan(), report.knowledge());
    }

    private void plan(StringBuilder b, ActionPlan plan, PublicKnowledge pk) {
        open(b);
        b.append("<p class=\"lead\">").append(Html.user(plan.title()))
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
}
