package org.ltc.calibration.action;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.ltc.model.action.Action;
import org.ltc.model.action.ActionPlan;
import org.ltc.model.action.ActionStatus;
import org.ltc.model.action.Commitment;
import org.ltc.model.action.CommitmentStatus;
import org.ltc.model.action.ParticipationLevel;
import org.ltc.model.action.ShareBackPlan;

/**
 * Plans with one seeded defect each: the good plan of {@link PlanFixtures} with a single thing broken, and the
 * finding the check must give for it.
 */
final class FaultyPlans {
    private FaultyPlans() {
    }

    /**
     * A faulty plan.
     *
     * @param name     what is wrong
     * @param plan     the plan
     * @param test     the test that must raise a concern
     * @param rule     the rule that must fire
     * @param actionId the action it must name, or {@code null} for the plan
     */
    record Faulty(String name, ActionPlan plan, Finding.Test test, String rule, String actionId) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Faulty> all() {
        ActionPlan good = PlanFixtures.goodPlan();
        String walk = "streets-walk-audit";
        String talk = "kitchen-table-conversations";
        List<Faulty> f = new ArrayList<>();
        // Authority
        f.add(new Faulty("action with no community partner", action(good, walk, a -> partners(a, List.of())),
                Finding.Test.AUTHORITY, "no-partner", walk));
        f.add(new Faulty("action with no IAP2 level", action(good, talk, a -> participation(a, null)),
                Finding.Test.AUTHORITY, "no-participation", talk));
        f.add(new Faulty("every action only informs", action(action(good, walk,
                a -> participation(a, ParticipationLevel.INFORM)), talk, a -> participation(a, ParticipationLevel.INFORM)),
                Finding.Test.AUTHORITY, "public-only-informed", null));
        // Authenticity
        f.add(new Faulty("action cites no theme", action(good, talk, a -> themes(a, List.of())),
                Finding.Test.AUTHENTICITY, "no-theme", talk));
        f.add(new Faulty("action cites a theme nobody raised", action(good, walk, a -> themes(a, List.of("made-up"))),
                Finding.Test.AUTHENTICITY, "unknown-theme", walk));
        f.add(new Faulty("plan cites no theme", plan(good, p -> new ActionPlan(p.id(), p.title(), p.aspiration(),
                List.of(), p.issue(), p.people(), p.frameworkId(), p.stageId(), p.stageRationale(), p.actions(),
                p.publicCapital(), p.commitments(), p.shareBack(), p.measures(), p.provenance())),
                Finding.Test.AUTHENTICITY, "no-themes", null));
        f.add(new Faulty("plan cites a theme nobody raised", plan(good, p -> new ActionPlan(p.id(), p.title(),
                p.aspiration(), List.of("asp-lively-downtown", "invented"), p.issue(), p.people(), p.frameworkId(),
                p.stageId(), p.stageRationale(), p.actions(), p.publicCapital(), p.commitments(), p.shareBack(),
                p.measures(), p.provenance())), Finding.Test.AUTHENTICITY, "unknown-theme", null));
        f.add(new Faulty("plan names no people", plan(good, p -> new ActionPlan(p.id(), p.title(), p.aspiration(),
                p.themeIds(), p.issue(), List.of(), p.frameworkId(), p.stageId(), p.stageRationale(), p.actions(),
                p.publicCapital(), p.commitments(), p.shareBack(), p.measures(), p.provenance())),
                Finding.Test.AUTHENTICITY, "no-people", null));
        // Accountability
        f.add(new Faulty("action with no owner", action(good, talk, a -> owner(a, null)),
                Finding.Test.ACCOUNTABILITY, "no-owner", talk));
        f.add(new Faulty("action with no due date", action(good, talk, a -> dates(a, null, null)),
                Finding.Test.ACCOUNTABILITY, "no-due-date", talk));
        f.add(new Faulty("overdue action", action(good, talk, a -> dates(a, PlanFixtures.TODAY.minusWeeks(10),
                PlanFixtures.TODAY.minusDays(3))), Finding.Test.ACCOUNTABILITY, "overdue", talk));
        f.add(new Faulty("overdue sub-action", action(good, walk, a -> a.withChildren(List.of(
                PlanFixtures.child("walk-plan", "Plan the route", ActionStatus.DONE, 100, 1),
                new Action("walk-do", "Walk it", null, null, List.of(), null, PlanFixtures.TODAY.minusDays(1),
                        ActionStatus.IN_PROGRESS, 0, 1, null, List.of(), List.of(), null, List.of(), List.of())))),
                Finding.Test.ACCOUNTABILITY, "overdue", walk));
        f.add(new Faulty("done but not complete", action(good, talk, a -> a.withProgress(ActionStatus.DONE, 60,
                a.updates())), Finding.Test.ACCOUNTABILITY, "done-not-complete", talk));
        f.add(new Faulty("complete but not done", action(good, talk, a -> a.withProgress(ActionStatus.IN_PROGRESS, 100,
                a.updates())), Finding.Test.ACCOUNTABILITY, "complete-not-done", talk));
        f.add(new Faulty("parent percent does not add up", action(good, walk, a -> a.withProgress(a.status(), 90,
                a.updates())), Finding.Test.ACCOUNTABILITY, "rollup-mismatch", walk));
        f.add(new Faulty("no promises", commitments(good, List.of()), Finding.Test.ACCOUNTABILITY, "no-commitments", null));
        f.add(new Faulty("promise with no date", commitments(good, List.of(new Commitment("c1", "Share the list",
                "Outreach librarian", null, CommitmentStatus.OPEN))), Finding.Test.ACCOUNTABILITY, "commitment-no-date",
                null));
        f.add(new Faulty("overdue promise", commitments(good, List.of(new Commitment("c1", "Share the list",
                "Outreach librarian", PlanFixtures.TODAY.minusDays(5), CommitmentStatus.OPEN))),
                Finding.Test.ACCOUNTABILITY, "commitment-overdue", null));
        f.add(new Faulty("broken promise", commitments(good, List.of(new Commitment("c1", "Share the list",
                "Outreach librarian", PlanFixtures.TODAY.plusDays(5), CommitmentStatus.BROKEN))),
                Finding.Test.ACCOUNTABILITY, "commitment-broken", null));
        f.add(new Faulty("no measures", plan(good, p -> new ActionPlan(p.id(), p.title(), p.aspiration(), p.themeIds(),
                p.issue(), p.people(), p.frameworkId(), p.stageId(), p.stageRationale(), p.actions(), p.publicCapital(),
                p.commitments(), p.shareBack(), List.of(), p.provenance())), Finding.Test.ACCOUNTABILITY, "no-measures",
                null));
        f.add(new Faulty("no share-back", shareBack(good, null), Finding.Test.ACCOUNTABILITY, "no-share-back", null));
        f.add(new Faulty("share-back with no channel", shareBack(good, new ShareBackPlan(List.of(), "monthly", null,
                null)), Finding.Test.ACCOUNTABILITY, "no-share-back", null));
        f.add(new Faulty("share-back with neither cadence nor date", shareBack(good, new ShareBackPlan(
                List.of("Lobby display"), null, null, null)), Finding.Test.ACCOUNTABILITY, "share-back-undated", null));
        f.add(new Faulty("share-back overdue", shareBack(good, new ShareBackPlan(List.of("Lobby display"), "monthly",
                null, PlanFixtures.TODAY.minusDays(2))), Finding.Test.ACCOUNTABILITY, "share-back-overdue", null));
        f.add(new Faulty("no actions", plan(good, p -> Progress.withActions(p, List.of())), Finding.Test.ACCOUNTABILITY,
                "no-actions", null));
        // Stage fit
        f.add(new Faulty("no stage", stage(good, null, p -> p.stageRationale()), Finding.Test.STAGE_FIT, "no-stage",
                null));
        f.add(new Faulty("no stage rationale", stage(good, "impasse", p -> null), Finding.Test.STAGE_FIT,
                "no-stage-rationale", null));
        f.add(new Faulty("comprehensive plan at Impasse (catalogue says unfit)", addAction(good,
                new Action("comprehensive-plan", "Riverton 2040", null, "Director", good.actions().get(0).partners(),
                        PlanFixtures.TODAY, PlanFixtures.TODAY.plusWeeks(20), ActionStatus.PROPOSED, 0, 1,
                        ParticipationLevel.COLLABORATE, List.of(), List.of("con-traffic"), null, List.of(), List.of())),
                Finding.Test.STAGE_FIT, "unfit-pattern", "comprehensive-plan"));
        f.add(new Faulty("two-year project at Impasse", action(good, talk, a -> dates(a, PlanFixtures.TODAY,
                PlanFixtures.TODAY.plusYears(2))), Finding.Test.STAGE_FIT, "grand-action", talk));
        f.add(new Faulty("a hand-written grand plan at Impasse", action(good, talk, a -> new Action(a.id(),
                "A comprehensive downtown master plan", a.description(), a.owner(), a.partners(), a.start(), a.due(),
                a.status(), a.percent(), a.weight(), a.participation(), a.publicCapital(), a.themeIds(), a.rationale(),
                a.updates(), a.children(), a.capacityIds())), Finding.Test.STAGE_FIT, "grand-action", talk));
        f.add(new Faulty("too many sub-actions at Impasse", action(good, talk, a -> a.withChildren(java.util.stream.IntStream
                .range(0, 7).mapToObj(i -> PlanFixtures.child("s" + i, "Step " + i, ActionStatus.PLANNED, 0, 1))
                .toList())), Finding.Test.STAGE_FIT, "grand-action", talk));
        f.add(new Faulty("too many actions at once at Impasse", plan(good, p -> {
            List<Action> many = new ArrayList<>(p.actions());
            for (int i = 0; i < 5; i++) {
                Action t = p.actions().get(1);
                many.add(new Action("extra-" + i, t.title() + " " + i, null, t.owner(), t.partners(), t.start(), t.due(),
                        t.status(), 0, 1, t.participation(), t.publicCapital(), t.themeIds(), null, List.of(),
                        List.of()));
            }
            return Progress.withActions(p, many);
        }), Finding.Test.STAGE_FIT, "too-many-actions", null));
        f.add(new Faulty("a single action at Catalytic", plan(stage(good, "catalytic", ActionPlan::stageRationale),
                p -> Progress.withActions(p, List.of(p.actions().get(1)))), Finding.Test.STAGE_FIT,
                "too-few-experiments", null));
        f.add(new Faulty("nothing links up at Growth", stage(good, "growth", ActionPlan::stageRationale),
                Finding.Test.STAGE_FIT, "no-linking", null));
        f.add(new Faulty("no leadership renewal at Sustain and Renew", stage(good, "sustain-renew",
                ActionPlan::stageRationale), Finding.Test.STAGE_FIT, "no-leadership-renewal", null));
        return f;
    }

