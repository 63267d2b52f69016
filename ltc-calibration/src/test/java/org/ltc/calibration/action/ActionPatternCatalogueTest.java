package org.ltc.calibration.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltc.model.InvalidInputException;

class ActionPatternCatalogueTest {
    /** Harwood's nine public-capital factors, from the built-in content library. */
    static final Set<String> FACTORS = org.ltc.model.content.ContentLibrary.builtIn().publicCapitalFactors().stream()
            .map(org.ltc.model.stage.PublicCapitalFactor::id).collect(java.util.stream.Collectors.toSet());

    @Test
    void builtInCatalogueIsCompleteAndConsistent() {
        ActionPatternCatalogue c = ActionPatternCatalogue.builtIn();
        assertTrue(c.patterns().size() >= 30, "about thirty patterns: " + c.patterns().size());
        assertFalse(c.sources().isEmpty());
        for (ActionPattern p : c.patterns()) {
            for (String stage : PlanFixtures.STAGES) {
                assertTrue(p.why(stage).isPresent(), p.id() + " judges stage " + stage);
            }
            assertTrue(FACTORS.containsAll(p.grows()), p.id() + " grows known factors: " + p.grows());
            assertFalse(p.grows().isEmpty(), p.id());
            assertTrue(c.capacityTags().containsAll(p.needs()), p.id());
            assertFalse(p.partners().isEmpty(), p.id() + " names likely partners");
        }
        assertEquals(9, FACTORS.size());
        // The catalogue's stage ids are exactly the stages of Harwood's framework in the content library.
        assertEquals(PlanFixtures.STAGES, org.ltc.model.content.ContentLibrary.builtIn().harwoodFiveStages().stages()
                .stream().map(org.ltc.model.stage.Stage::id).toList());
        for (String stage : PlanFixtures.STAGES) {
            assertTrue(c.stageGuidance().containsKey(stage), stage);
            assertTrue(c.patterns().stream().filter(p -> p.fits(stage)).count() >= 5, "enough patterns fit " + stage);
        }
    }

    @Test
    void grandPatternsDoNotFitImpasse() {
        // Harwood: no grand plans at Impasse.
        for (ActionPattern p : ActionPatternCatalogue.builtIn().patterns()) {
            if (p.scale() == PatternScale.LARGE) {
                assertFalse(p.fits("impasse"), p.id());
                assertTrue(p.why("impasse").orElseThrow().length() > 20);
            }
        }
        assertFalse(ActionPatternCatalogue.builtIn().pattern("comprehensive-plan").orElseThrow().fits("impasse"));
        assertTrue(ActionPatternCatalogue.builtIn().pattern("pilot-experiments").orElseThrow().fits("catalytic"));
    }

    @Test
    void aHostLoadsItsOwnCatalogue(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("mine.json");
        Files.writeString(f, """
                {"id": "my-patterns", "version": "2", "sources": ["Our own practice"],
                 "patterns": [{"id": "book-club", "title": "Book club on the issue", "description": "Read and talk.",
                   "layer": "THIRD_PLACES", "participation": "INVOLVE", "grows": ["social-gatherings"],
                   "needs": ["meeting-room"], "partners": [{"role": "a bookshop"}], "scale": "SMALL", "weeks": 6,
                   "measure": "Members", "fit": {"impasse": "small"}, "unfit": {"growth": "too small"}}]}
                """);
        ActionPatternCatalogue c = ActionPatternCatalogue.load(f);
        assertEquals("my-patterns", c.id());
        assertTrue(c.pattern("book-club").orElseThrow().fits("impasse"));
        assertFalse(c.pattern("book-club").orElseThrow().fits("growth"));
        assertFalse(c.pattern("book-club").orElseThrow().fits("catalytic"), "an untagged stage does not fit");
    }

    @Test
    void aBadCatalogueNamesFileAndPointer(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, """
                {"id": "x", "version": "1", "sources": ["s"], "patterns": [{"id": "p", "title": "t", "description": "d",
                   "layer": "THIRD_PLACES", "participation": "INVOLVE", "partners": [], "scale": "SMALL", "weeks": 0,
                   "measure": "m"}]}
                """);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ActionPatternCatalogue.load(f));
        assertTrue(e.getMessage().contains("bad.json"), e.getMessage());
        assertTrue(e.getMessage().contains("/patterns/0"), e.getMessage());
        assertTrue(e.getMessage().contains("weeks"), e.getMessage());
    }

    @Test
    void aPatternCannotBothFitAndNotFitAStage() {
        assertThrows(InvalidInputException.class, () -> new ActionPattern("p", "t", "d",
                org.ltc.model.action.CivicLayer.THIRD_PLACES, org.ltc.model.action.ParticipationLevel.INFORM,
                List.of(), List.of(), List.of(), List.of(), PatternScale.SMALL, 4, "m",
                java.util.Map.of("impasse", "yes"), java.util.Map.of("impasse", "no")));
    }
}
