package org.ltc.examples.report;

import org.ltc.model.knowledge.CommunityStory;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.report.CommunityReport;

/** The community story, drafted from the widest themes for the people who were there to rewrite. */
final class StorySection implements Section {
    @Override
    public String id() {
        return "story";
    }

    @Override
    public String title() {
        return "The community story";
    }

    @Override
    public boolean shows(CommunityReport report) {
        return report.knowledge().story() != null;
    }

    @Override
    public void render(StringBuilder b, CommunityReport report) {
        story(b, report.knowledge());
    }

    private void story(StringBuilder b, PublicKnowledge pk) {
        if (pk.story() == null) {
            return;
        }
        boolean blanks = pk.story().text().contains(CommunityStory.BLANK);
        open(b);
        b.append("<blockquote class=\"story\"><p>")
                .append(Html.user(pk.story().text())).append("</p></blockquote>\n")
                .append("<p class=\"note\">A draft from the widest aspiration, concern and change themes, named by "
                        + "theme, for the people who were there to rewrite in their own words. It never says \u201cwe "
                        + "want\u201d of a theme opinion groups divide on, and says so when a concern or change it names "
                        + "divides them.");
        if (blanks) {
            b.append(" A blank (___) is left where what we heard does not support a sentence: the team fills it in "
                    + "the room.");
        }
        b.append("</p>\n</section>\n");
    }
}
