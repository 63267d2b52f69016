package org.ltc.examples.report;

import java.util.ArrayList;
import java.util.List;
import org.ltc.model.report.CommunityReport;
import org.ltc.model.stage.Reason;
import org.ltc.model.stage.Stage;
import org.ltc.model.stage.StageAssessment;
import org.ltc.model.stage.StageFramework;
import org.ltc.model.stage.StageProbability;

/** Where the community stands: the stage distribution as a chart, the team's override and the reasons. */
final class StageSection implements Section {
    @Override
    public String id() {
        return "stage";
    }

    @Override
    public String title() {
        return "Where the community stands";
    }

    @Override
    public boolean shows(CommunityReport report) {
        return report.assessment() != null;
    }

    @Override
    public void render(StringBuilder b, CommunityReport report) {
        stage(b, report.assessment(), report.framework());
    }

    private void stage(StringBuilder b, StageAssessment a, StageFramework framework) {
        open(b);
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
}
