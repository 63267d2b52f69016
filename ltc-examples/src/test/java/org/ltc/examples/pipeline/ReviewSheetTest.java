package org.ltc.examples.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltc.model.InvalidInputException;
import org.ltc.model.action.CapacityKind;
import org.ltc.model.action.LibraryCapacities;
import org.ltc.model.knowledge.NoteRef;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeCategory;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.provenance.Provenance;
import org.ltc.theming.curation.ThemeCurator;

class ReviewSheetTest {
    private static ThemeSet set() {
        return new ThemeSet("s", List.of(
                Theme.of("a", "buses", ThemeCategory.UNCATEGORISED, List.of(), List.of(NoteRef.of("n1"))),
                Theme.of("b", "transit", ThemeCategory.UNCATEGORISED, List.of(), List.of(NoteRef.of("n2"))),
                Theme.of("c", "rent", ThemeCategory.CONCERNS, List.of(), List.of(NoteRef.of("n3")))),
                List.of(), Provenance.of("kmeans", "1", Map.of(), 7, "a".repeat(64), Instant.EPOCH));
    }

    @Test
    void excelQuotingWithAndWithoutBomReadsTheSame(@TempDir Path dir) throws Exception {
        String body = "theme_id,label,category,action,comment\r\na,\"Buses, late \"\"again\"\"\",Changes,keep,\"two\r\nlines\"\r\n"
                + "b,,,MERGE-INTO:a,\r\nc,,,pin,\r\n";
        Path bom = dir.resolve("bom.csv");
        Path plain = dir.resolve("plain.csv");
        Files.writeString(bom, "\uFEFF" + body, StandardCharsets.UTF_8);
        Files.writeString(plain, body, StandardCharsets.UTF_8);
        ReviewSheet s = ReviewSheet.read(bom);
        assertEquals(s.rows(), ReviewSheet.read(plain).rows());
        ThemeSet out = s.apply(set(), ThemeCurator.by("team"));
        assertEquals("Buses, late \"again\"", out.theme("a").orElseThrow().label());
        assertEquals(ThemeCategory.CHANGES, out.theme("a").orElseThrow().category());
        assertEquals(2, out.theme("a").orElseThrow().frequency());
        assertTrue(out.theme("c").orElseThrow().pinned());
        assertEquals("two\nlines", s.row("a").orElseThrow().comment().replace("\r\n", "\n"));
    }

