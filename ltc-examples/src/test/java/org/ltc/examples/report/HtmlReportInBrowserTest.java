package org.ltc.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.ltc.model.testdata.Slow;

@Slow
public class HtmlReportInBrowserTest {
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

    @Test
    void theReportPassesAxeAndFitsAPhoneWithoutSidewaysScrolling() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "report-test"));
        Path page = dir.resolve("audited.html");
        Files.writeString(page, new HtmlReport().render(ReportFixtures.report()));
        for (int width : new int[] {1280, 390}) {
            HeadlessChromium.Audit a = HeadlessChromium.audit(page, width);
            assertEquals("", a.serious(), "axe-core at " + width + " px found:\n" + a.violations());
            assertTrue(a.scrollWidth() <= width, "the page is " + a.scrollWidth() + " px wide at " + width + " px");
            HeadlessChromium.screenshot(page, dir.resolve("report-" + width + ".png"), width, 2400);
        }
        String html = Files.readString(page);
        assertTrue(html.contains("<h2 id=\"summary-h\">What we heard</h2>"), "the summary comes first");
        assertTrue(html.indexOf("id=\"summary\"") < html.indexOf("class=\"appendix\""), "then the appendix");
    }

    /** Every page a report can show passes the same audit: the Millbrook demo's. */
    public static void auditAll(Path page, String name) throws Exception {
        for (int width : new int[] {1280, 390}) {
            HeadlessChromium.Audit a = HeadlessChromium.audit(page, width);
            assertEquals("", a.serious(), name + ": axe-core at " + width + " px found:\n" + a.violations());
            assertTrue(a.scrollWidth() <= width, name + " is " + a.scrollWidth() + " px wide at " + width + " px");
        }
    }
}
