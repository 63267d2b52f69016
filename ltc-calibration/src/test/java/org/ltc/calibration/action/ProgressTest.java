package org.ltc.calibration.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ltc.model.InvalidInputException;
import org.ltc.model.action.Action;
import org.ltc.model.action.ActionPlan;
import org.ltc.model.action.ActionStatus;
import org.ltc.model.action.ProgressUpdate;

class ProgressTest {
    @Test
    void aParentRollsUpWeightedOrAsTheMean() {
        Action parent = Action.of("p", "Parent").withChildren(List.of(
                PlanFixtures.child("a", "A", ActionStatus.DONE, 100, 3),
                PlanFixtures.child("b", "B", ActionStatus.IN_PROGRESS, 20, 1)));
        assertEquals(80, Progress.rolledPercent(parent, Progress.RollUp.WEIGHTED), 1e-9);
        assertEquals(60, Progress.rolledPercent(parent, Progress.RollUp.MEAN), 1e-9);
        Action rolled = Progress.rollUp(parent, Progress.RollUp.WEIGHTED);
        assertEquals(80, rolled.percent(), 1e-9);
        assertEquals(ActionStatus.IN_PROGRESS, rolled.status(), "progress under a proposed parent starts it");
    }

    @Test
    void nestedChildrenRollUpThroughEveryLevel() {
        Action inner = Action.of("i", "Inner").withChildren(List.of(
                PlanFixtures.child("i1", "I1", ActionStatus.DONE, 100, 1),
                PlanFixtures.child("i2", "I2", ActionStatus.PLANNED, 0, 1)));
        Action outer = Action.of("o", "Outer").withChildren(List.of(inner,
                PlanFixtures.child("o2", "O2", ActionStatus.DONE, 100, 1)));
        assertEquals(75, Progress.rolledPercent(outer, Progress.RollUp.WEIGHTED), 1e-9);
        Action rolled = Progress.rollUp(outer, Progress.RollUp.WEIGHTED);
        assertEquals(50, rolled.children().get(0).percent(), 1e-9);
    }

    @Test
    void allChildrenDoneMakesTheParentDone() {
        Action parent = Action.of("p", "Parent").withChildren(List.of(
                PlanFixtures.child("a", "A", ActionStatus.DONE, 100, 1),
                PlanFixtures.child("b", "B", ActionStatus.DONE, 100, 1)));
        Action rolled = Progress.rollUp(parent, Progress.RollUp.WEIGHTED);
        assertEquals(ActionStatus.DONE, rolled.status());
        assertEquals(100, rolled.percent());
        // Any rolled-up plan passes the check's roll-up rule.
        Action withCancelled = Action.of("q", "Q").withChildren(List.of(
                PlanFixtures.child("a", "A", ActionStatus.DONE, 100, 1),
                PlanFixtures.child("b", "B", ActionStatus.CANCELLED, 0, 1)));
        Action r2 = Progress.rollUp(withCancelled, Progress.RollUp.WEIGHTED);
        assertEquals(50, r2.percent(), 1e-9);
        assertEquals(ActionStatus.IN_PROGRESS, r2.status());
    }

    @Test
    void aDatedUpdateMovesTheActionAndItsParent() {
        ActionPlan plan = PlanFixtures.goodPlan();
        ActionPlan after = Progress.record(plan, "walk-do", new ProgressUpdate(PlanFixtures.TODAY, 100, "Walked it"),
                null, Progress.RollUp.WEIGHTED);
        Action walk = after.actions().get(0);
        assertEquals(ActionStatus.DONE, walk.children().get(1).status());
        assertEquals(1, walk.children().get(1).updates().size());
        assertEquals(100, walk.percent(), 1e-9);
        assertEquals(ActionStatus.DONE, walk.status());
        assertEquals(50, Progress.planPercent(after, Progress.RollUp.WEIGHTED), 1e-9);
        // An earlier-dated update after a later one is refused.
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Progress.record(after, "walk-do",
                new ProgressUpdate(PlanFixtures.TODAY.minusDays(1), 50, null), null, Progress.RollUp.WEIGHTED));
        assertTrue(e.getMessage().contains("before the last update"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> Progress.record(plan, "nope",
                new ProgressUpdate(PlanFixtures.TODAY, 5, null), null, Progress.RollUp.WEIGHTED));
    }

    @Test
    void overdueCommitmentsAndActionsAreFlaggedAgainstTheDate() {
        ActionPlan plan = PlanFixtures.goodPlan();
        assertTrue(Progress.overdue(plan, PlanFixtures.TODAY).isEmpty());
        List<Progress.Overdue> late = Progress.overdue(plan, PlanFixtures.TODAY.plusWeeks(9));
        // Most late first: walk-do was due in 4 weeks, the walk audit in 6, the promise in 7, the talks in 8.
        assertEquals(List.of("walk-do", "streets-walk-audit", "c1", "kitchen-table-conversations"),
                late.stream().map(Progress.Overdue::id).toList());
        assertEquals(35, late.get(0).daysLate());
        assertEquals("commitment", late.get(2).kind());
    }

    @Test
    void theShareBackTellsTheCommunityWhereThingsStand() {
        ActionPlan plan = Progress.record(PlanFixtures.goodPlan(), "walk-do",
                new ProgressUpdate(PlanFixtures.TODAY, 40, "Half of Elm Street walked"), null, Progress.RollUp.WEIGHTED);
        String text = Progress.shareBack(plan, PlanFixtures.TODAY.plusWeeks(8), Progress.RollUp.WEIGHTED);
        assertTrue(text.startsWith("# Riverton: safer streets, a livelier downtown\n"), text);
        assertTrue(text.contains("What we heard you want: A lively downtown with things to do."), text);
        assertTrue(text.contains("- Walk audit of Elm Street with residents: under way, 70%"), text);
        assertTrue(text.contains("  - Walk it: under way, 40% (2026-05-01: Half of Elm Street walked)"), text);
        assertTrue(text.contains("35% overall"), text);
        assertTrue(text.contains("Share the walk-audit list (Outreach librarian): late (was due 2026-06-19)"), text);
        assertTrue(text.contains("We will report again on 2026-05-21 (monthly), through Lobby display."), text);
    }

    @Test
    void i1_shareBackEscapesMarkdownAndHtmlInEveryUserDerivedString() {
        String hostile = "<img src=x onerror=alert(1)> [x](javascript:alert(1)) **bold** `code`\n# heading";
        ActionPlan plan = Progress.record(PlanFixtures.goodPlan(), "walk-do",
                new ProgressUpdate(PlanFixtures.TODAY, 40, hostile), null, Progress.RollUp.WEIGHTED);
        String text = Progress.shareBack(plan, PlanFixtures.TODAY.plusWeeks(8), Progress.RollUp.WEIGHTED);
        assertFalse(text.contains("<img"), text);
        assertFalse(text.contains("[x](javascript"), text);
        assertFalse(text.contains("\n# heading"), text);
        assertTrue(text.contains("&lt;img src=x onerror=alert(1)&gt; \\[x\\](javascript:alert(1)) \\*\\*bold\\*\\* "
                + "\\`code\\` \\# heading"), text);
        assertEquals("St. Mary's (east) - 5 people", Progress.md("St. Mary's (east) - 5 people"));
    }
}
