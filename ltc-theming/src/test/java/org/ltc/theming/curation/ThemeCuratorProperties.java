package org.ltc.theming.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.ltc.model.knowledge.NoteRef;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeCategory;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.provenance.Provenance;

/** Curation conserves notes: whatever a person does, every note stays in a theme or unassigned, never both. */
class ThemeCuratorProperties {
    private static final ThemeCurator CURATOR = ThemeCurator.by("tester");

    /** A random theme set over notes n0..n(size-1): some themes, notes possibly in several, the rest unassigned. */
    static ThemeSet randomSet(long seed, int notes, int themes) {
        Random r = new Random(seed);
        List<Theme> list = new ArrayList<>();
        Set<String> held = new HashSet<>();
        for (int t = 0; t < themes; t++) {
            List<NoteRef> ev = new ArrayList<>();
            for (int n = 0; n < notes; n++) {
                if (r.nextInt(themes + 1) == 0) {
                    ev.add(new NoteRef("n" + n, 0.5 + r.nextInt(5) / 10.0));
                    held.add("n" + n);
                }
            }
            if (!ev.isEmpty()) {
                list.add(Theme.of("t" + t, "Theme " + t, ThemeCategory.DEFAULTS.get(t % 5), List.of("w" + t), ev));
            }
        }
        List<String> unassigned = new ArrayList<>();
        for (int n = 0; n < notes; n++) {
            if (!held.contains("n" + n)) {
                unassigned.add("n" + n);
            }
        }
        return new ThemeSet("s", list, unassigned, Provenance.of("test", "1", Map.of(), seed, "0".repeat(64),
                Instant.EPOCH));
    }

    static Set<String> universe(ThemeSet s) {
        Set<String> u = new TreeSet<>(s.unassigned());
        s.themes().forEach(t -> t.evidence().forEach(r -> u.add(r.noteId())));
        return u;
    }

    static void assertConserved(Set<String> before, ThemeSet after) {
        assertEquals(before, universe(after), "notes lost or invented");
        Set<String> held = new HashSet<>();
        after.themes().forEach(t -> t.evidence().forEach(r -> held.add(r.noteId())));
        for (String u : after.unassigned()) {
            assertFalse(held.contains(u), u + " is both held and unassigned");
        }
        assertEquals(new HashSet<>(after.unassigned()).size(), after.unassigned().size(), "unassigned repeats");
    }

    @Property(tries = 150)
    void randomCurationConservesNotesAndRecordsEveryStep(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int notes,
                                                        @ForAll @IntRange(min = 1, max = 6) int themes,
                                                        @ForAll @IntRange(min = 1, max = 12) int steps) {
        ThemeSet s = randomSet(seed, notes, themes);
        Set<String> before = universe(s);
        Random r = new Random(seed ^ 0x5DEECE66DL);
        int done = 0;
        for (int i = 0; i < steps; i++) {
            ThemeSet next = step(s, r, i);
            if (next != s) {
                done++;
                assertConserved(before, next);
                assertEquals(s.provenance().steps().size() + 1, next.provenance().steps().size());
                assertEquals("tester", next.provenance().steps().get(next.provenance().steps().size() - 1).by());
                s = next;
            }
        }
        assertEquals(done, s.provenance().steps().size());
    }

    private static ThemeSet step(ThemeSet s, Random r, int i) {
        List<Theme> ts = s.themes();
        switch (r.nextInt(5)) {
            case 0 -> {
                if (ts.size() >= 2) {
                    return CURATOR.merge(s, ts.get(0).id(), ts.get(1 + r.nextInt(ts.size() - 1)).id(), null);
                }
            }
            case 1 -> {
                for (Theme t : ts) {
                    if (t.evidence().size() >= 2) {
                        List<String> part = new ArrayList<>();
                        part.add(t.evidence().get(0).noteId());
                        return CURATOR.split(s, t.id(), part, "split" + i, "Split " + i);
                    }
                }
            }
            case 2 -> {
                if (!ts.isEmpty()) {
                    Theme from = ts.get(r.nextInt(ts.size()));
                    if (!from.evidence().isEmpty()) {
                        String to = r.nextBoolean() ? null : ts.get(r.nextInt(ts.size())).id();
                        if (!from.id().equals(to)) {
                            return CURATOR.moveNote(s, from.evidence().get(0).noteId(), from.id(), to);
                        }
                    }
                }
            }
            case 3 -> {
                if (!s.unassigned().isEmpty() && !ts.isEmpty()) {
                    return CURATOR.moveNote(s, s.unassigned().get(0), null, ts.get(r.nextInt(ts.size())).id());
                }
            }
            default -> {
                if (!ts.isEmpty()) {
                    return CURATOR.pin(s, ts.get(r.nextInt(ts.size())).id(), true);
                }
            }
        }
        return s;
    }

    @Property(tries = 100)
    void aRerunKeepsPinnedThemesAndLosesNoNote(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int notes) {
        ThemeSet curated = randomSet(seed, notes, 4);
        if (!curated.themes().isEmpty()) {
            curated = CURATOR.rename(CURATOR.pin(curated, curated.themes().get(0).id(), true),
                    curated.themes().get(0).id(), "Kept by a person");
        }
        ThemeSet fresh = randomSet(seed + 1, notes, 5);
        ThemeSet merged = CURATOR.keepPinned(fresh, curated);
        assertConserved(universe(fresh), merged);
        for (Theme t : curated.themes()) {
            if (t.pinned()) {
                Theme kept = merged.theme(t.id()).orElseThrow();
                assertEquals("Kept by a person", kept.label());
                assertTrue(kept.pinned());
                assertEquals(t.evidence(), kept.evidence());
                // a pinned theme owns its notes: no fresh theme holds them too
                for (Theme other : merged.themes()) {
                    if (!other.id().equals(t.id())) {
                        assertTrue(other.evidence().stream().noneMatch(r -> t.evidence().stream()
                                .anyMatch(p -> p.noteId().equals(r.noteId()))));
                    }
                }
            }
        }
        assertEquals("keep-pinned", merged.provenance().steps().get(merged.provenance().steps().size() - 1).operation());
    }
}
