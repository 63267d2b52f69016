package org.ltc.calibration.action;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;
import org.ltc.model.action.Action;
import org.ltc.model.action.ActionPlan;
import org.ltc.model.action.ActionStatus;
import org.ltc.model.action.Commitment;
import org.ltc.model.action.CommitmentStatus;
import org.ltc.model.action.ProgressUpdate;

/**
 * Progress on a plan, in the style of civic platforms (Decidim's and CONSUL's results tracking): each action has a
 * status and a percentage; a parent's percentage rolls up from its children, weighted by their weights or as a plain
 * mean; dated updates record how it got there; overdue promises and actions are flagged against a given date; and a
 * share-back summary tells the community, in plain words, where things stand.
 *
 * <p>Stateless and thread-safe: every method returns new values.
 */
public final class Progress {
    private Progress() {
    }

    /** How a parent's percent comes from its children. */
    public enum RollUp {
        /** The children's percents weighted by {@link Action#weight()}. */
        WEIGHTED,
        /** The plain mean of the children's percents. */
        MEAN
    }

    /**
     * An action's percent: its own for a leaf; for a parent, the (weighted) mean of its children's rolled-up
     * percents. Always in [0, 100].
     */
    public static double rolledPercent(Action action, RollUp mode) {
        if (action.children().isEmpty()) {
            return action.percent();
        }
        double sum = 0;
        double weights = 0;
        for (Action c : action.children()) {
            double w = mode == RollUp.WEIGHTED ? c.weight() : 1;
            sum += w * rolledPercent(c, mode);
            weights += w;
        }
        // Clamp: rounding in the weighted sum must never leave [0, 100].
        return Math.max(0, Math.min(100, sum / weights));
    }

    /** The plan's overall percent: its top-level actions rolled up the same way (0 for a plan with no actions). */
    public static double planPercent(ActionPlan plan, RollUp mode) {
        if (plan.actions().isEmpty()) {
            return 0;
        }
        return rolledPercent(Action.of("plan", "plan").withChildren(plan.actions()), mode);
    }

    /**
     * The action with every parent's percent set from its children, and its status following: all children done
     * makes it done (a cancelled child still counts in the mean, so cancel by setting its weight); progress under a proposed or planned parent makes it in progress.
     */
    public static Action rollUp(Action action, RollUp mode) {
        if (action.children().isEmpty()) {
            return action;
        }
        List<Action> children = action.children().stream().map(c -> rollUp(c, mode)).toList();
        Action withChildren = action.withChildren(children);
        double percent = rolledPercent(withChildren, mode);
        ActionStatus status = action.status();
        if (children.stream().allMatch(c -> c.status() == ActionStatus.DONE)) {
            // The percent stays the children's mean, so a rolled-up plan always passes the roll-up check.
            status = ActionStatus.DONE;
        } else if (percent > 0 && (status == ActionStatus.PROPOSED || status == ActionStatus.PLANNED)) {
            status = ActionStatus.IN_PROGRESS;
        }
        return withChildren.withProgress(status, percent, action.updates());
    }

    /** The plan with every action rolled up. */
    public static ActionPlan rollUp(ActionPlan plan, RollUp mode) {
        return withActions(plan, plan.actions().stream().map(a -> rollUp(a, mode)).toList());
    }

    /**
     * Records a dated update on one action (found anywhere in the plan) and rolls the plan up.
     *
     * @param status the new status, or {@code null} to follow the percent (100 done, more than 0 in progress)
     * @throws InvalidInputException when no action has the id, or the update is dated before the action's last one
     */
    public static ActionPlan record(ActionPlan plan, String actionId, ProgressUpdate update, ActionStatus status,
                                    RollUp mode) {
        Checks.notNull("update", update);
        boolean[] found = {false};
        List<Action> actions = plan.actions().stream().map(a -> record(a, actionId, update, status, found)).toList();
        if (!found[0]) {
            throw InvalidInputException.field("actionId", actionId, "names no action of plan " + plan.id());
        }
        return rollUp(withActions(plan, actions), mode);
    }

    private static Action record(Action a, String actionId, ProgressUpdate update, ActionStatus status, boolean[] found) {
        if (a.id().equals(actionId)) {
            found[0] = true;
            if (!a.updates().isEmpty() && update.date().isBefore(a.updates().get(a.updates().size() - 1).date())) {
                throw InvalidInputException.field("update.date", update.date(), "is before the last update of action "
                        + a.id() + " (" + a.updates().get(a.updates().size() - 1).date() + ")");
            }
            List<ProgressUpdate> updates = new ArrayList<>(a.updates());
            updates.add(update);
            ActionStatus next = status != null ? status
                    : update.percent() >= 100 ? ActionStatus.DONE
                    : update.percent() > 0 ? ActionStatus.IN_PROGRESS : a.status();
            return a.withProgress(next, update.percent(), updates);
        }
        if (a.children().isEmpty()) {
            return a;
        }
        return a.withChildren(a.children().stream().map(c -> record(c, actionId, update, status, found)).toList());
    }

    /**
     * Something late on the given day.
     *
     * @param kind     {@code "commitment"} or {@code "action"}
     * @param id       its id
     * @param what     what it is
     * @param due      when it was due
     * @param daysLate how many days late
     */
    public record Overdue(String kind, String id, String what, LocalDate due, long daysLate) {
    }

