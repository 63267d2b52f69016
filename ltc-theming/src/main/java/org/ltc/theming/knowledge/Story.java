package org.ltc.theming.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ltc.model.knowledge.CommunityStory;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeCategory;
import org.ltc.theming.label.KeyPhraseLabeller;

/**
 * The draft community story, "We want a community with ___, but people are concerned about ___. So we need to
 * work on ___.", filled only from aspiration, concern and change themes, widest first, each theme at most once and
 * named by its name (never a quote).
 *
 * <ul>
 *   <li>"We want" is said only of a theme on which opinion groups do not divide: a theme with dividing statements
 *       is not one view.</li>
 *   <li>A concern or a change is what people raised, not a position on it: the widest theme on which the groups do
 *       not divide comes first, then one where they agree on at least as many statements as they divide on, then
 *       any; when the story names a theme the groups divide on, it says so in a last sentence, so the draft never
 *       reads as one view where there are two.</li>
 * </ul>
 * Where what was heard does not support a part, the part stays a blank for the team to fill in the room.
 */
final class Story {
    private Story() {
    }

    /**
     * The story from themes in report order (widest first within a category; top-level themes before sub-themes), or
     * {@code null} without themes. A sub-theme tells a part only when no top-level theme of its category fits, and
     * never beside its own parent; a theme with a plain name (its notes share no topic) tells none.
     */
    static CommunityStory draft(List<Theme> themes) {
        if (themes.isEmpty()) {
            return null;
        }
        Set<String> used = new HashSet<>();
        Theme aspiration = pick(themes, used, ThemeCategory.ASPIRATIONS, false);
        Theme challenge = pick(themes, used, ThemeCategory.CONCERNS, true);
        Theme need = pick(themes, used, ThemeCategory.CHANGES, true);
        String text = "We want a community with " + or(name(aspiration)) + ", but people are concerned about "
                + or(name(challenge)) + ". So we need to work on " + or(name(need)) + ".";
        List<String> divided = new ArrayList<>();
        for (Theme t : java.util.Arrays.asList(challenge, need)) {
            if (t != null && t.divides()) {
                divided.add(name(t));
            }
        }
        if (!divided.isEmpty()) {
            text += " Opinion groups divide on some statements about " + String.join(", and about ", divided) + ".";
        }
        return new CommunityStory(name(aspiration), name(challenge), name(need), text);
    }

    /**
     * The widest theme of the category not yet told: one the groups do not divide on; when {@code raised}, else one
     * where they agree on at least as many statements as they divide on, else any.
     */
    private static Theme pick(List<Theme> themes, Set<String> used, ThemeCategory category, boolean raised) {
        for (int pass = 0; pass < (raised ? 3 : 1); pass++) {
            for (Theme t : themes) {
                if (!t.category().equals(category) || used.contains(t.id()) || used.contains(t.parent())
                        || KeyPhraseLabeller.PLAIN_NAMES.contains(t.label())
                        || themes.stream().anyMatch(c -> t.id().equals(c.parent()) && used.contains(c.id()))) {
                    continue;
                }
                boolean fits = pass == 0 ? !t.divides()
                        : pass == 1 ? t.commonGround().size() >= t.dividing().size() : true;
                if (fits) {
                    used.add(t.id());
                    return t;
                }
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
