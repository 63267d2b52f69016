package org.ltc.examples.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ltc.calibration.action.ActionPatternCatalogue;
import org.ltc.calibration.action.ActionPlanner;
import org.ltc.calibration.action.IntentionalityCheck;
import org.ltc.calibration.action.IntentionalityReport;
import org.ltc.calibration.action.PlanDraft;
import org.ltc.calibration.action.PlannerOptions;
import org.ltc.model.action.Action;
import org.ltc.model.action.LibraryCapacities;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeCategory;
import org.ltc.model.testdata.RealData;

/** Issue 6's "done when", on the real Bowling Green conversation at Impasse. */
@RealData
class BowlingGreenPlanTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void atImpasseThePlanServesTheBroadestAspirationHoldsNoUnfitActionAndCitesThemesAndCapacities() {
        PublicKnowledge pk = BowlingGreen.knowledge();
        LibraryCapacities caps = BowlingGreen.capacities();
        PlanDraft d = new ActionPlanner(PlannerOptions.builder().clock(CLOCK).seed(1).build())
                .draft(pk, BowlingGreen.assessmentAt("impasse"), caps);

        // The broadest aspiration: the theme reaching the most participants (authors and agreeing voters) among the
        // aspirations, or, when none was themed, the changes. Bowling Green's one Polis prompt asks "What do you
        // believe should change...", so public knowledge files its statements under changes.
        ThemeCategory aspirational = pk.themes().stream().anyMatch(t -> t.category().equals(ThemeCategory.ASPIRATIONS))
                ? ThemeCategory.ASPIRATIONS : ThemeCategory.CHANGES;
        int broadest = pk.themes().stream().filter(t -> t.category().equals(aspirational))
                .mapToInt(t -> t.breadth().participants()).max().orElseThrow();
        // The draft ranks them broadest first; the plan serves the broadest one the opinion groups do not divide on.
        assertEquals(broadest, d.aspirations().get(0).participants());
        // (when the groups divide on every aspiration, the broadest change they share stands in)
        Theme served = pk.themes().stream().filter(t -> (t.category().equals(aspirational)
                || t.category().equals(ThemeCategory.CHANGES)) && t.label().equals(d.plan().aspiration()))
                .findFirst().orElseThrow();
        assertTrue(d.plan().themeIds().contains(served.id()));
        assertTrue(served.breadth().participants() > 100, "a broad aspiration on real data: " + served.breadth());

        // No action the catalogue marks unfit for Impasse; the unfit ones are flagged with why.
        ActionPatternCatalogue cat = ActionPatternCatalogue.builtIn();
        assertFalse(d.plan().actions().isEmpty());
        for (Action a : d.plan().actions()) {
            assertTrue(cat.pattern(a.id()).orElseThrow().fits("impasse"), a.id());
        }
        assertTrue(d.flagged().stream().anyMatch(f -> f.patternId().equals("comprehensive-plan")), d.flagged().toString());
        d.flagged().forEach(f -> assertFalse(f.why().isBlank()));

        // Every action cites themes people raised and capacities the library has.
        Set<String> themeIds = pk.themes().stream().map(Theme::id).collect(Collectors.toSet());
        for (Action a : d.plan().actions()) {
            assertFalse(a.themeIds().isEmpty(), a.id());
            assertTrue(themeIds.containsAll(a.themeIds()), a.id() + " " + a.themeIds());
            assertFalse(a.capacityIds().isEmpty(), a.id());
            a.capacityIds().forEach(c -> assertTrue(caps.capacity(c).isPresent(), c));
        }

        // And the draft passes the intentionality check against the same public knowledge.
        IntentionalityReport r = new IntentionalityCheck(cat, CLOCK).check(d.plan(), pk);
        assertFalse(r.hasConcerns(), r.concerns().toString());
    }
}
