package org.ltc.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
    private final String html = new HtmlReport().render(ReportFixtures.report());

    @Test
    void isSelfContainedAndNeedsNoScriptOrNetwork() {
        assertFalse(html.contains("<script"), "no JavaScript");
        assertFalse(Pattern.compile("(src|href)=\"https?:").matcher(html).find(), "no external resources");
        assertFalse(html.contains("<link"), "no external style sheets");
        assertTrue(html.startsWith("<!DOCTYPE html>"));
    }

    @Test
    void showsStoryThemesStageAndPlanUnderOrderedHeadings() {
        for (String heading : new String[] {"The community story", "Who we heard from", "What we heard",
                "Who wrote or agreed with what", "Where opinion groups agree and divide", "Who was missing",
                "Where the community stands", "What we will do", "How this report was made"}) {
            assertTrue(html.contains("<h2>" + heading + "</h2>"), heading);
        }
        Matcher m = Pattern.compile("<h([1-6])").matcher(html);
        int previous = 0;
        while (m.find()) {
            int level = Integer.parseInt(m.group(1));
            assertTrue(level <= previous + 1, "heading levels never skip: h" + previous + " then h" + level);
            previous = level;
        }
        assertTrue(html.contains("Most likely stage: <strong>Impasse</strong> (55% confidence)"));
        assertTrue(html.contains("Teen nights at the Eastside branch"));
    }

    @Test
    void everyChartIsInlineSvgWithATextAlternative() {
        Matcher svg = Pattern.compile("<svg[^>]*>").matcher(html);
        int charts = 0;
        while (svg.find()) {
            String tag = svg.group();
            assertTrue(tag.contains("role=\"img\""), tag);
            assertTrue(tag.contains("aria-labelledby") || tag.contains("aria-label="), tag);
            charts++;
        }
        // themes bar chart, segment heat grid, the stage chart, 2 progress bars (division is a table, side by side)
        assertEquals(5, charts);
    }

    @Test
    void aDividingThemeIsNeverOneViewAndItsStatementsStandSideBySide() {
        assertTrue(html.contains("<strong>Not one view:</strong> opinion groups divide on 1 of its statements"), html);
        assertTrue(html.contains("Where opinion groups divide: each group's agree rate, side by side"));
        assertTrue(html.contains("21% <span class=\"ev\">of 31 voters</span>"), "each group's rate and voters");
        assertTrue(html.contains("group <bdi>0</bdi> (40 people), group <bdi>1</bdi> (25 people)"),
                "group sizes next to group votes");
        assertFalse(html.contains("1 people") || html.contains("1 notes"), "plurals");
        assertTrue(html.contains("<strong>Theme names:</strong>") || html.contains("<strong>Curation:</strong>"),
                "the recipe in words");
    }

    @Test
    void residentsWordsAreEscapedNotInterpreted() {
        assertTrue(html.contains("after school &lt;b&gt;now&lt;/b&gt;."));
        assertFalse(html.contains("<b>now</b>"));
    }

    @Test
    void suppressedSegmentsAreExplainedNotShown() {
        assertTrue(html.contains(" with fewer than 5 participants (or whose figure would reveal one) "), html);
        assertTrue(html.contains("not shown, to protect the people in"), html);
        assertTrue(html.contains("Fixture data written for tests."), "attribution in the footer");
    }
}
