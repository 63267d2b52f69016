package org.ltc.calibration.action;

import java.util.List;
import org.ltc.model.Checks;
import org.ltc.model.action.ActionPlan;

/**
 * What the {@link ActionPlanner} drafted, with everything behind it for people to review: the plan, the shared
 * aspirations ranked by how broadly they are held, the sweet spot, every candidate pattern ranked with its
 * reasons, the patterns kept out because they do not fit the stage, and the plan-level reasons.
 *
 * @param plan        the draft plan
 * @param aspirations the aspirations it could serve, most broadly held first (the plan serves the first)
 * @param sweetSpot   issues people care about, what the library can do, and the public capital that is lacking
 * @param candidates  patterns that fit the stage, best first (the plan holds the selected ones)
 * @param flagged     patterns that speak to what people said but do not fit the stage, with why
 * @param reasons     why the plan is what it is, in words
 */
public record PlanDraft(ActionPlan plan, List<RankedTheme> aspirations, SweetSpot sweetSpot, List<Candidate> candidates,
                        List<Flagged> flagged, List<String> reasons) {
    public PlanDraft {
        Checks.notNull("plan", plan);
        aspirations = Checks.list("aspirations", aspirations);
        Checks.notNull("sweetSpot", sweetSpot);
        candidates = Checks.list("candidates", candidates);
        flagged = Checks.list("flagged", flagged);
        reasons = Checks.strings("reasons", reasons);
    }

    /**
     * A theme ranked by breadth.
     *
     * @param themeId       the theme
     * @param label         its label
     * @param participants  how many participants raised it (or its notes, when participants are unknown)
     * @param conversations how many conversations it came up in
     */
    /**
     * One aspiration, ranked.
     *
     * @param participants how many people it reached, 0 when fewer than the disclosure threshold k (as public
     *                     knowledge records it): never a count under k
     */
    public record RankedTheme(String themeId, String label, int participants, int conversations) {
    }

    /**
     * The sweet spot of public life: where what people care about, what the library can do and the public capital
     * the community lacks meet.
     *
     * @param issues         ids of the themes people care about most, broadest first
     * @param capacityIds    ids of the library capacities the plan can draw on
     * @param lackingCapital ids of the public-capital factors rated lacking (then in pockets), most lacking first
     */
    public record SweetSpot(List<String> issues, List<String> capacityIds, List<String> lackingCapital) {
        public SweetSpot {
            issues = Checks.strings("issues", issues);
            capacityIds = Checks.strings("capacityIds", capacityIds);
            lackingCapital = Checks.strings("lackingCapital", lackingCapital);
        }
    }

    /**
     * A pattern that fits the stage, scored.
     *
     * @param patternId   the pattern
     * @param title       its title
     * @param score       care x can x lack, in [0, 1]
     * @param care        how broadly the issues it speaks to are held, in [0, 1]
     * @param can         the share of what it needs that the library has, in [0, 1]
     * @param lack        how lacking the public capital it grows is, in [0, 1]
     * @param themeIds    the themes it would cite
     * @param capacityIds the capacities it would draw on
     * @param selected    whether the plan holds it
     * @param reasons     why it ranks where it does
     */
    public record Candidate(String patternId, String title, double score, double care, double can, double lack,
                            List<String> themeIds, List<String> capacityIds, boolean selected, List<String> reasons) {
        public Candidate {
            themeIds = Checks.strings("themeIds", themeIds);
            capacityIds = Checks.strings("capacityIds", capacityIds);
            reasons = Checks.strings("reasons", reasons);
        }
    }

    /**
     * A pattern kept out of the plan because it does not fit the stage.
     *
     * @param patternId the pattern
     * @param title     its title
     * @param stageId   the stage planned for
     * @param why       why it does not fit
     * @param score     how well it would otherwise have scored
     */
    public record Flagged(String patternId, String title, String stageId, String why, double score) {
    }
}
