package org.ltc.theming;

import java.util.List;
import org.ltc.model.plugin.Plugin;

/**
 * The theme-naming extension point: gives each theme of a set a short name a community can read as the
 * topic, not as one resident's statement. Every themer names its themes through a labeller
 * ({@link ThemeLabellers#relabel}), so a host can plug in another (a language model, a curated list) without
 * touching any themer.
 *
 * <p>A name is a short noun phrase: not blank, at most {@link ThemeLabellers#MAX_WORDS} words and
 * {@link ThemeLabellers#MAX_CHARS} characters; {@link ThemeLabellers} rejects any other with an error that
 * names the labeller. Register an implementation in {@code META-INF/services/org.ltc.theming.ThemeLabeller}
 * and, in a named module, with {@code provides org.ltc.theming.ThemeLabeller with ...}; choose it with the
 * option {@code ltc.labeller.id}. It must be immutable and thread-safe, give the same names for the same
 * request, and should pass the contract test in this module's test jar ({@code ThemeLabellerContract}).
 */
public interface ThemeLabeller extends Plugin {
    /**
     * One name per theme of the request, in the request's order.
     *
     * @throws org.ltc.model.InvalidOptionsException for an unknown {@code ltc.labeller.<id>.} option
     */
    List<String> label(LabellingRequest request);

    /**
     * Whether a name this labeller gives says that a theme has no topic of its own ("Other comments"): its notes
     * share nothing that could name them. A themer with two levels dissolves a top-level theme named so, since a
     * parent whose sub-themes share nothing is no theme, and lets its sub-themes stand at the top level. The
     * default, for a labeller that always names a topic, is {@code false}.
     */
    default boolean plain(String name) {
        return false;
    }
}
