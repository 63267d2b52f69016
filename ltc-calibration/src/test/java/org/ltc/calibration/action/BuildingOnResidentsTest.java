package org.ltc.calibration.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ltc.model.action.Action;
import org.ltc.model.action.ActionPlan;
import org.ltc.model.action.LibraryCapacities;
import org.ltc.model.knowledge.CategorySection;
import org.ltc.model.knowledge.GroupVote;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeCategory;

/** Plans that build on what residents said: their offers, whom they trust, and aspirations they share. */
class BuildingOnResidentsTest {
    private final ActionPlanner planner = new ActionPlanner(PlannerOptions.builder().clock(PlanFixtures.CLOCK).build());
    private final IntentionalityCheck check = new IntentionalityCheck(ActionPatternCatalogue.builtIn(), PlanFixtures.CLOCK);

    private static PublicKnowledge with(Theme... extra) {
        PublicKnowledge pk = PlanFixtures.knowledge();
        List<Theme> themes = new ArrayList<>(pk.themes());
        List<CategorySection> sections = new ArrayList<>(pk.sections());
        for (Theme t : extra) {
            themes.removeIf(x -> x.id().equals(t.id()));
            themes.add(t);
            if (sections.stream().noneMatch(s -> s.themeIds().contains(t.id()))) {
                sections.add(new CategorySection(t.category(), List.of(t.id())));
            }
        }
        return new PublicKnowledge(pk.community(), pk.engagement(), themes, sections, pk.unassigned(), pk.gaps(),
                pk.story(), pk.provenance());
    }

    private static Theme voted(Theme t, GroupVote... votes) {
        return t.withMeasures(t.quotes(), t.breadth(), t.intensity(), List.of(votes), null);
    }

    @Test
    void aPatternBuildingOnWhatResidentsOfferedRanksHigher() {
        LibraryCapacities caps = PlanFixtures.capacities();
        PlanDraft plain = planner.draft(PlanFixtures.knowledge(), PlanFixtures.assessment("impasse"), caps);
        PlanDraft.Candidate last = plain.candidates().stream().filter(c -> c.score() > 0)
                .reduce((a, b) -> b).orElseThrow();
        ActionPattern pattern = ActionPatternCatalogue.builtIn().pattern(last.patternId()).orElseThrow();
        String need = pattern.needs().isEmpty() ? pattern.topics().get(0) : pattern.needs().get(0);
        Theme offer = PlanFixtures.theme("con-offer", "I could help with " + need.replace('-', ' '),
                ThemeCategory.CONTRIBUTIONS, 12, need);
        PlanDraft built = planner.draft(with(offer), PlanFixtures.assessment("impasse"), caps);
        PlanDraft.Candidate again = built.candidates().stream().filter(c -> c.patternId().equals(last.patternId()))
                .findFirst().orElseThrow();
        assertEquals(last.score() * (1 + ActionPlanner.OFFER_BONUS), again.score(), 1e-9);
        assertTrue(again.reasons().stream().anyMatch(r -> r.startsWith("Builds on what residents offered")),
                again.reasons().toString());
    }

    @Test
    void aDividedAspirationIsPassedOverAndACheckFlagsAPlanResting0nOne() {
        Theme broadest = PlanFixtures.knowledge().themes().stream().filter(t -> t.id().equals("asp-lively-downtown"))
                .findFirst().orElseThrow();
        Theme divided = voted(broadest, new GroupVote("g0", 40, 90, 10, 0, 0.89), new GroupVote("g1", 30, 10, 60, 0, 0.15));
        PublicKnowledge pk = with(divided);
        PlanDraft d = planner.draft(pk, PlanFixtures.assessment("impasse"), PlanFixtures.capacities());
        assertEquals("Somewhere safe for kids after school", d.plan().aspiration());
        assertTrue(d.reasons().stream().anyMatch(r -> r.contains("opinion groups divide")), d.reasons().toString());
        assertTrue(check.check(d.plan(), pk).concerns().stream().noneMatch(f -> f.rule().startsWith("aspiration")));

        // A plan someone wrote on the divided aspiration is flagged, and so is one whose actions ignore it.
        ActionPlan good = PlanFixtures.goodPlan();
        ActionPlan onDivided = new ActionPlan(good.id(), good.title(), divided.label(), List.of(divided.id()),
                good.issue(), good.people(), good.frameworkId(), good.stageId(), good.stageRationale(), good.actions(),
                good.publicCapital(), good.commitments(), good.shareBack(), good.measures(), good.provenance());
        List<String> rules = check.check(onDivided, pk).concerns().stream().map(Finding::rule).toList();
        assertTrue(rules.contains("aspiration-divides"), rules.toString());
        boolean anyActs = onDivided.actions().stream().anyMatch(a -> a.themeIds().contains(divided.id()));
        assertEquals(!anyActs, rules.contains("aspiration-unserved"), rules.toString());

        Theme rejected = voted(broadest, new GroupVote("g0", 40, 20, 70, 0, 0.23), new GroupVote("g1", 30, 15, 50, 0, 0.24));
        assertTrue(check.check(onDivided, with(rejected)).concerns().stream()
                .anyMatch(f -> f.rule().equals("aspiration-disagreed")));
    }

    @Test
    void aPlanNoneOfWhoseActionsActsOnItsAspirationIsFlagged() {
        PlanDraft d = planner.draft(PlanFixtures.knowledge(), PlanFixtures.assessment("impasse"), PlanFixtures.capacities());
        ActionPlan p = d.plan();
        assertFalse(check.check(p, PlanFixtures.knowledge()).concerns().stream()
                .anyMatch(f -> f.rule().equals("aspiration-unserved")), "the draft acts on its aspiration");
        List<Action> elsewhere = p.actions().stream().map(a -> new Action(a.id(), a.title(), a.description(), a.owner(),
                a.partners(), a.start(), a.due(), a.status(), a.percent(), a.weight(), a.participation(),
                a.publicCapital(), List.of("con-traffic"), a.rationale(), a.updates(), a.children(), a.capacityIds()))
                .toList();
        ActionPlan off = new ActionPlan(p.id(), p.title(), p.aspiration(), p.themeIds(), p.issue(), p.people(),
                p.frameworkId(), p.stageId(), p.stageRationale(), elsewhere, p.publicCapital(), p.commitments(),
                p.shareBack(), p.measures(), p.provenance());
        assertTrue(check.check(off, PlanFixtures.knowledge()).concerns().stream()
                .anyMatch(f -> f.rule().equals("aspiration-unserved")));
    }

    @Test
    void withoutCapacitiesThePlanSaysWhatItNeeds() {
        PlanDraft d = planner.draft(PlanFixtures.knowledge(), PlanFixtures.assessment("impasse"),
                new LibraryCapacities("The library", List.of(), List.of(), List.of()));
        assertTrue(d.plan().actions().isEmpty());
        assertTrue(d.reasons().stream().anyMatch(r -> r.startsWith("To do '") && r.contains("the library needs")),
                d.reasons().toString());
    }
}
