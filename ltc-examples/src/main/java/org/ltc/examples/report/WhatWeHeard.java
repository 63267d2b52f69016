package org.ltc.examples.report;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.ltc.model.action.Action;
import org.ltc.model.action.ActionPlan;
import org.ltc.model.knowledge.GroupVote;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.report.CommunityReport;

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
    /** Groups divide on a theme when their agree rates lie this far apart (a third of the scale). */
    private static final double DIVIDE_GAP = 0.3;
    /** Common ground: every group's agree rates multiplied (Polis group-informed consensus) at or above this. */
    private static final double AGREE = 0.5;
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
                .append(count(pk.engagement().conversations(), "conversation")).append(", who shared ")
                .append(count(pk.engagement().notes(), "note")).append(".</p>\n");
        if (pk.story() != null) {
            b.append("<blockquote class=\"story\"><p>").append(Html.user(pk.story().text())).append("</p></blockquote>\n");
        }
        List<Theme> top = pk.themes().stream()
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
        List<Theme> agree = pk.themes().stream().filter(t -> t.consensus() != null && t.consensus() >= AGREE)
                .sorted(Comparator.comparing(Theme::consensus).reversed().thenComparing(Theme::id)).limit(SIDE).toList();
        List<Theme> divide = pk.themes().stream().filter(t -> gap(t) >= DIVIDE_GAP)
                .sorted(Comparator.comparingDouble((Theme t) -> -gap(t)).thenComparing(Theme::id)).limit(SIDE).toList();
        if (!agree.isEmpty() || !divide.isEmpty()) {
            b.append("<h3>Where people agree, and where they divide</h3>\n<ul class=\"stance\">");
            for (Theme t : agree) {
                b.append("<li class=\"agree\"><span class=\"mark\" aria-hidden=\"true\">\u2713</span> <strong>Agree:</strong> ")
                        .append(Html.user(t.label())).append(" \u2014 every opinion group mostly agreed</li>");
            }
            for (Theme t : divide) {
                b.append("<li class=\"divide\"><span class=\"mark\" aria-hidden=\"true\">\u21c4</span> <strong>Divide:</strong> ")
                        .append(Html.user(t.label())).append(" \u2014 opinion groups disagree with each other here</li>");
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
                b.append(", through ").append(Html.user(String.join("; ", sb.channels())));
            }
            b.append(". ");
        }
        b.append("Come to the next conversation, or tell any library staff member what you think: this report is a "
                + "start, and it changes with what you tell us.</p>\n</section>\n");
    }

    /** How far apart the opinion groups' agree rates are (0 without two groups). */
    static double gap(Theme t) {
        if (t.groupVotes().size() < 2) {
            return 0;
        }
        double min = t.groupVotes().stream().mapToDouble(GroupVote::agreeRate).min().orElse(0);
        double max = t.groupVotes().stream().mapToDouble(GroupVote::agreeRate).max().orElse(0);
        return max - min;
    }

    /** People in words: "fewer than 5 people" below the threshold, small numbers spelled out, else "1,144 people". */
    static String people(int n, int k) {
        if (n > 0 && n < k) {
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
