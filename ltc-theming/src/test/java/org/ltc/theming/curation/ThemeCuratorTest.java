package org.ltc.theming.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ltc.model.InvalidInputException;
import org.ltc.model.knowledge.NoteRef;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeCategory;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.provenance.Provenance;
import org.ltc.model.provenance.ProvenanceStep;

class ThemeCuratorTest {
    private static final ThemeCurator LIB = ThemeCurator.by("library team");

    private static ThemeSet set() {
        return new ThemeSet("s", List.of(
                Theme.of("bus", "bus route stop", ThemeCategory.UNCATEGORISED, List.of("bus", "route"),
                        List.of(NoteRef.of("n1"), new NoteRef("n2", 0.8))),
                Theme.of("transit", "transit late", ThemeCategory.UNCATEGORISED, List.of("transit"),
                        List.of(NoteRef.of("n3"), new NoteRef("n2", 0.9))),
                Theme.of("rent", "rent high", ThemeCategory.CONCERNS, List.of("rent"),
                        List.of(NoteRef.of("n4"), NoteRef.of("n5")))),
                List.of("n6"), Provenance.of("kmeans", "1", Map.of(), 7, "a".repeat(64), Instant.EPOCH));
    }

    @Test
    void mergeUnitesNotesKeepsTheStrongerWeightAndRecordsTheStep() {
        ThemeSet m = LIB.merge(set(), "bus", "transit", "Buses and transit");
        Theme t = m.theme("bus").orElseThrow();
        assertEquals("Buses and transit", t.label());
        assertEquals(List.of(NoteRef.of("n1"), new NoteRef("n2", 0.9), NoteRef.of("n3")), t.evidence());
        assertEquals(List.of("bus", "route", "transit"), t.keyTerms());
        assertTrue(m.theme("transit").isEmpty());
        assertEquals(new ProvenanceStep("merge", Map.of("targetId", "bus", "otherId", "transit",
                "label", "Buses and transit"), "library team"), m.provenance().steps().get(0));
    }

    @Test
    void splitMovesSomeNotesToANewThemeInTheSameCategory() {
        ThemeSet s = LIB.split(set(), "rent", List.of("n5"), "evictions", "Evictions");
        assertEquals(List.of(NoteRef.of("n4")), s.theme("rent").orElseThrow().evidence());
        Theme e = s.theme("evictions").orElseThrow();
        assertEquals(List.of(NoteRef.of("n5")), e.evidence());
        assertEquals(ThemeCategory.CONCERNS, e.category());
        assertThrows(InvalidInputException.class, () -> LIB.split(set(), "rent", List.of("n4", "n5"), "x", "X"));
        assertThrows(InvalidInputException.class, () -> LIB.split(set(), "rent", List.of("n1"), "x", "X"));
    }

    @Test
    void movingANoteOutOfItsOnlyThemeUnassignsItAndAnEmptyThemeGoes() {
        ThemeSet s = LIB.moveNote(set(), "n1", "bus", null);
        assertEquals(List.of("n6", "n1"), s.unassigned());
        ThemeSet s2 = LIB.moveNote(s, "n2", "bus", "rent");
        assertTrue(s2.theme("bus").isEmpty(), "an empty, unpinned theme disappears");
        assertEquals(NoteRef.of("n2"), s2.theme("rent").orElseThrow().evidence().get(0));
        ThemeSet s3 = LIB.moveNote(s2, "n6", null, "transit");
        assertEquals(List.of("n1"), s3.unassigned());
        assertThrows(InvalidInputException.class, () -> LIB.moveNote(set(), "n4", "bus", "rent"));
    }

    @Test
    void dropRemovesTheThemeAndUnassignsOnlyTheNotesNoOtherThemeHolds() {
        ThemeSet s = LIB.drop(set(), "bus");
        assertTrue(s.theme("bus").isEmpty());
        assertEquals(List.of("n6", "n1"), s.unassigned(), "n2 stays with transit; n1 is unassigned, not lost");
        assertEquals(new ProvenanceStep("drop", Map.of("themeId", "bus"), "library team"), s.provenance().steps().get(0));
        assertThrows(InvalidInputException.class, () -> LIB.drop(set(), "nope"));
    }

    @Test
    void renameRecategoriseAndPinChangeOnlyTheirTheme() {
        ThemeSet s = LIB.pin(LIB.recategorise(LIB.rename(set(), "bus", "Buses"), "bus", ThemeCategory.CHANGES),
                "bus", true);
        Theme t = s.theme("bus").orElseThrow();
        assertEquals("Buses", t.label());
        assertEquals(ThemeCategory.CHANGES, t.category());
        assertTrue(t.pinned());
        assertEquals(set().theme("rent"), s.theme("rent"));
        assertEquals(List.of("rename", "recategorise", "pin"),
                s.provenance().steps().stream().map(ProvenanceStep::operation).toList());
        assertThrows(InvalidInputException.class, () -> LIB.rename(set(), "nope", "X"));
    }

    @Test
    void aRerunKeepsThePinnedThemeAndItsNotes() {
        ThemeSet curated = LIB.pin(LIB.merge(set(), "bus", "transit", "Getting around without a car"), "bus", true);
        ThemeSet fresh = new ThemeSet("s", List.of(
                Theme.of("c0", "bus late", ThemeCategory.UNCATEGORISED, List.of("bus"),
                        List.of(NoteRef.of("n1"), NoteRef.of("n3"))),
                Theme.of("c1", "rent", ThemeCategory.UNCATEGORISED, List.of("rent"),
                        List.of(NoteRef.of("n4"), NoteRef.of("n5"), NoteRef.of("n2")))),
                List.of("n6"), Provenance.of("kmeans", "1", Map.of(), 8, "b".repeat(64), Instant.EPOCH));
        ThemeSet kept = LIB.keepPinned(fresh, curated);
        assertEquals(List.of("bus", "c1"), kept.themes().stream().map(Theme::id).toList());
        assertEquals("Getting around without a car", kept.theme("bus").orElseThrow().label());
        assertEquals(List.of(NoteRef.of("n4"), NoteRef.of("n5")), kept.theme("c1").orElseThrow().evidence());
        assertEquals(List.of("n6"), kept.unassigned());
        assertEquals(List.of("merge", "pin", "keep-pinned"),
                kept.provenance().steps().stream().map(ProvenanceStep::operation).toList());
        assertEquals(8, kept.provenance().seed());
    }
}
