package org.ltc.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltc.examples.pipeline.PipelineOptions;
import org.ltc.examples.report.HeadlessChromium;
import org.ltc.model.io.DocumentKind;
import org.ltc.model.io.LtcJson;
import org.ltc.model.report.CommunityReport;
import org.ltc.examples.cli.Cli;

class DemoTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T12:00:00Z"), ZoneOffset.UTC);
    /** The personal data the sample plants on purpose; none of it may reach any written file. */
    private static final List<String> PLANTED = List.of("dana.whitfield@example.org", "201-3344", "214 Elm Street",
            "Tom Becker");

    @Test
    void theDemoCommandWritesAReportAPersonCanRead(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("ltc-report");
        Cli.Run r = Cli.run("demo", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("What we heard"), r.out());
        Path html = out.resolve("index.html");
        Path json = out.resolve("report.json");
        assertTrue(Files.size(html) > 10_000);
        CommunityReport report = (CommunityReport) LtcJson.defaults().read(json, DocumentKind.COMMUNITY_REPORT);
        assertTrue(report.knowledge().themes().size() >= 4, "themes");
        assertTrue(report.assessment() != null && report.plan() != null, "a stage and a plan");
        assertFalse(report.plan().actions().isEmpty(), "the plan holds actions");
        List<Path> files;
        try (var listing = Files.list(out)) {
            files = listing.toList();
        }
        assertEquals(9, files.size(), "every document, the page, the share-back and the review sheet: " + files);
        for (Path written : files) {
            String text = Files.readString(written);
            for (String planted : PLANTED) {
                assertFalse(text.contains(planted), written.getFileName() + " leaks " + planted);
            }
        }
        // What a person sees in a browser opened on the file: themes, the stage and the plan.
        String dom = HeadlessChromium.dumpDom(html);
        String stage = report.framework().stage(report.assessment().mostLikely()).orElseThrow().name();
        assertTrue(dom.contains(stage), "the stage is shown");
        assertTrue(dom.contains(report.knowledge().themes().get(0).label()), "a theme is shown");
        assertTrue(dom.contains(report.plan().actions().get(0).title()), "the plan is shown");
        Path shots = Files.createDirectories(Path.of("target", "demo-test"));
        HeadlessChromium.screenshot(html, shots.resolve("demo-report.png"), 1100, 2600);
        HeadlessChromium.screenshot(html, shots.resolve("demo-report-1280.png"), 1280, 2600);
        HeadlessChromium.screenshot(html, shots.resolve("demo-report-390.png"), 390, 2600);
        org.ltc.examples.report.HtmlReportInBrowserTest.auditAll(html, "Millbrook");
    }

    @Test
    void theSameSeedGivesTheSameReport(@TempDir Path dir) throws Exception {
        PipelineOptions options = PipelineOptions.builder().clock(CLOCK).seed(3).threads(1).build();
        new Demo(options).run(dir.resolve("a"), null);
        new Demo(PipelineOptions.builder().clock(CLOCK).seed(3).threads(2).build()).run(dir.resolve("b"), null);
        assertEquals(Files.readString(dir.resolve("a/report.json")), Files.readString(dir.resolve("b/report.json")));
    }
}
