package org.ltc.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
        for (String heading : new String[] {"The community story", "Who we heard from", "Every theme, by category",
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

    @Test
    void theOutlineIsOneTitleAPartOrSectionPerH2AndNoSkippedLevel() {
        Matcher m = Pattern.compile("<h([1-6])[^>]*>(.*?)</h\\1>", Pattern.DOTALL).matcher(html);
        java.util.List<String> h2 = new java.util.ArrayList<>();
        int h1 = 0;
        int previous = 0;
        while (m.find()) {
            int level = Integer.parseInt(m.group(1));
            assertTrue(level <= previous + 1, "h" + previous + " then h" + level + " at " + m.group(2));
            assertTrue(previous > 0 || level == 1, "the page opens with its title");
            previous = level;
            h1 += level == 1 ? 1 : 0;
            if (level == 2) {
                h2.add(m.group(2).replaceAll("<[^>]+>", ""));
            }
        }
        assertEquals(1, h1, "one h1");
        String title = html.replaceAll("(?s).*<h1>(.*?)</h1>.*", "$1").replaceAll("<[^>]+>", "");
        assertFalse(h2.contains(title), "the title is not one of the page's parts: " + title);
        assertEquals(java.util.List.of("What we heard", HtmlReport.APPENDIX_TITLE, "The community story",
                "Who we heard from", "Every theme, by category", "Who wrote or agreed with what",
                "Where opinion groups agree and divide", "Who was missing", "Where the community stands",
                "What we will do", "How this report was made"), h2, "each part and section under its own heading");
        assertEquals(h2.size(), new java.util.HashSet<>(h2).size(), "no heading repeated: " + h2);
        // the contents list names each section of the appendix with its heading's own words
        for (String heading : h2.subList(2, h2.size())) {
            assertTrue(html.contains("\">" + heading + "</a></li>"), "contents entry for " + heading);
        }
    }

    @Test
    void aQuoteIsMarkedWithItsLanguage() {
        assertTrue(html.contains("<blockquote lang=\"es\"><p><bdi>El alquiler sube cada año y los sueldos no.</bdi>"),
                "a Spanish quote is read as Spanish");
        assertTrue(html.contains("<blockquote lang=\"en\"><p><bdi>My rent went up"), "an English one as English");
        assertTrue(html.contains("<blockquote><p><bdi>A town where kids"), "a quote of unknown language, unmarked");
        assertEquals("", Html.lang("en\" onmouseover=\"x"), "a tag edited by hand cannot leave the attribute");
    }

    @Test
    void theDaysTheConversationsWereHeldAreOnThePage() {
        assertTrue(html.contains("<p>Conversations held March 3\u201317, 2026.</p>"), "in who we heard from");
        assertTrue(html.contains("in seven conversations held March 3\u201317, 2026, who shared"), "in the first part");
        assertEquals("March 3, 2026", Html.days(java.time.LocalDate.of(2026, 3, 3), java.time.LocalDate.of(2026, 3, 3)));
        assertEquals("March 28 \u2013 April 2, 2026",
                Html.days(java.time.LocalDate.of(2026, 3, 28), java.time.LocalDate.of(2026, 4, 2)));
        assertEquals("December 30, 2025 \u2013 January 4, 2026",
                Html.days(java.time.LocalDate.of(2025, 12, 30), java.time.LocalDate.of(2026, 1, 4)));
    }

    @Test
    void theFirstPartListsTopLevelThemesNotTheirSubThemesAgain() {
        org.ltc.model.report.CommunityReport r = ReportFixtures.report();
        org.ltc.model.knowledge.PublicKnowledge pk = r.knowledge();
        org.ltc.model.knowledge.Theme t1 = pk.themes().get(0);
        // a sub-theme holding all of its parent's notes and people, and its dividing statement
        org.ltc.model.knowledge.Theme sub = new org.ltc.model.knowledge.Theme("t1-1", "Late opening for teens",
                t1.category(), List.of(), t1.evidence(), List.of(), t1.breadth(), 0, List.of(), null, false,
                List.of(), t1.dividing(), "t1");
        List<org.ltc.model.knowledge.Theme> themes = new java.util.ArrayList<>(pk.themes());
        themes.add(sub);
        org.ltc.model.knowledge.PublicKnowledge two = new org.ltc.model.knowledge.PublicKnowledge(pk.community(),
                pk.engagement(), themes, pk.sections(), pk.unassigned(), pk.gaps(), pk.story(), pk.provenance(),
                pk.opinionGroups());
        String page = new HtmlReport().render(new org.ltc.model.report.CommunityReport(r.title(), two, r.framework(),
                r.assessment(), r.plan(), r.disclosureThreshold(), r.attributions()));
        String first = page.substring(page.indexOf("id=\"summary\""), page.indexOf("class=\"appendix\""));
        assertTrue(first.contains("Somewhere safe for teens after school"), "the top-level theme");
        assertFalse(first.contains("Late opening for teens"), "its sub-theme is not listed again");
    }

    @Test
    void aThemeNamedPlainlyIsNotListedAsSomethingThatCameUp() {
        org.ltc.model.report.CommunityReport r = ReportFixtures.report();
        org.ltc.model.knowledge.PublicKnowledge pk = r.knowledge();
        org.ltc.model.knowledge.Theme t1 = pk.themes().get(0);
        // the widest theme, but its notes share no topic: the labeller named it plainly
        org.ltc.model.knowledge.Theme other = new org.ltc.model.knowledge.Theme("t9", "Other comments",
                t1.category(), List.of(), t1.evidence(), List.of(), new org.ltc.model.knowledge.Breadth(
                        t1.breadth().conversations(), t1.breadth().participants() * 3, t1.breadth().segments(),
                        t1.breadth().bySegment(), null, null, null),
                0, List.of(), null, false, List.of(), List.of(), null);
        List<org.ltc.model.knowledge.Theme> themes = new java.util.ArrayList<>(pk.themes());
        themes.add(other);
        org.ltc.model.knowledge.PublicKnowledge withOther = new org.ltc.model.knowledge.PublicKnowledge(
                pk.community(), pk.engagement(), themes, pk.sections(), pk.unassigned(), pk.gaps(), pk.story(),
                pk.provenance(), pk.opinionGroups());
        String page = new HtmlReport().render(new org.ltc.model.report.CommunityReport(r.title(), withOther,
                r.framework(), r.assessment(), r.plan(), r.disclosureThreshold(), r.attributions()));
        String first = page.substring(page.indexOf("<ol class=\"top\">"), page.indexOf("</ol>",
                page.indexOf("<ol class=\"top\">")));
        assertTrue(first.contains("Somewhere safe for teens after school"), first);
        assertFalse(first.contains("Other comments"), first);
    }
}
