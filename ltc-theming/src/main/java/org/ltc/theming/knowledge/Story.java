package org.ltc.theming.knowledge;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ltc.model.knowledge.CommunityStory;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeCategory;

/**
 * The draft community story, "We want a community with ___, but people are concerned about ___. So we need to
 * work on ___.", filled only from aspiration, concern and change themes, widest first: each theme at most once,
 * named by its name (never a quote), and never a theme on which opinion groups divide, which is not one view.
 * Where what was heard does not support a part, the part stays a blank for the team to fill in the room.
 */
final class Story {
    private Story() {
    }

    /** The story from themes in report order (widest first within a category), or {@code null} without themes. */
    static CommunityStory draft(List<Theme> themes) {
        if (themes.isEmpty()) {
            return null;
        }
        Set<String> used = new HashSet<>();
        String aspiration = name(pick(themes, used, ThemeCategory.ASPIRATIONS));
        String challenge = name(pick(themes, used, ThemeCategory.CONCERNS));
        String need = name(pick(themes, used, ThemeCategory.CHANGES));
        String text = "We want a community with " + or(aspiration) + ", but people are concerned about "
                + or(challenge) + ". So we need to work on " + or(need) + ".";
        return new CommunityStory(aspiration, challenge, need, text);
    }

    private static Theme pick(List<Theme> themes, Set<String> used, ThemeCategory category) {
        for (Theme t : themes) {
            if (t.category().equals(category) && !t.divides() && used.add(t.id())) {
                return t;
            }
        }
        return null;
    }

    private static String name(Theme t) {
        if (t == null) {
            return null;
        }
        String s = t.label();
        // "Roads and traffic" reads as "roads and traffic" mid-sentence; an acronym ("LGBTQ") stays as written.
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }

    private static String or(String part) {
        return part == null ? CommunityStory.BLANK : part;
    }
}
