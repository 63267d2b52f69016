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

    /** Two levels, as the semantic themer gives them: each top-level theme holds its sub-themes' notes. */
    static ThemeSet twoLevels() {
        return new ThemeSet("s", List.of(
                theme("housing", null, "n1", "n2", "n3", "n4"),
                theme("rent", "housing", "n1", "n2"),
                theme("shelter", "housing", "n3", "n4"),
                theme("roads", null, "n5", "n6"),
                theme("lanes", "roads", "n5"),
                theme("potholes", "roads", "n6"),
                theme("parks", null, "n7")),
                List.of("n8"), Provenance.of("semantic", "1", Map.of(), 7, "a".repeat(64), Instant.EPOCH));
    }

    private static Theme theme(String id, String parent, String... notes) {
        return Theme.of(id, id, ThemeCategory.UNCATEGORISED, List.of(),
                java.util.Arrays.stream(notes).map(NoteRef::of).toList()).withParent(parent);
    }

    private static List<String> notes(ThemeSet s, String id) {
        return s.theme(id).orElseThrow().evidence().stream().map(NoteRef::noteId).sorted().toList();
    }

    /** What every operation keeps: parents hold their sub-themes' notes, and no note is lost or invented. */
    private static void assertConsistent(ThemeSet s) {
        java.util.Set<String> all = new java.util.TreeSet<>(s.unassigned());
        for (Theme t : s.themes()) {
            t.evidence().forEach(r -> all.add(r.noteId()));
            if (t.parent() != null) {
                assertTrue(notes(s, t.parent()).containsAll(notes(s, t.id())), t.parent() + " holds " + t.id());
            }
        }
        assertEquals(java.util.Set.of("n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8"), all);
    }

    @Test
    void mergingASubThemeIntoAnotherTopLevelThemeMovesItsNotesThere() {
        ThemeSet s = LIB.merge(twoLevels(), "parks", "rent", null);
        assertEquals(List.of("n1", "n2", "n7"), notes(s, "parks"));
        assertEquals(List.of("n3", "n4"), notes(s, "housing"), "they leave the old parent");
        assertConsistent(s);
        ThemeSet into = LIB.merge(twoLevels(), "lanes", "rent", null);
        assertEquals("roads", into.theme("lanes").orElseThrow().parent(), "the merged theme keeps its place");
        assertEquals(List.of("n1", "n2", "n5", "n6"), notes(into, "roads"), "its parent holds what arrived");
        assertConsistent(into);
        ThemeSet siblings = LIB.merge(twoLevels(), "shelter", "rent", "Housing costs");
        assertEquals("housing", siblings.theme("shelter").orElseThrow().parent());
        assertEquals(List.of("n1", "n2", "n3", "n4"), notes(siblings, "housing"));
        assertConsistent(siblings);
    }

    @Test
    void mergingATopLevelThemeHandsItsSubThemesToTheMergedOne() {
        ThemeSet s = LIB.merge(twoLevels(), "roads", "housing", null);
        assertEquals("roads", s.theme("rent").orElseThrow().parent());
        assertEquals("roads", s.theme("shelter").orElseThrow().parent());
        assertEquals(List.of("n1", "n2", "n3", "n4", "n5", "n6"), notes(s, "roads"));
        assertConsistent(s);
        // into one of its own sub-themes: that one takes its place at the top, its siblings under it
        ThemeSet up = LIB.merge(twoLevels(), "rent", "housing", null);
        assertEquals(null, up.theme("rent").orElseThrow().parent());
        assertEquals("rent", up.theme("shelter").orElseThrow().parent());
        assertConsistent(up);
    }

    @Test
    void droppingATopLevelThemeDropsItsSubThemesAndUnassignsTheirNotes() {
        ThemeSet s = LIB.drop(twoLevels(), "housing");
        assertTrue(s.theme("rent").isEmpty() && s.theme("shelter").isEmpty());
        assertTrue(s.unassigned().containsAll(List.of("n1", "n2", "n3", "n4")));
        assertEquals(Map.of("themeId", "housing", "subThemes", "rent,shelter"), s.provenance().steps().get(0).parameters());
        assertConsistent(s);
        ThemeSet sub = LIB.drop(twoLevels(), "lanes");
        assertEquals(List.of("n6"), notes(sub, "roads"), "a dropped sub-theme's notes leave its parent");
        assertTrue(sub.unassigned().contains("n5"));
        assertConsistent(sub);
    }

    @Test
    void movingASubThemeCarriesItsNotesToItsNewParentOrTheTop() {
        ThemeSet s = LIB.moveTheme(twoLevels(), "rent", "parks");
        assertEquals("parks", s.theme("rent").orElseThrow().parent());
        assertEquals(List.of("n1", "n2", "n7"), notes(s, "parks"));
        assertEquals(List.of("n3", "n4"), notes(s, "housing"));
        assertEquals(new ProvenanceStep("move-theme", Map.of("themeId", "rent", "from", "housing", "to", "parks"),
                "library team"), s.provenance().steps().get(0));
        assertConsistent(s);
        ThemeSet top = LIB.moveTheme(twoLevels(), "lanes", null);
        assertTrue(top.theme("lanes").orElseThrow().topLevel());
        assertEquals(List.of("n6"), notes(top, "roads"));
        assertConsistent(top);
        assertThrows(InvalidInputException.class, () -> LIB.moveTheme(twoLevels(), "rent", "lanes"),
                "a sub-theme is no parent");
        assertThrows(InvalidInputException.class, () -> LIB.moveTheme(twoLevels(), "housing", "parks"),
                "a theme with sub-themes cannot become one");
    }
}
