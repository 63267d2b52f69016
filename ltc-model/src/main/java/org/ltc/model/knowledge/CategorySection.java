package org.ltc.model.knowledge;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.ltc.model.Checks;

/**
 * The themes of one category, in report order.
 *
 * @param category the category
 * @param themeIds the ids of its themes (themes live once, in {@link PublicKnowledge#themes()})
 */
public record CategorySection(@NotNull ThemeCategory category, @NotNull @Valid List<String> themeIds) {
    public CategorySection {
        Checks.notNull("category", category);
        themeIds = Checks.strings("themeIds", themeIds);
    }
}
