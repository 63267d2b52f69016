package org.ltc.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltc.examples.pipeline.ReviewSheet;
import org.ltc.examples.report.HeadlessChromium;
import org.ltc.model.io.CsvFormat;
import org.ltc.model.io.CsvRow;
import org.ltc.model.io.CsvTable;
import org.ltc.model.io.LtcJson;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.provenance.ProvenanceStep;
import org.ltc.model.report.CommunityReport;
import org.ltc.model.stage.StageAssessment;
import org.ltc.model.testdata.RealData;
import org.ltc.model.testdata.SharedData;
import org.ltc.model.testdata.Slow;
import org.ltc.theming.curation.ThemeCurator;

/**
 * {@code ltc run} on Bowling Green as a library team would use it: run, edit the review sheet in a spreadsheet
 * (rename, merge, drop, pin), run again with it, approve, and open the page; a damaged sheet is refused and leaves the
 * folder as it was.
 */
class RunCommandTest {
    private static final LtcJson JSON = LtcJson.defaults();

    static Cli.Run ltc(String... args) {
        return Cli.run(args);
    }

    static Path capacitiesCsv() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path f = p.resolve("ltc-examples/src/main/resources/org/ltc/examples/sample/capacities.csv");
            if (Files.isRegularFile(f)) {
                return f;
            }
        }
        throw new AssertionError("the sample capacities.csv is missing");
    }

    @Test
    @RealData
    @Slow
    void runReviewRerunApproveAndOpenOnBowlingGreen(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("bg");
        String polis = SharedData.dir("polis-bowling-green").toString();
        Cli.Run first = ltc("run", "--polis", polis, "--capacities", capacitiesCsv().toString(), "--threads", "2",
                "--out", out.toString());
        assertEquals(0, first.code(), first.err());
        for (String f : List.of("conversation-set.json", "theme-set.json", "public-knowledge.json",
                "stage-assessment.json", "action-plan.json", "report.json", "index.html", "share-back.md", "review.csv")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(out), s.toList(), "no staging folder is left beside the output");
        }
        String page = Files.readString(out.resolve("index.html"));
        assertTrue(page.contains("<meta name=\"ltc-status\" content=\"draft\">"));
        assertTrue(page.contains("Draft \u2014 not yet reviewed"));
        CommunityReport report = JSON.read(out.resolve("report.json"), CommunityReport.class);
        assertFalse(report.plan().actions().isEmpty(), "the capacities CSV lets the plan choose actions");
        assertTrue(report.plan().actions().stream().flatMap(a -> a.capacityIds().stream())
                .anyMatch(id -> List.of("community-room", "facilitators", "branches", "newsletter").contains(id)));
        ThemeSet fresh = JSON.read(out.resolve("theme-set.json"), ThemeSet.class);

        // The team edits the sheet in a spreadsheet: rename, merge, drop, pin. Saved by Excel: no BOM this time,
        // quotes around a label with a comma.
        CsvTable sheet = CsvTable.read(out.resolve("review.csv"), CsvFormat.defaults());
        assertEquals(fresh.themes().size(), sheet.rows().size(), "one row per theme");
        assertTrue(sheet.header().containsAll(List.of("theme_id", "parent", "label", "category", "action", "notes",
                "people", "example")));
        // Two levels, as the default themer gives them: the sheet names each sub-theme's parent.
        int parentColumn = sheet.requireColumn("parent", "review column");
        for (CsvRow r : sheet.rows()) {
            assertEquals(java.util.Objects.toString(fresh.theme(r.get(0)).orElseThrow().parent(), ""),
                    r.get(parentColumn), "the parent of " + r.get(0));
        }
        List<Theme> parents = fresh.topLevel().stream().filter(x -> !fresh.subThemes(x.id()).isEmpty()).toList();
        List<Theme> single = fresh.topLevel().stream().filter(x -> fresh.subThemes(x.id()).isEmpty()).toList();
        assertTrue(parents.size() >= 2 && single.size() >= 3, "themes with sub-themes: " + parents.size());
        // rename a top-level theme; merge one of its sub-themes into another top-level theme; drop a second
        // top-level theme, moving one of its sub-themes under a third first (the other goes with it); pin a fourth
        String renamed = parents.get(0).id();
        String merged = fresh.subThemes(renamed).get(0).id();
        String target = single.get(0).id();
        String dropped = parents.get(1).id();
        String moved = fresh.subThemes(dropped).get(0).id();
        List<String> droppedWith = fresh.subThemes(dropped).stream().map(Theme::id).filter(x -> !x.equals(moved))
                .toList();
        String newParent = single.get(1).id();
        String pinned = single.get(2).id();
        int label = sheet.requireColumn("label", "review column");
        int action = sheet.requireColumn("action", "review column");
        int category = sheet.requireColumn("category", "review column");
        List<List<String>> rows = new ArrayList<>();
        for (CsvRow r : sheet.rows()) {
            List<String> f = new ArrayList<>(r.fields());
            String id = f.get(0);
            if (id.equals(renamed)) {
                f.set(label, "Schools, city and county");
                f.set(category, "changes");
            } else if (id.equals(merged)) {
                f.set(action, "merge-into:" + target);
            } else if (id.equals(dropped)) {
                f.set(action, "Drop");
            } else if (id.equals(pinned)) {
                f.set(action, "pin");
            } else if (id.equals(moved)) {
                f.set(parentColumn, newParent);
            }
            rows.add(f);
        }
        Path edited = tmp.resolve("review-edited.csv");
        StringBuilder excel = new StringBuilder(CsvFormat.defaults().line(sheet.header())).append("\r\n");
        rows.forEach(r -> excel.append(CsvFormat.defaults().line(r)).append("\r\n"));
        Files.writeString(edited, excel, StandardCharsets.UTF_8);

        Cli.Run second = ltc("run", "--polis", polis, "--capacities", capacitiesCsv().toString(), "--threads", "2",
                "--review", edited.toString(), "--by", "Ana R.", "--stage", "impasse", "--stage-reason",
                "People told us they feel stuck", "--out", out.toString());
        assertEquals(0, second.code(), second.err());
        ThemeSet curated = JSON.read(out.resolve("theme-set.json"), ThemeSet.class);
        Theme t = curated.theme(renamed).orElseThrow();
        assertEquals("Schools, city and county", t.label());
        assertEquals("changes", t.category().id());
        assertTrue(curated.theme(merged).isEmpty() && curated.theme(dropped).isEmpty());
        assertTrue(curated.theme(pinned).orElseThrow().pinned());
        assertEquals(fresh.theme(target).orElseThrow().frequency() + fresh.theme(merged).orElseThrow().frequency(),
                curated.theme(target).orElseThrow().frequency(), "a merge keeps every note");
        assertEquals(fresh.theme(renamed).orElseThrow().frequency() - fresh.theme(merged).orElseThrow().frequency(),
                t.frequency(), "the merged sub-theme's notes left its old parent");
        assertEquals(newParent, curated.theme(moved).orElseThrow().parent(), "the moved sub-theme, under its new parent");
        assertEquals(fresh.theme(newParent).orElseThrow().frequency() + fresh.theme(moved).orElseThrow().frequency(),
                curated.theme(newParent).orElseThrow().frequency(), "which holds its notes");
        for (String gone : droppedWith) {
            assertTrue(curated.theme(gone).isEmpty(), gone + " goes with its dropped parent");
            fresh.theme(gone).orElseThrow().evidence().forEach(r -> assertTrue(curated.unassigned().contains(r.noteId()),
                    r.noteId() + " is unassigned, still counted"));
        }
        for (Theme sub : curated.themes()) {
            if (sub.parent() != null) {
                Theme up = curated.theme(sub.parent()).orElseThrow();
                sub.evidence().forEach(r -> assertTrue(up.evidence().stream().anyMatch(u -> u.noteId().equals(r.noteId())),
                        up.id() + " holds every note of its sub-theme " + sub.id()));
            }
        }
        List<String> curation = List.of("rename", "recategorise", "move-theme", "merge", "drop", "pin");
        List<ProvenanceStep> edits = curated.provenance().steps().stream()
                .filter(s -> curation.contains(s.operation())).toList();
        assertEquals(curation, edits.stream().map(ProvenanceStep::operation).toList(), "one step per edit, in order");
        assertTrue(edits.stream().allMatch(s -> "Ana R.".equals(s.by())), "each signed by the reviewer");
        StageAssessment stage = JSON.read(out.resolve("stage-assessment.json"), StageAssessment.class);
        assertEquals("impasse", stage.effectiveStage());
        assertEquals("Ana R.", stage.override().by());
        assertEquals(1.0, stage.distribution().stream().mapToDouble(p -> p.probability()).sum(), 1e-6,
                "the calculated distribution is kept beside the override");

        // The sheet the second run wrote shows the edits; applied again to the same fresh themes it gives the same
        // themes: the edits hold on a re-run over the same data.
        ReviewSheet written = ReviewSheet.read(out.resolve("review.csv"));
        assertEquals(ReviewSheet.Action.MERGE_INTO, written.row(merged).orElseThrow().action());
        assertEquals(ReviewSheet.Action.DROP, written.row(dropped).orElseThrow().action());
        assertEquals(newParent, written.row(moved).orElseThrow().parent(), "the move holds on a re-run");
        assertEquals(curated.themes(), written.apply(fresh, ThemeCurator.by("Ana R.")).themes());

        // A damaged sheet: exit 2 naming file, line, column and value; the folder is as it was.
        Map<String, byte[]> before = snapshot(out);
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "\uFEFFtheme_id,label,action\r\n" + renamed + ",\"A, b\",keep\r\n" + target
                + ",X,merge-with:" + renamed + "\r\n");
        Cli.Run refused = ltc("run", "--polis", polis, "--review", bad.toString(), "--out", out.toString());
        assertEquals(2, refused.code(), refused.err());
        assertTrue(refused.err().contains(bad.toString()) && refused.err().contains("line 3, column 3")
                && refused.err().contains("merge-with:" + renamed), refused.err());
        assertSnapshotEquals(before, snapshot(out));

        // An edited but unapplied sheet cannot be approved; the reviewed folder can.
        Files.writeString(out.resolve("review.csv"), Files.readString(out.resolve("review.csv")) + "\r\n");
        Cli.Run stale = ltc("approve", out.toString(), "--by", "Ana R.");
        assertEquals(2, stale.code(), stale.out());
        assertTrue(stale.err().contains("review.csv") && stale.err().contains("changed"), stale.err());
        Files.write(out.resolve("review.csv"), before.get("review.csv"));
        Cli.Run approved = ltc("approve", out.toString(), "--by", "Ana R.");
        assertEquals(0, approved.code(), approved.err());
        String approvedPage = Files.readString(out.resolve("index.html"));
        assertTrue(approvedPage.contains("<meta name=\"ltc-status\" content=\"approved\">"));
        assertTrue(approvedPage.contains("approved by <strong>Ana R.</strong>"));
        assertFalse(approvedPage.contains("not yet reviewed"));
        CommunityReport signed = JSON.read(out.resolve("report.json"), CommunityReport.class);
        assertEquals("Ana R.", signed.approval().orElseThrow().by());
        assertTrue(signed.approval().orElseThrow().parameters().containsKey("at"));
        assertEquals(2, ltc("approve", tmp.resolve("nothing-here").toString(), "--by", "X").code());

        Path artifacts = Files.createDirectories(Path.of("target", "run-test"));
        Files.copy(out.resolve("index.html"), artifacts.resolve("index.html"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String dom = HeadlessChromium.dumpDom(artifacts.resolve("index.html"));
        assertTrue(dom.contains("Schools, city and county"), "the renamed theme is on the page");
        HeadlessChromium.screenshot(artifacts.resolve("index.html"), artifacts.resolve("bowling-green-1280.png"), 1280,
                2000);
        HeadlessChromium.screenshot(artifacts.resolve("index.html"), artifacts.resolve("bowling-green-390.png"), 390,
                2000);
        org.ltc.examples.report.HtmlReportInBrowserTest.auditAll(artifacts.resolve("index.html"), "Bowling Green");
    }

    private static Map<String, byte[]> snapshot(Path dir) throws Exception {
        Map<String, byte[]> m = new HashMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                m.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return m;
    }

    private static void assertSnapshotEquals(Map<String, byte[]> a, Map<String, byte[]> b) {
        assertEquals(a.keySet(), b.keySet());
        a.forEach((k, v) -> assertTrue(java.util.Arrays.equals(v, b.get(k)), k + " changed"));
        assertNotEquals(0, a.size());
    }
}
