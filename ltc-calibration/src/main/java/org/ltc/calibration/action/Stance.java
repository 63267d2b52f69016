package org.ltc.calibration.action;

import java.util.Locale;
import org.ltc.model.knowledge.GroupVote;
import org.ltc.model.knowledge.Theme;

/**
 * Where the votes on a theme's statements stand: whether opinion groups divide on it, whether most votes disagree.
 * One definition for the planner (which prefers an aspiration people share) and the check (which flags a plan
 * resting on one they do not). Without votes a theme neither divides nor is disagreed with.
 */
final class Stance {
    /** Groups divide when their agree rates are this far apart (a third of the scale: most of one group agrees, most
     * of another does not), as in Polis's reading of group-informed consensus. */
    static final double DIVIDE_GAP = 0.3;

    private Stance() {
    }

    /**
     * Whether more of its statements divide the opinion groups than unite them, or, over the whole theme, at least two
     * groups voted and their agree rates lie {@link #DIVIDE_GAP} or more apart.
     */
    static boolean divides(Theme t) {
        if (t.dividing().size() > t.commonGround().size()) {
            return true; // more of its statements divide the groups than unite them (public knowledge's judgement)
        }
        if (t.groupVotes().size() < 2) {
            return false;
        }
        double min = 1;
        double max = 0;
        for (GroupVote g : t.groupVotes()) {
            min = Math.min(min, g.agreeRate());
            max = Math.max(max, g.agreeRate());
        }
        return max - min >= DIVIDE_GAP;
    }

    /** Whether more votes on its statements disagree than agree. */
    static boolean mostlyDisagreed(Theme t) {
        long agrees = 0;
        long disagrees = 0;
        for (GroupVote g : t.groupVotes()) {
            agrees += g.agrees();
            disagrees += g.disagrees();
        }
        return disagrees > agrees;
    }

    static boolean contested(Theme t) {
        return divides(t) || mostlyDisagreed(t);
    }

    /** Why a theme is contested, in words, e.g. "opinion groups divide on it (agree rates 0.21 to 0.78)". */
    static String why(Theme t) {
        long agrees = t.groupVotes().stream().mapToLong(GroupVote::agrees).sum();
        long disagrees = t.groupVotes().stream().mapToLong(GroupVote::disagrees).sum();
        if (mostlyDisagreed(t)) {
            return String.format(Locale.ROOT, "most votes on its statements disagree (%d agree, %d disagree)", agrees,
                    disagrees);
        }
        double min = t.groupVotes().stream().mapToDouble(GroupVote::agreeRate).min().orElse(0);
        double max = t.groupVotes().stream().mapToDouble(GroupVote::agreeRate).max().orElse(0);
        return String.format(Locale.ROOT, "opinion groups divide on it (agree rates %.2f to %.2f)", min, max);
    }
}
