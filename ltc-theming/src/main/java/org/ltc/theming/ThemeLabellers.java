package org.ltc.theming;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.plugin.PhaseClock;
import org.ltc.model.plugin.PluginRegistry;
import org.ltc.model.provenance.ProvenanceStep;

/**
 * Finding theme labellers, and naming a themer's themes through one: the single place where every themer's
 * names are made and checked. A name that is blank, longer than {@link #MAX_WORDS} words or
 * {@link #MAX_CHARS} characters is rejected with an {@link InvalidOptionsException} naming the labeller.
 */
public final class ThemeLabellers {
    /** The option that chooses the labeller by id. */
    public static final String PROPERTY = "ltc.labeller.id";
    /** The built-in labeller, used when {@link #PROPERTY} is not set. */
    public static final String DEFAULT_ID = "key-phrases";
    /** The most words a theme name may hold. */
    public static final int MAX_WORDS = 8;
    /** The most characters a theme name may hold. */
    public static final int MAX_CHARS = 80;

    private ThemeLabellers() {
    }

    /** Every labeller on the class loader's path, the built-in among them. */
    public static PluginRegistry<ThemeLabeller> discover(ClassLoader loader) {
        return PluginRegistry.discover(ThemeLabeller.class, loader);
    }

    /** A registry built by hand, with discovery off until asked for. */
    public static PluginRegistry.Builder<ThemeLabeller> builder() {
        return PluginRegistry.builder(ThemeLabeller.class);
    }

    /**
     * The labeller a request's options choose ({@value #PROPERTY}, default {@value #DEFAULT_ID}), found through
     * the thread's context class loader (so a host's plug-in is seen) or else this module's.
     */
    public static ThemeLabeller chosen(Map<String, String> options) {
        String id = options.getOrDefault(PROPERTY, DEFAULT_ID).strip();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        PluginRegistry<ThemeLabeller> registry = discover(context != null ? context
                : ThemeLabeller.class.getClassLoader());
        if (registry.find(id).isEmpty() && context != null) {
            registry = discover(ThemeLabeller.class.getClassLoader());
        }
        if (registry.find(id).isEmpty()) {
            throw new InvalidOptionsException(PROPERTY, id, "names no theme labeller; known: " + registry.ids());
        }
        return registry.get(id);
    }

    /**
     * The names a labeller gives, checked: one per theme, each a non-blank phrase of at most {@link #MAX_WORDS}
     * words and {@link #MAX_CHARS} characters, single spaces.
     *
     * @throws InvalidOptionsException naming the labeller when it breaks that contract
     */
    public static List<String> names(ThemeLabeller labeller, LabellingRequest request) {
        List<String> names = labeller.label(request);
        String who = "theme labeller '" + labeller.id() + "' (" + labeller.getClass().getName() + ")";
        if (names == null || names.size() != request.themes().size()) {
            throw new InvalidOptionsException(PROPERTY, labeller.id(), who + " returned "
                    + (names == null ? "no list" : names.size() + " names") + " for " + request.themes().size()
                    + " themes");
        }
        List<String> out = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            String themeId = request.themes().get(i).id();
            String name = names.get(i) == null ? "" : names.get(i).strip().replaceAll("\\s+", " ");
            if (name.isEmpty()) {
                throw new InvalidOptionsException(PROPERTY, labeller.id(), who + " returned an empty name for theme "
                        + themeId);
            }
            int words = name.split(" ").length;
            if (words > MAX_WORDS || name.length() > MAX_CHARS) {
                throw new InvalidOptionsException(PROPERTY, labeller.id(), who + " returned a name of " + words
                        + " words and " + name.length() + " characters for theme " + themeId + " (at most "
                        + MAX_WORDS + " words and " + MAX_CHARS + " characters): \"" + name + "\"");
            }
            out.add(name);
        }
        return out;
    }

    /**
     * The theme set with every theme named by the labeller the request's options choose, and a
     * {@code label} step in its provenance naming the labeller and its version. Every built-in themer ends
     * with this call; a plug-in themer should too. Naming is timed as the {@link PhaseClock#LABEL} phase, and
     * when the request's {@link PhaseClock} records, the phase times so far go into the provenance.
     *
     * @param codebook the codes the themer coded with (e.g. its {@code CodebookMatcher}), or {@code null}
     * @param parents  sub-theme id to parent id, empty when the themes are flat
     */
    public static ThemeSet relabel(ThemeSet themes, ThemingRequest request, LabellingRequest.Codes codebook,
                                   Map<String, String> parents) {
        PhaseClock phases = request.phases();
        ThemeSet named = phases.time(PhaseClock.LABEL, () -> relabel(themes, chosen(request.options()),
                new LabellingRequest(request.conversations(), themes.themes(), parents, request.options(),
                        request.embeddings(), codebook, request.context().threads())));
        return phases.recording() ? named.withProvenance(named.provenance().withPhaseMillis(phases.millis())) : named;
    }

    /** The theme set named by one labeller for one request (whose themes are the set's). */
    public static ThemeSet relabel(ThemeSet themes, ThemeLabeller labeller, LabellingRequest request) {
        if (!request.themes().equals(themes.themes())) {
            throw org.ltc.model.InvalidInputException.field("request.themes", request.themes().size(),
                    "must be the theme set's themes");
        }
        List<String> names = names(labeller, request);
        List<Theme> named = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            named.add(themes.themes().get(i).withLabel(names.get(i)));
        }
        Map<String, String> params = new TreeMap<>();
        params.put("labeller", labeller.id());
        params.put("version", labeller.version());
        if (request.embeddings() != null) {
            params.put("embeddings", request.embeddings().model());
        }
        return new ThemeSet(themes.conversationSetId(), named, themes.unassigned(),
                themes.provenance().withStep(new ProvenanceStep("label", params, null)));
    }
}