    // ------------------------------------------------------------------ mutation helpers

    static ActionPlan plan(ActionPlan p, UnaryOperator<ActionPlan> change) {
        return change.apply(p);
    }

    static ActionPlan action(ActionPlan p, String id, UnaryOperator<Action> change) {
        return Progress.withActions(p, p.actions().stream().map(a -> a.id().equals(id) ? change.apply(a) : a).toList());
    }

    static ActionPlan addAction(ActionPlan p, Action a) {
        List<Action> more = new ArrayList<>(p.actions());
        more.add(a);
        return Progress.withActions(p, more);
    }

    static ActionPlan commitments(ActionPlan p, List<Commitment> cs) {
        return new ActionPlan(p.id(), p.title(), p.aspiration(), p.themeIds(), p.issue(), p.people(), p.frameworkId(),
                p.stageId(), p.stageRationale(), p.actions(), p.publicCapital(), cs, p.shareBack(), p.measures(),
                p.provenance());
    }

    static ActionPlan shareBack(ActionPlan p, ShareBackPlan s) {
        return new ActionPlan(p.id(), p.title(), p.aspiration(), p.themeIds(), p.issue(), p.people(), p.frameworkId(),
                p.stageId(), p.stageRationale(), p.actions(), p.publicCapital(), p.commitments(), s, p.measures(),
                p.provenance());
    }