    @Test
    void anUnknownThemeCategoryOrActionNamesFileLineColumnAndValue(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("r.csv");
        Files.writeString(f, "label,theme_id,action\nX,zzz,keep\n");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ReviewSheet.read(f).apply(set(), ThemeCurator.by("t")));
        assertTrue(e.getMessage().contains(f.toString()) && e.getMessage().contains("line 2, column 2")
                && e.getMessage().contains("zzz"), e.getMessage());
        Files.writeString(f, "theme_id,category,action\na,feelings,keep\n");
        e = assertThrows(InvalidInputException.class, () -> ReviewSheet.read(f));
        assertTrue(e.getMessage().contains("line 2, column 2") && e.getMessage().contains("feelings"), e.getMessage());
        Files.writeString(f, "theme_id,action\na,keep\nb,merge-into:c\nc,drop\n");
        e = assertThrows(InvalidInputException.class, () -> ReviewSheet.read(f).apply(set(), ThemeCurator.by("t")));
        assertTrue(e.getMessage().contains("line 3, column 2") && e.getMessage().contains("drops or merges away"),
                e.getMessage());
        Files.writeString(f, "theme_id,action\na,keep\na,drop\n");
        e = assertThrows(InvalidInputException.class, () -> ReviewSheet.read(f));
        assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("same theme as line 2"), e.getMessage());
    }

    @Test
    void capacitiesFromASpreadsheet(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("caps.csv");
        Files.writeString(f, "id,kind,name,tags\nroom,space,\"Room, main\",meeting-room; Display space\n"
                + "ann,Skill,Facilitators,facilitation\nfriends,partner,Friends,partner;volunteers\n");
        LibraryCapacities c = CapacitiesFile.read(f, "Our library");
        assertEquals(3, c.capacities().size());
        assertEquals(List.of("display-space", "meeting-room"), c.capacity("room").orElseThrow().tags());
        assertEquals(CapacityKind.STAFF_SKILL, c.capacity("ann").orElseThrow().kind());
        Files.writeString(f, "id,kind,name,tags\nroom,hall,Room,meeting-room\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CapacitiesFile.read(f, "L"));
        assertTrue(e.getMessage().contains("line 2, column 2") && e.getMessage().contains("hall"), e.getMessage());
    }

    private static ThemeSet twoLevels() {
        return new ThemeSet("s", List.of(
                Theme.of("h", "housing", ThemeCategory.CONCERNS, List.of(), List.of(NoteRef.of("n1"), NoteRef.of("n2"))),
                Theme.of("h1", "rent", ThemeCategory.CONCERNS, List.of(), List.of(NoteRef.of("n1"))).withParent("h"),
                Theme.of("h2", "shelter", ThemeCategory.CONCERNS, List.of(), List.of(NoteRef.of("n2"))).withParent("h"),
                Theme.of("p", "parks", ThemeCategory.CHANGES, List.of(), List.of(NoteRef.of("n3"))),
                Theme.of("r", "roads", ThemeCategory.CHANGES, List.of(), List.of(NoteRef.of("n4")))),
                List.of(), Provenance.of("semantic", "1", Map.of(), 7, "a".repeat(64), Instant.EPOCH));
    }

    @Test
    void aParentEditMovesASubThemeAndDroppingAParentTakesTheRestWithIt(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("r.csv");
        Files.writeString(f, "theme_id,parent,action\nh,,drop\nh1,p,keep\nh2,h,keep\np,,keep\nr,,keep\n");
        ThemeSet out = ReviewSheet.read(f).apply(twoLevels(), ThemeCurator.by("team"));
        assertEquals("p", out.theme("h1").orElseThrow().parent(), "moved before its parent was dropped");
        assertTrue(out.theme("h").isEmpty() && out.theme("h2").isEmpty(), "the rest goes with the parent");
        assertEquals(List.of("n2"), out.unassigned());
        Files.writeString(f, "theme_id,parent,action\nh1,top,keep\n");
        assertTrue(ReviewSheet.read(f).apply(twoLevels(), ThemeCurator.by("team")).theme("h1").orElseThrow().topLevel(),
                "'top' lifts a sub-theme to the top level");
    }

    @Test
    void aBadParentNamesFileLineColumnAndValue(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("r.csv");
        for (String[] c : new String[][] {
                {"theme_id,action,parent\nh1,keep,h2\n", "h2", "names no top-level theme"},
                {"theme_id,action,parent\nh1,keep,zzz\n", "zzz", "names no top-level theme"},
                {"theme_id,action,parent\nh,keep,p\n", "p", "two levels"},
                {"theme_id,action,parent\nh1,keep,p\np,drop,\n", "p", "drops or merges away"}}) {
            Files.writeString(f, c[0]);
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> ReviewSheet.read(f).apply(twoLevels(), ThemeCurator.by("t")));
            assertTrue(e.getMessage().contains(f.toString()) && e.getMessage().contains("line 2, column 3")
                    && e.getMessage().contains(c[1]) && e.getMessage().contains(c[2]), e.getMessage());
        }
        Files.writeString(f, "theme_id,action\nh,drop\nh1,pin\n");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ReviewSheet.read(f).apply(twoLevels(), ThemeCurator.by("t")));
        assertTrue(e.getMessage().contains("line 3, column 2") && e.getMessage().contains("parent line 2 drops"),
                e.getMessage());
    }
}
