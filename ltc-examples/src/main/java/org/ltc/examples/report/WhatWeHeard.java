package org.ltc.examples.report;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.ltc.model.action.Action;
import org.ltc.model.action.ActionPlan;
import org.ltc.model.knowledge.StatementVote;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.privacy.DisclosurePolicy;
import org.ltc.model.report.CommunityReport;
import org.ltc.theming.label.KeyPhraseLabeller;

/**
 * The first part of the report, for residents and a board: what we heard, in a page or two that print on their
 * own — the story, the widest themes with their counts in words, where people agree and where they divide (said in
 * words and marked with a sign, never by colour alone), what the library will do next and how to take part. The
 * team's details follow it as an appendix.
 */
final class WhatWeHeard {
    /** How many themes, and how many agree/divide items, the summary names: a page, not a catalogue. */
    private static final int TOP = 5;
    private static final int SIDE = 3;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
    private static final String[] SMALL = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten"};

    private WhatWeHeard() {
    }

    static void render(StringBuilder b, CommunityReport report) {
        PublicKnowledge pk = report.knowledge();
        int k = report.disclosureThreshold();
        b.append("<section id=\"summary\" class=\"summary\" aria-labelledby=\"summary-h\">\n")
                .append("<h2 id=\"summary-h\">What we heard</h2>\n");
        b.append("<p class=\"lead\">We heard from ").append(people(pk.engagement().participants(), k)).append(" in ")
                .append(count(pk.engagement().conversations(), "conversation"));
        if (pk.engagement().firstDay() != null) {
            b.append(" held ").append(Html.days(pk.engagement().firstDay(), pk.engagement().lastDay()));
        }
        b.append(", who shared ")
                .append(count(pk.engagement().notes(), "note")).append(".</p>\n");
        if (pk.story() != null) {
            b.append("<blockquote class=\"story\"><p>").append(Html.user(pk.story().text())).append("</p></blockquote>\n");
        }
        // Top-level themes only: a top-level theme holds its sub-themes' notes (and their dividing statements), so
        // listing both would count the same people twice.
        // A theme named plainly ("Other comments") holds notes that share no topic: it is not something that came up.
        List<Theme> top = pk.themes().stream().filter(Theme::topLevel)
                .filter(t -> !KeyPhraseLabeller.PLAIN_NAMES.contains(t.label()))
                .sorted(Comparator.comparingInt((Theme t) -> -t.breadth().participants()).thenComparing(Theme::id))
                .limit(TOP).toList();
        if (!top.isEmpty()) {
            b.append("<h3>What came up most</h3>\n<ol class=\"top\">");
            for (Theme t : top) {
                b.append("<li><strong>").append(Html.user(t.label())).append("</strong> \u2014 ")
                        .append(count(t.frequency(), "note")).append(", ")
                        .append(people(t.breadth().participants(), k)).append("</li>");
            }
            b.append("</ol>\n");
        }
        // Statement by statement, as public knowledge judged them: a theme is common ground when every opinion
        // group agreed with its statements, and divides when the groups' agree rates lie far apart on one.
        List<Theme> agree = pk.themes().stream().filter(Theme::topLevel)
                .filter(t -> !t.commonGround().isEmpty() && t.dividing().isEmpty())
                .sorted(Comparator.comparingDouble((Theme t) -> -t.commonGround().get(0).consensus())
                        .thenComparing(Theme::id)).limit(SIDE).toList();
        List<Theme> divide = pk.themes().stream().filter(Theme::topLevel).filter(t -> !t.dividing().isEmpty())
                .sorted(Comparator.comparingDouble((Theme t) -> -t.dividing().get(0).spread()).thenComparing(Theme::id))
                .limit(SIDE).toList();
        if (!agree.isEmpty() || !divide.isEmpty()) {
            b.append("<h3>Where people agree, and where they divide</h3>\n<ul class=\"stance\">");
            for (Theme t : agree) {
                b.append("<li class=\"agree\"><span class=\"mark\" aria-hidden=\"true\">\u2713</span> <strong>Agree:</strong> ")
                        .append(Html.user(t.label())).append(" \u2014 every opinion group agreed");
                statement(b, t.commonGround().get(0));
                b.append("</li>");
            }
            for (Theme t : divide) {
                b.append("<li class=\"divide\"><span class=\"mark\" aria-hidden=\"true\">\u21c4</span> <strong>Divide:</strong> ")
                        .append(Html.user(t.label())).append(" \u2014 opinion groups see it differently");
                statement(b, t.dividing().get(0));
                b.append("</li>");
            }
            b.append("</ul>\n");
        }
        ActionPlan plan = report.plan();
        b.append("<h3>What the library will do next</h3>\n");
        if (plan == null || plan.actions().isEmpty()) {
            b.append("<p>The library team is choosing what to do next with partners, starting from what we heard.</p>\n");
        } else {
            b.append("<p>To work toward <strong>").append(Html.user(plan.aspiration())).append("</strong>:</p>\n<ul>");
            for (Action a : plan.actions()) {
                b.append("<li>").append(Html.user(a.title()));
                if (a.due() != null) {
                    b.append(" (by ").append(MONTH.format(a.due())).append(")");
                }
                b.append("</li>");
            }
            b.append("</ul>\n");
        }
        b.append("<h3>How to take part</h3>\n<p>");
        if (plan != null && plan.shareBack() != null) {
            var sb = plan.shareBack();
            b.append("We will share back what we do");
            if (sb.next() != null) {
                b.append(", first on ").append(MONTH.format(sb.next()));
            }
            if (!sb.channels().isEmpty()) {
                b.append(", through ").append(Html.user(sb.channelsInSentence()));
            }
            b.append(". ");
        }
        b.append("Come to the next conversation, or tell any library staff member what you think: this report is a "
                + "start, and it changes with what you tell us.</p>\n</section>\n");
    }

    /** One statement in residents' words, when its conversation's consent allows quoting it. */
    private static void statement(StringBuilder b, StatementVote v) {
        if (v.text() != null) {
            b.append(", for example: <q").append(Html.lang(v.language())).append(">").append(Html.user(v.text()))
                    .append("</q>");
        }
    }

    /** People in words: "fewer than 5 people" below the threshold, small numbers spelled out, else "1,144 people". */
    static String people(int n, int k) {
        if (DisclosurePolicy.of(k).suppress(n)) {
            return "fewer than " + k + " people";
        }
        return count(n, n == 1 ? "person" : "people").replace("persons", "people");
    }

    static String count(int n, String noun) {
        String number = n <= 10 ? SMALL[n] : String.format(Locale.US, "%,d", n);
        String word = n == 1 || noun.equals("people") ? noun : noun + "s";
        return number + " " + word;
    }
}
