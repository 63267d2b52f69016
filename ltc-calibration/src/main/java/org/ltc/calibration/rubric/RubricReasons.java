package org.ltc.calibration.rubric;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ltc.calibration.rubric.RatingGrid.Cell;
import org.ltc.calibration.rubric.RatingGrid.Unit;
import org.ltc.model.stage.Anchor;
import org.ltc.model.stage.Dimension;
import org.ltc.model.stage.Reason;
import org.ltc.model.stage.Stage;
import org.ltc.model.stage.StageFramework;
import org.ltc.model.stage.StageRule;

/**
 * The reasons a rubric assessment gives, in the Community Readiness handbook's terms (Plested, Edwards &amp;
 * Jumper-Thurman 2006): the overall score and how it became a stage, each dimension's score with the anchored
 * statement at or below it (a score is not reached until met, as in the handbook), the cells where raters
 * disagreed most, and what the {@link RaterBootstrap} found. Every reason names its evidence (interview ids, or
 * rating references for ratings without one).
 *
 * <p>Stateless and thread-safe.
 */
final class RubricReasons {
    private RubricReasons() {
    }

    /**
     * The reasons for an assessment: the overall score and its stage, each rated dimension with its anchor, the
     * dimensions left out, where raters disagreed most (up to five cells) and the bootstrap's shares.
     */
    static List<Reason> of(StageFramework fw, RatingGrid table, StageRule rule, double overall, Stage stage,
                           double[] bootstrap, int resamples, long seed, double[] dimScores) {
        List<Reason> reasons = new ArrayList<>();
        int rated = 0;
        List<String> unrated = new ArrayList<>();
        for (int d = 0; d < dimScores.length; d++) {
            if (Double.isNaN(dimScores[d])) {
                unrated.add(fw.dimensions().get(d).id());
            } else {
                rated++;
            }
        }
        boolean weighted = rule.weights().values().stream().anyMatch(w -> w != 1.0);
        String rounding = switch (rule.rounding()) {
            case FLOOR -> "rounded down";
            case NEAREST -> "rounded to the nearest stage";
            case CEILING -> "rounded up";
        };
        reasons.add(new Reason(String.format(Locale.ROOT,
                "Overall score %.2f, the %s of %d dimension score%s, %s: stage %d, %s", overall,
                weighted ? "weighted mean" : "mean", rated, rated == 1 ? "" : "s", rounding, stage.number(),
                stage.name()), stage.id(), round4(overall), table.allEvidence()));
        for (int d = 0; d < dimScores.length; d++) {
            if (Double.isNaN(dimScores[d])) {
                continue;
            }
            Dimension dim = fw.dimensions().get(d);
            int units = 0;
            int raters = 0;
            boolean onlyUnnamed = true;
            for (Unit u : table.units()) {
                for (Cell c : u.cells()) {
                    if (c.dim == d) {
                        units++;
                        raters += c.scores.length;
                        onlyUnnamed &= c.unit.isEmpty();
                    }
                }
            }
            Anchor anchor = anchorFor(dim, dimScores[d]);
            String over = onlyUnnamed
                    ? String.format(Locale.ROOT, "the mean of %d rater%s' scores", raters, raters == 1 ? "" : "s")
                    : String.format(Locale.ROOT, "the mean over %d interview%s", units, units == 1 ? "" : "s");
            String text = String.format(Locale.ROOT, "%s: %.2f, %s%s", dim.name(), dimScores[d], over,
                    anchor == null ? "" : String.format(Locale.ROOT, " (anchor %s: %s)", fmt(anchor.score()),
                            anchor.description()));
            reasons.add(new Reason(text, fw.stage(rule.stageNumber(dimScores[d], fw.scale(), fw.stages().size())).id(),
                    round4(dimScores[d]), table.evidence(d)));
        }
        if (!unrated.isEmpty()) {
            reasons.add(new Reason("Not rated, so left out of the overall score: " + String.join(", ", unrated),
                    null, 0, List.of()));
        }
        // Where raters disagreed most: the source of the spread.
        List<Cell> split = new ArrayList<>();
        table.units().forEach(u -> u.cells().stream().filter(c -> c.spread() > 0).forEach(split::add));
        split.sort((a, b) -> Double.compare(b.spread(), a.spread()));
        for (Cell c : split.subList(0, Math.min(5, split.size()))) {
            Dimension dim = fw.dimensions().get(c.dim);
            StringBuilder scores = new StringBuilder();
            for (int j = 0; j < c.scores.length; j++) {
                scores.append(j == 0 ? "" : ", ").append(fmt(c.scores[j]))
                        .append(c.raters.get(j) == null ? "" : " (" + c.raters.get(j) + ")");
            }
            reasons.add(new Reason(String.format(Locale.ROOT, "Raters disagreed on %s%s by %s point%s: %s; %s %s",
                    dim.name(), c.unit.isEmpty() ? "" : " in interview " + c.unit, fmt(c.spread()),
                    c.spread() == 1 ? "" : "s", scores,
                    c.hasConsensus ? "agreed score" : "mean", fmt(c.point)), null, round4(c.spread()), c.evidence()));
        }
        if (resamples > 0) {
            StringBuilder shares = new StringBuilder();
            for (int s = 0; s < bootstrap.length; s++) {
                if (bootstrap[s] > 0) {
                    shares.append(shares.length() == 0 ? "" : ", ").append(fw.stages().get(s).name()).append(' ')
                            .append(String.format(Locale.ROOT, "%.0f%%", 100 * bootstrap[s]));
                }
            }
            reasons.add(new Reason(String.format(Locale.ROOT,
                    "Resampling interviews and raters %d times (seed %d) gives: %s", resamples, seed, shares),
                    null, 0, List.of()));
        }
        return reasons;
    }

    /** The anchor at or below the score (scores are not reached until met, as in the handbook). */
    private static Anchor anchorFor(Dimension dim, double score) {
        Anchor best = null;
        for (Anchor a : dim.anchors()) {
            if (a.score() <= score + 1e-9) {
                best = a;
            }
        }
        return best != null ? best : dim.anchors().isEmpty() ? null : dim.anchors().get(0);
    }

    private static double round4(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
