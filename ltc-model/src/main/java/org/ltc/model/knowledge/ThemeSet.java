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
 * @param themes            the themes, largest first unless a person reordered them
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
        unassigned = Checks.strings("unassigned", unassigned);
        Checks.notNull("provenance", provenance);
    }

    public Optional<Theme> theme(String themeId) {
        return themes.stream().filter(t -> t.id().equals(themeId)).findFirst();
    }
}
