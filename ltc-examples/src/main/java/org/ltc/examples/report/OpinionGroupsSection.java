package org.ltc.examples.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ltc.model.knowledge.GroupRate;
import org.ltc.model.knowledge.OpinionGroups;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.knowledge.StatementVote;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.privacy.DisclosurePolicy;
import org.ltc.model.report.CommunityReport;

/** Where opinion groups agree and divide: common ground and dividing statements, each group's agree rate side by side. */
final class OpinionGroupsSection implements Section {
    @Override
    public String id() {
        return "groups";
    }

    @Override
    public String title() {
        return "Where opinion groups agree and divide";
    }

    @Override
    public boolean shows(CommunityReport report) {
        return hasVotes(report.knowledge());
    }

    @Override
    public void render(StringBuilder b, CommunityReport report) {
        groups(b, report.knowledge(), DisclosurePolicy.of(report.disclosureThreshold()));
    }

    private static boolean hasVotes(PublicKnowledge pk) {
        return pk.opinionGroups() != null;
    }

    private void groups(StringBuilder b, PublicKnowledge pk, DisclosurePolicy policy) {
        if (!hasVotes(pk)) {
            return;
        }
        OpinionGroups og = pk.opinionGroups();
        open(b);
        b.append("<p>People who voted alike "
                + "form opinion groups. They are how people voted, not who they are. Each group's agree rate on a "
                + "statement is the share of its voters who agreed (smoothed, as Polis does, so a few votes do not "
                + "read as certainty).</p>\n");
        if (!og.sizes().isEmpty()) {
            b.append("<p>Groups: ");
            List<String> sizes = new ArrayList<>();
            og.sizes().forEach((g, n) -> sizes.add("group " + Html.user(g) + " ("
                    + Html.people(n, policy.minParticipants()) + ")"));
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
                + "60%): ").append(Html.count(common.size(), "statement", "statements")).append(".</p>\n");
        statementTable(b, "Common ground: statements every opinion group agreed with", common, groupIds, 10,
                policy);
        b.append("<h3 id=\"divide\">Where opinion groups divide</h3>\n<p>Statements on which two groups' agree rates "
                + "differ by 30 points or more (each group with at least 5 voters on it): ")
                .append(Html.count(dividing.size(), "statement", "statements"))
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
            b.append("<tr><td>").append(sv.text() == null ? "<em>(not quoted)</em>" : "\u201c<span" + Html.lang(sv.language())
                    + ">" + Html.user(sv.text()) + "</span>\u201d").append("</td><td>").append(Html.user(r.theme().label())).append("</td>");
            for (String g : groupIds) {
                GroupRate rate = sv.groups().stream().filter(x -> x.groupId().equals(g)).findFirst().orElse(null);
                b.append("<td>").append(rate == null || policy.suppress(rate.voters())
                        || policy.suppress(rate.members()) ? "too few voters"
                        : Math.round(rate.agreeRate() * 100) + "% <span class=\"ev\">of " + Html.count(rate.voters(), "voter",
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
}
