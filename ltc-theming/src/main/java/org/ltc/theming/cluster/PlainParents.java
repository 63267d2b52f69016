package org.ltc.theming.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.theming.ThemeLabeller;
import org.ltc.theming.ThemeLabellers;
import org.ltc.theming.ThemingRequest;

/**
 * Names a two-level theme set through the request's labeller, and dissolves each top-level theme the labeller can
 * name only plainly ({@link ThemeLabeller#plain}): a parent whose sub-themes share no phrase, nor two of them hold
 * most of its notes, is a remainder of the agglomeration (Ward's criterion merges what is left once every coherent
 * group is taken), not a theme. Its sub-themes stand at the top level in its place; every other parent keeps its
 * sub-themes, so every note stays in at most one finest theme and every parent remains the union of its
 * sub-themes. The set is then named again, so a promoted theme is named against the top level. Deterministic:
 * the labeller's names decide, and they are the same for the same request.
 *
 * <p>Not API. Stateless; thread-safe.
 */
final class PlainParents {
    /** Run facts in the themer's provenance: which parents were dissolved. */
    static final String DISSOLVED = "ltc.theming.semantic-run.dissolvedParents";

    private PlainParents() {
    }

    /**
     * The themes named by the request's labeller, with every plainly named parent dissolved.
     *
     * @param themes  the themes, top-level themes each followed by its sub-themes, not yet named
     * @param parents sub-theme id to parent id
     */
    static ThemeSet named(ThemeSet themes, ThemingRequest request, Map<String, String> parents) {
        ThemeLabeller labeller = ThemeLabellers.chosen(request.options());
        Map<String, String> tree = new TreeMap<>(parents);
        Set<String> dissolved = new TreeSet<>();
        ThemeSet named = ThemeLabellers.relabel(themes, request, null, tree);
        // each round dissolves at least one parent, so this ends; names may shift once the levels change
        while (true) {
            Set<String> plain = new TreeSet<>();
            for (Theme t : named.themes()) {
                if (t.parent() == null && tree.containsValue(t.id()) && labeller.plain(t.label())) {
                    plain.add(t.id());
                }
            }
            if (plain.isEmpty()) {
                return named;
            }
            dissolved.addAll(plain);
            tree.values().removeIf(plain::contains);
            themes = dissolve(themes, plain, dissolved);
            named = ThemeLabellers.relabel(themes, request, null, tree);
        }
    }

    /** The themes without the given parents, their sub-themes top-level in their place. */
    static ThemeSet dissolve(ThemeSet themes, Set<String> parents, Set<String> allDissolved) {
        List<Theme> out = new ArrayList<>();
        for (Theme t : themes.themes()) {
            if (parents.contains(t.id())) {
                continue;
            }
            out.add(t.parent() != null && parents.contains(t.parent()) ? t.withParent(null) : t);
        }
        return new ThemeSet(themes.conversationSetId(), out, themes.unassigned(),
                themes.provenance().withOption(DISSOLVED, String.join(",", allDissolved)));
    }
}
