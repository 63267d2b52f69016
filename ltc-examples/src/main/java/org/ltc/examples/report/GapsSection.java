package org.ltc.examples.report;

import java.util.List;
import org.ltc.model.knowledge.Gap;
import org.ltc.model.privacy.DisclosurePolicy;
import org.ltc.model.report.CommunityReport;

/** Who was missing: groups that wrote less per person than everyone else; a small group is never named. */
final class GapsSection implements Section {
    @Override
    public String id() {
        return "gaps";
    }

    @Override
    public String title() {
        return "Who was missing";
    }

    @Override
    public boolean shows(CommunityReport report) {
        return !report.knowledge().gaps().isEmpty();
    }

    @Override
    public void render(StringBuilder b, CommunityReport report) {
        gaps(b, report.knowledge().gaps(), DisclosurePolicy.of(report.disclosureThreshold()));
    }

    private void gaps(StringBuilder b, List<Gap> gaps, DisclosurePolicy policy) {
        if (gaps.isEmpty()) {
            return;
        }
        open(b);
        b.append("<p class=\"note\">Judged per person: a group "
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
}
