package org.ltc.calibration.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ltc.model.InvalidInputException;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.action.Action;
import org.ltc.model.action.ActionPlan;
import org.ltc.model.action.LibraryCapacities;
import org.ltc.model.io.LtcJson;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.stage.StageOverride;

class ActionPlannerTest {
    private final ActionPlanner planner = new ActionPlanner(PlannerOptions.builder().clock(PlanFixtures.CLOCK).seed(3)
            .build());

    @Test
    void atImpasseThePlanServesTheBroadestAspirationWithFittingCitedActions() {
        PlanDraft d = planner.draft(PlanFixtures.knowledge(), PlanFixtures.assessment("impasse"), PlanFixtures.capacities());
        ActionPlan plan = d.plan();
        // The broadest aspiration (55 participants) beats the other (40).
        assertEquals("A lively downtown with things to do", plan.aspiration());
        assertEquals("asp-lively-downtown", d.aspirations().get(0).themeId());
        assertTrue(plan.themeIds().contains("asp-lively-downtown"));
        assertEquals("impasse", plan.stageId());
        assertEquals("harwood-five-stages", plan.frameworkId());
        assertFalse(plan.actions().isEmpty());
        assertTrue(plan.actions().size() <= PlannerOptions.DEFAULT_MAX_ACTIONS);
        ActionPatternCatalogue cat = ActionPatternCatalogue.builtIn();
        Set<String> known = PlanFixtures.knowledge().themes().stream().map(t -> t.id()).collect(Collectors.toSet());
        LibraryCapacities caps = PlanFixtures.capacities();
        for (Action a : plan.actions()) {
            assertTrue(cat.pattern(a.id()).orElseThrow().fits("impasse"), a.id() + " fits Impasse");
            assertFalse(a.themeIds().isEmpty(), a.id() + " cites themes");
            assertTrue(known.containsAll(a.themeIds()), a.id());
            assertFalse(a.capacityIds().isEmpty(), a.id() + " cites capacities");
            a.capacityIds().forEach(id -> assertTrue(caps.capacity(id).isPresent(), id));
            assertTrue(a.rationale().contains("Fits impasse"), a.rationale());
            assertEquals(PlanFixtures.TODAY, a.start());
        }
        // Unfit patterns that speak to what people said are flagged with why, and kept out.
        assertTrue(d.flagged().stream().anyMatch(f -> f.patternId().equals("comprehensive-plan")
                && f.why().contains("Impasse")), d.flagged().toString());
        Set<String> flaggedIds = d.flagged().stream().map(PlanDraft.Flagged::patternId).collect(Collectors.toSet());
        plan.actions().forEach(a -> assertFalse(flaggedIds.contains(a.id())));
        // Candidates are ranked best first, and selected ones are exactly the plan's actions.
        for (int i = 1; i < d.candidates().size(); i++) {
            assertTrue(d.candidates().get(i - 1).score() >= d.candidates().get(i).score());
        }
        assertEquals(plan.actions().stream().map(Action::id).toList(),
                d.candidates().stream().filter(PlanDraft.Candidate::selected).map(PlanDraft.Candidate::patternId).toList());
        // The lacking public capital is named in the sweet spot, most lacking first.
        assertEquals(List.of("informal-networks", "shared-purpose", "conscious-community-discussion"),
                d.sweetSpot().lackingCapital());
        assertEquals("con-traffic", d.sweetSpot().issues().get(0));
    }

    @Test
    void theDraftPassesTheIntentionalityCheck() {
        for (String stage : PlanFixtures.STAGES) {
            PlanDraft d = planner.draft(PlanFixtures.knowledge(), PlanFixtures.assessment(stage),
                    PlanFixtures.capacities());
            IntentionalityReport r = new IntentionalityCheck(ActionPatternCatalogue.builtIn(), PlanFixtures.CLOCK)
                    .check(d.plan(), PlanFixtures.knowledge());
            assertFalse(r.hasConcerns(), stage + ": " + r.concerns());
        }
    }

    @Test
    void theStageChangesThePlan() {
        PlanDraft impasse = planner.draft(PlanFixtures.knowledge(), PlanFixtures.assessment("impasse"),
                PlanFixtures.capacities());
        PlanDraft growth = planner.draft(PlanFixtures.knowledge(), PlanFixtures.assessment("growth"),
                PlanFixtures.capacities());
        assertNotEquals(impasse.plan().actions(), growth.plan().actions());
        assertTrue(growth.flagged().stream().noneMatch(f -> f.patternId().equals("comprehensive-plan")));
    }

