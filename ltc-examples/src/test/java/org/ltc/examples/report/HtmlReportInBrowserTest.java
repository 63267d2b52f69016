package org.ltc.examples.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.ltc.model.testdata.Slow;

@Slow
class HtmlReportInBrowserTest {
    @Test
    void aPersonOpeningTheReportFromDiskSeesThemesStageAndPlan() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "report-test"));
        Path page = dir.resolve("index.html");
        Files.writeString(page, new HtmlReport().render(ReportFixtures.report()));
        String dom = HeadlessChromium.dumpDom(page);
        assertTrue(dom.contains("Somewhere safe for teens after school"), "a theme");
        assertTrue(dom.contains("Most likely stage: <strong>Impasse</strong>"), "the stage");
        assertTrue(dom.contains("Teen nights at the Eastside branch"), "the plan");
        assertTrue(dom.contains("<svg"), "charts survive parsing");
        HeadlessChromium.screenshot(page, dir.resolve("report.png"), 1100, 2400);
    }
}