    /** Open promises and unfinished actions (at any depth) whose date has passed, most late first. */
    public static List<Overdue> overdue(ActionPlan plan, LocalDate today) {
        Checks.notNull("today", today);
        List<Overdue> out = new ArrayList<>();
        for (Commitment c : plan.commitments()) {
            if (c.status() == CommitmentStatus.OPEN && c.due() != null && c.due().isBefore(today)) {
                out.add(new Overdue("commitment", c.id(), c.what() + " (" + c.who() + ")", c.due(),
                        ChronoUnit.DAYS.between(c.due(), today)));
            }
        }
        for (Action a : plan.actions()) {
            overdue(a, today, out);
        }
        out.sort(Comparator.comparingLong((Overdue o) -> -o.daysLate()).thenComparing(Overdue::id));
        return out;
    }

    private static void overdue(Action a, LocalDate today, List<Overdue> out) {
        if (a.due() != null && a.due().isBefore(today) && a.status() != ActionStatus.DONE
                && a.status() != ActionStatus.CANCELLED) {
            out.add(new Overdue("action", a.id(), a.title(), a.due(), ChronoUnit.DAYS.between(a.due(), today)));
        }
        a.children().forEach(c -> overdue(c, today, out));
    }

    /**
     * A share-back summary for the community, in Markdown that reads as plain text: what we heard, where each
     * action stands, the promises kept, open and late, and when we will report next.
     */
    public static String shareBack(ActionPlan plan, LocalDate today, RollUp mode) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(md(plan.title())).append("\n\n");
        sb.append("What we heard you want: ").append(md(plan.aspiration())).append(".\n");
        if (plan.issue() != null) {
            sb.append("What stands in the way: ").append(md(plan.issue())).append(".\n");
        }
        sb.append("\n## Where things stand on ").append(today).append(": ")
                .append(pct(planPercent(plan, mode))).append(" overall\n\n");
        for (Action a : plan.actions()) {
            actionLine(a, 0, mode, sb);
        }
        if (!plan.commitments().isEmpty()) {
            sb.append("\n## Our promises\n\n");
            List<Overdue> late = overdue(plan, today);
            for (Commitment c : plan.commitments()) {
                boolean isLate = late.stream().anyMatch(o -> o.kind().equals("commitment") && o.id().equals(c.id()));
                String state = switch (c.status()) {
                    case KEPT -> "kept";
                    case BROKEN -> "not kept";
                    case OPEN -> isLate ? "late (was due " + c.due() + ")" : c.due() == null ? "open" : "due " + c.due();
                };
                sb.append("- ").append(md(c.what())).append(" (").append(md(c.who())).append("): ").append(state).append('\n');
            }
        }
        if (plan.shareBack() != null) {
            sb.append("\n## Next report\n\n");
            if (plan.shareBack().next() != null) {
                sb.append("We will report again on ").append(plan.shareBack().next());
            } else {
                sb.append("We will report again");
            }
            if (plan.shareBack().cadence() != null) {
                sb.append(" (").append(md(plan.shareBack().cadence())).append(')');
            }
            if (!plan.shareBack().channels().isEmpty()) {
                sb.append(", through ").append(md(plan.shareBack().channelsInSentence()));
            }
            sb.append(".\n");
        }
        return sb.toString();
    }

    private static void actionLine(Action a, int depth, RollUp mode, StringBuilder sb) {
        sb.append("  ".repeat(depth)).append("- ").append(md(a.title())).append(": ").append(statusWords(a.status()))
                .append(", ").append(pct(rolledPercent(a, mode)));
        if (!a.updates().isEmpty()) {
            ProgressUpdate last = a.updates().get(a.updates().size() - 1);
            sb.append(" (").append(last.date()).append(last.note() == null ? "" : ": " + md(last.note())).append(')');
        }
        sb.append('\n');
        a.children().forEach(c -> actionLine(c, depth + 1, mode, sb));
    }

    /**
     * Text from a plan (residents' words, a person's notes) as Markdown that shows exactly that text: HTML
     * special characters become entities, Markdown punctuation that could start a link, an image, emphasis, code
     * or a table is escaped with a backslash, and a line break becomes a space, so no user text can add markup,
     * a script or a {@code javascript:} link to a page made from the summary.
     */
    static String md(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '!', '#', '|', '~', '{', '}' -> b.append('\\').append(c);
                case '\n', '\r' -> b.append(' ');
                default -> b.append(c < 0x20 || (c >= 0x7F && c <= 0x9F) ? ' ' : c);
            }
        }
        return b.toString();
    }

    private static String statusWords(ActionStatus s) {
        return switch (s) {
            case PROPOSED -> "proposed";
            case PLANNED -> "planned";
            case IN_PROGRESS -> "under way";
            case DONE -> "done";
            case ON_HOLD -> "on hold";
            case CANCELLED -> "cancelled";
        };
    }

    private static String pct(double p) {
        return String.format(Locale.ROOT, "%.0f%%", p);
    }

    static ActionPlan withActions(ActionPlan p, List<Action> actions) {
        return new ActionPlan(p.id(), p.title(), p.aspiration(), p.themeIds(), p.issue(), p.people(), p.frameworkId(),
                p.stageId(), p.stageRationale(), actions, p.publicCapital(), p.commitments(), p.shareBack(),
                p.measures(), p.provenance());
    }
}
