package org.ltc.calibration.action;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ltc.model.action.Action;
import org.ltc.model.action.ActionPlan;
import org.ltc.model.action.ActionStatus;
import org.ltc.model.io.LtcJson;

/** Invariants of progress roll-up, and the JSON round trip of plans. */
class ProgressProperties {
    private static final LtcJson JSON = LtcJson.defaults();

    @Provide
    Arbitrary<Action> trees() {
        return tree(3);
    }

    private Arbitrary<Action> tree(int depth) {
        Arbitrary<Action> leaf = Combinators.combine(Arbitraries.doubles().between(0, 100),
                        Arbitraries.doubles().between(0.01, 50), Arbitraries.of(ActionStatus.class),
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8))
                .as((pct, w, st, id) -> new Action(id, "Leaf " + id, null, null, List.of(), null, null, st, pct, w,
                        null, List.of(), List.of(), null, List.of(), List.of()));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Action> parent = Combinators.combine(tree(depth - 1).list().ofMinSize(1).ofMaxSize(4)
                                .uniqueElements(Action::id), Arbitraries.doubles().between(0.01, 50),
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8))
                .as((children, w, id) -> new Action(id, "Parent " + id, null, null, List.of(), null, null,
                        ActionStatus.PROPOSED, 0, w, null, List.of(), List.of(), null, List.of(), children));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, leaf), net.jqwik.api.Tuple.of(2, parent));
    }

    @Property(tries = 300)
    boolean rolledPercentStaysInRange(@ForAll("trees") Action a) {
        double w = Progress.rolledPercent(a, Progress.RollUp.WEIGHTED);
        double m = Progress.rolledPercent(a, Progress.RollUp.MEAN);
        return w >= 0 && w <= 100 && m >= 0 && m <= 100;
    }

    @Property(tries = 300)
    boolean rolledPercentIsTheWeightedMeanOfTheChildren(@ForAll("trees") Action a) {
        if (a.children().isEmpty()) {
            return Progress.rolledPercent(a, Progress.RollUp.WEIGHTED) == a.percent();
        }
        double sum = 0;
        double weights = 0;
        for (Action c : a.children()) {
            sum += c.weight() * Progress.rolledPercent(c, Progress.RollUp.WEIGHTED);
            weights += c.weight();
        }
        return Math.abs(Progress.rolledPercent(a, Progress.RollUp.WEIGHTED) - sum / weights) < 1e-9;
    }

    @Property(tries = 200)
    boolean rollingUpTwiceChangesNothing(@ForAll("trees") Action a) {
        Action once = Progress.rollUp(a, Progress.RollUp.WEIGHTED);
        return Progress.rollUp(once, Progress.RollUp.WEIGHTED).equals(once);
    }

    @Property(tries = 100)
    boolean aRolledUpActionNeverMismatchesItsChildrenInTheCheck(@ForAll("trees") Action a) {
        ActionPlan base = PlanFixtures.goodPlan();
        Action rolled = Progress.rollUp(a.id().equals(base.actions().get(0).id()) ? a.withChildren(List.of()) : a,
                Progress.RollUp.WEIGHTED);
        ActionPlan plan = Progress.withActions(base, List.of(base.actions().get(0), rolled));
        return CHECK.check(plan).concerns().stream().noneMatch(f -> f.rule().equals("rollup-mismatch"));
    }

    private static final IntentionalityCheck CHECK = new IntentionalityCheck(ActionPatternCatalogue.builtIn(),
            PlanFixtures.CLOCK);

    @Property(tries = 100)
    boolean aPlanRoundTripsThroughJson(@ForAll("trees") Action a) {
        ActionPlan base = PlanFixtures.goodPlan();
        ActionPlan plan = Progress.withActions(base, List.of(base.actions().get(0), a.id().equals(
                base.actions().get(0).id()) ? a.withChildren(List.of()) : a));
        return JSON.read(JSON.write(plan), ActionPlan.class).equals(plan);
    }
}
