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
 * The draft community story, "When people described the community they want, they talked about ___, but they are
 * concerned about ___. So we need to work on ___.", filled only from aspiration, concern and change themes, each
 * theme at most once and named by its name (never a quote).
 *
 * <p>A theme's name is a topic ("rents and kids", "traffic flow"), not a position: each slot is written so that any
 * topic reads as English in it ("talked about", "concerned about", "work on"), and never as a claim the name does
 * not make ("we want a community with rents" would). Top-level themes fill the slots before any sub-theme (the
 * story is about what most people raised, not the widest small theme that happens not to divide), and no two slots
 * name the same thing: a theme whose name shares a word with one already told is passed over.
 *
 * <ul>
 *   <li>What people want is told only of a theme on which opinion groups do not divide: a theme with dividing
 *       statements is not one view.</li>
 *   <li>A concern or a change is what people raised, not a position on it: the widest theme where the groups agree
 *       on at least as many statements as they divide on comes first (breadth before the absence of division: the
 *       widest theme without any division is often a small one), then any; when the story names a theme the groups divide on, it says so in a last sentence, so the draft never
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
        String text = "When people described the community they want, they talked about " + or(name(aspiration))
                + ", but they are concerned about " + or(name(challenge)) + ". So we need to work on " + or(name(need))
                + ".";
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
        // the top level first, through every pass; a sub-theme only when no top-level theme of the category fits
        for (boolean top : new boolean[] {true, false}) {
            for (int pass = 0; pass < (raised ? 2 : 1); pass++) {
                for (Theme t : themes) {
                    if (t.topLevel() != top || !t.category().equals(category) || used.contains(t.id())
                            || used.contains(t.parent()) || PLAIN.plain(t.label()) || repeats(t, themes, used)
                            || themes.stream().anyMatch(c -> t.id().equals(c.parent()) && used.contains(c.id()))) {
                        continue;
                    }
                    // what people raised: first the widest the groups agree on at least as often as they divide
                    // on (a theme with no division among them), then any; what people want: never a division
                    boolean fits = !raised ? !t.divides()
                            : pass == 0 ? t.commonGround().size() >= t.dividing().size() : true;
                    if (fits) {
                        used.add(t.id());
                        return t;
                    }
                }
            }
        }
        return null;
    }

    private static final KeyPhraseLabeller PLAIN = new KeyPhraseLabeller();
    private static final Set<String> FUNCTION_WORDS = Set.of("and", "or", "of", "the", "a", "an", "for", "in", "on",
            "to", "with", "at", "by", "y", "de");

    /** Whether a theme's name shares a word with the name of a theme the story already tells. */
    private static boolean repeats(Theme t, List<Theme> themes, Set<String> used) {
        Set<String> mine = contentWords(t.label());
        for (Theme other : themes) {
            if (used.contains(other.id()) && contentWords(other.label()).stream().anyMatch(mine::contains)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> contentWords(String name) {
        Set<String> out = new HashSet<>();
        for (String w : name.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !FUNCTION_WORDS.contains(w)) {
                // a plural counts with its singular ("kids", "kid")
                out.add(w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w);
            }
        }
        return out;
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