    @Test
    void aPersonsOverrideWins() {
        var assessed = PlanFixtures.assessment("growth").withOverride(new StageOverride("impasse", "Library team",
                "We heard anger, not progress", Instant.parse("2026-04-30T10:00:00Z")));
        PlanDraft d = planner.draft(PlanFixtures.knowledge(), assessed, PlanFixtures.capacities());
        assertEquals("impasse", d.plan().stageId());
        assertTrue(d.reasons().stream().anyMatch(r -> r.contains("set by Library team")), d.reasons().toString());
    }

    @Test
    void sameInputAndSeedGiveTheSamePlanWithProvenance() {
        PlanDraft a = planner.draft(PlanFixtures.knowledge(), PlanFixtures.assessment("catalytic"),
                PlanFixtures.capacities());
        PlanDraft b = planner.draft(PlanFixtures.knowledge(), PlanFixtures.assessment("catalytic"),
                PlanFixtures.capacities());
        assertEquals(a, b);
        var p = a.plan().provenance();
        assertEquals(ActionPlanner.ID, p.algorithmId());
        assertEquals(3, p.seed());
        assertEquals(PlanFixtures.NOW, p.createdAt());
        assertEquals("4", p.options().get("ltc.action.planner.maxActions"));
        PlanDraft other = planner.draft(PlanFixtures.knowledge(), PlanFixtures.assessment("impasse"),
                PlanFixtures.capacities());
        assertNotEquals(p.inputSha256(), other.plan().provenance().inputSha256());
    }

    @Test
    void withoutCapacitiesNothingIsSelectedAndTheDraftSaysWhy() {
        LibraryCapacities none = new LibraryCapacities("Tiny library", List.of(), List.of(), List.of());
        PlanDraft d = planner.draft(PlanFixtures.knowledge(), PlanFixtures.assessment("impasse"), none);
        assertTrue(d.plan().actions().isEmpty());
        assertTrue(d.reasons().stream().anyMatch(r -> r.contains("add capacities")), d.reasons().toString());
    }

    @Test
    void emptyKnowledgeAndBadOptionsAreRejected() {
        PublicKnowledge pk = PlanFixtures.knowledge();
        PublicKnowledge empty = new PublicKnowledge(pk.community(), pk.engagement(), List.of(), List.of(), List.of(),
                List.of(), null, pk.provenance());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> planner.draft(empty,
                PlanFixtures.assessment("impasse"), PlanFixtures.capacities()));
        assertTrue(e.getMessage().contains("themes"), e.getMessage());
        assertThrows(InvalidOptionsException.class, () -> PlannerOptions.builder().maxActions(0).build());
        assertThrows(InvalidOptionsException.class, () -> PlannerOptions.builder().planId("bad id!").build());
    }

    @Test
    void optionsReadAndWriteTheirProperties() {
        PlannerOptions o = PlannerOptions.fromProperties(java.util.Map.of("ltc.action.planner.maxActions", "2",
                "ltc.action.planner.seed", "9", "ltc.other", "x"), PlanFixtures.CLOCK, ActionPatternCatalogue.builtIn());
        assertEquals(2, o.maxActions());
        assertEquals(9, o.seed());
        assertEquals(o, PlannerOptions.fromProperties(o.toProperties(), PlanFixtures.CLOCK, o.catalogue()));
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class, () -> PlannerOptions.fromProperties(
                java.util.Map.of("ltc.action.planner.maxActions", "many"), PlanFixtures.CLOCK,
                ActionPatternCatalogue.builtIn()));
        assertEquals("ltc.action.planner.maxActions", e.option());
        assertThrows(InvalidOptionsException.class, () -> PlannerOptions.fromProperties(
                java.util.Map.of("ltc.action.planner.maxActoins", "2"), PlanFixtures.CLOCK,
                ActionPatternCatalogue.builtIn()));
        assertEquals(2, new ActionPlanner(o).draft(PlanFixtures.knowledge(), PlanFixtures.assessment("impasse"),
                PlanFixtures.capacities()).plan().actions().size());
    }

    @Test
    void theDraftRoundTripsThroughJson() {
        ActionPlan plan = planner.draft(PlanFixtures.knowledge(), PlanFixtures.assessment("impasse"),
                PlanFixtures.capacities()).plan();
        LtcJson json = LtcJson.defaults();
        assertEquals(plan, json.read(json.write(plan), ActionPlan.class));
        LibraryCapacities caps = PlanFixtures.capacities();
        assertEquals(caps, json.read(json.write(caps), LibraryCapacities.class));
    }
}
