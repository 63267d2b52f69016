package org.ltc.model.knowledge;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.ltc.model.Checks;
import org.ltc.model.provenance.Provenance;

/**
 * The themes a themer found in a set of notes, the notes it could not place, and how it was made.
 * Unassigned notes are reported, never hidden.
 *
 * @param conversationSetId the conversation set that was themed
 * @param themes            the themes, largest first unless a person reordered them; a sub-theme's
 *                          {@link Theme#parent()} names a top-level theme of this set
 * @param unassigned        ids of notes that fit no theme
 * @param provenance        how the themes were made
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ThemeSet(String conversationSetId, @NotNull @Valid List<Theme> themes, @NotNull List<String> unassigned,
                       @NotNull @Valid Provenance provenance) {
    public ThemeSet {
        conversationSetId = Checks.optionalId("conversationSetId", conversationSetId);
        themes = Checks.list("themes", themes);
        Checks.uniqueIds("themes", themes, Theme::id);
        java.util.Set<String> top = new java.util.HashSet<>();
        for (Theme t : themes) {
            if (t.parent() == null) {
                top.add(t.id());
            }
        }
        for (int i = 0; i < themes.size(); i++) {
            String parent = themes.get(i).parent();
            if (parent != null && !top.contains(parent)) {
                throw org.ltc.model.InvalidInputException.field("themes/" + i + "/parent", parent,
                        "must name a top-level theme of this set");
            }
        }
        unassigned = Checks.strings("unassigned", unassigned);
        Checks.notNull("provenance", provenance);
    }

    /** The top-level themes (those with no parent), in order. */
    public List<Theme> topLevel() {
        return themes.stream().filter(t -> t.parent() == null).toList();
    }

    /**
     * The finest themes: the sub-themes, and the top-level themes that have none. For a themer with one level,
     * every theme. Each note is in at most one of them.
     */
    public List<Theme> finest() {
        java.util.Set<String> parents = new java.util.HashSet<>();
        themes.forEach(t -> {
            if (t.parent() != null) {
                parents.add(t.parent());
            }
        });
        return themes.stream().filter(t -> !parents.contains(t.id())).toList();
    }

    /** The sub-themes of a top-level theme, in order. */
    public List<Theme> subThemes(String themeId) {
        return themes.stream().filter(t -> themeId.equals(t.parent())).toList();
    }

    /** The same themes with this provenance (e.g. with the run's phase times added). */
    public ThemeSet withProvenance(Provenance newProvenance) {
        return new ThemeSet(conversationSetId, themes, unassigned, newProvenance);
    }

    public Optional<Theme> theme(String themeId) {
        return themes.stream().filter(t -> t.id().equals(themeId)).findFirst();
    }
}