    static ActionPlan stage(ActionPlan p, String stageId, java.util.function.Function<ActionPlan, String> rationale) {
        return new ActionPlan(p.id(), p.title(), p.aspiration(), p.themeIds(), p.issue(), p.people(), p.frameworkId(),
                stageId, rationale.apply(p), p.actions(), p.publicCapital(), p.commitments(), p.shareBack(),
                p.measures(), p.provenance());
    }

    static Action partners(Action a, List<org.ltc.model.action.Partner> partners) {
        return new Action(a.id(), a.title(), a.description(), a.owner(), partners, a.start(), a.due(), a.status(),
                a.percent(), a.weight(), a.participation(), a.publicCapital(), a.themeIds(), a.rationale(), a.updates(),
                a.children(), a.capacityIds());
    }

    static Action participation(Action a, ParticipationLevel level) {
        return new Action(a.id(), a.title(), a.description(), a.owner(), a.partners(), a.start(), a.due(), a.status(),
                a.percent(), a.weight(), level, a.publicCapital(), a.themeIds(), a.rationale(), a.updates(),
                a.children(), a.capacityIds());
    }

    static Action themes(Action a, List<String> themeIds) {
        return new Action(a.id(), a.title(), a.description(), a.owner(), a.partners(), a.start(), a.due(), a.status(),
                a.percent(), a.weight(), a.participation(), a.publicCapital(), themeIds, a.rationale(), a.updates(),
                a.children(), a.capacityIds());
    }

    static Action owner(Action a, String owner) {
        return new Action(a.id(), a.title(), a.description(), owner, a.partners(), a.start(), a.due(), a.status(),
                a.percent(), a.weight(), a.participation(), a.publicCapital(), a.themeIds(), a.rationale(), a.updates(),
                a.children(), a.capacityIds());
    }

    static Action dates(Action a, java.time.LocalDate start, java.time.LocalDate due) {
        return new Action(a.id(), a.title(), a.description(), a.owner(), a.partners(), start, due, a.status(),
                a.percent(), a.weight(), a.participation(), a.publicCapital(), a.themeIds(), a.rationale(), a.updates(),
                a.children(), a.capacityIds());
    }
}
