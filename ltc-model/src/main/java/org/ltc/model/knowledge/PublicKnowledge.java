package org.ltc.model.knowledge;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;
import org.ltc.model.community.Community;
import org.ltc.model.provenance.Provenance;

/**
 * What a library learnt from its community, organised the way a public-knowledge report is: who was
 * engaged, the themes by category with their evidence and reach, who was missing, and a draft story.
 *
 * @param community  the community, or {@code null}
 * @param engagement who was engaged
 * @param themes     every theme, with its measures
 * @param sections   the top-level themes grouped by category, categories in report order (a sub-theme is
 *                   in {@code themes} under its {@link Theme#parent()})
 * @param unassigned ids of notes no theme holds
 * @param gaps       segments the listening reached too little
 * @param story      a draft community story, or {@code null} when there is too little to tell one
 * @param provenance how this was assembled
 * @param opinionGroups the opinion groups votes found and, when no common ground or division could be found,
 *                      why; {@code null} when the notes carry no votes and no groups
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublicKnowledge(
        @Valid Community community,
        @NotNull @Valid Engagement engagement,
        @NotNull @Valid List<Theme> themes,
        @NotNull @Valid List<CategorySection> sections,
        @NotNull List<String> unassigned,
        @NotNull @Valid List<Gap> gaps,
        @Valid CommunityStory story,
        @NotNull @Valid Provenance provenance,
        @Valid OpinionGroups opinionGroups) {

    public PublicKnowledge {
        Checks.notNull("engagement", engagement);
        themes = Checks.list("themes", themes);
        Checks.uniqueIds("themes", themes, Theme::id);
        sections = Checks.list("sections", sections);
        unassigned = Checks.strings("unassigned", unassigned);
        gaps = Checks.list("gaps", gaps);
        Checks.notNull("provenance", provenance);
        Set<String> ids = new HashSet<>();
        themes.forEach(t -> ids.add(t.id()));
        for (int s = 0; s < sections.size(); s++) {
            List<String> sectionIds = sections.get(s).themeIds();
            for (int i = 0; i < sectionIds.size(); i++) {
                if (!ids.contains(sectionIds.get(i))) {
                    throw new InvalidInputException(null, "/sections/" + s + "/themeIds/" + i, "themeIds",
                            sectionIds.get(i), "names no theme in /themes");
                }
            }
        }
    }

    /** Public knowledge without opinion groups. */
    public PublicKnowledge(Community community, Engagement engagement, List<Theme> themes,
                           List<CategorySection> sections, List<String> unassigned, List<Gap> gaps,
                           CommunityStory story, Provenance provenance) {
        this(community, engagement, themes, sections, unassigned, gaps, story, provenance, null);
    }

    /** The themes of one category, in section order. */
    public List<Theme> themesIn(ThemeCategory category) {
        return sections.stream().filter(s -> s.category().equals(category)).findFirst()
                .map(s -> s.themeIds().stream().map(id -> themes.stream().filter(t -> t.id().equals(id)).findFirst()
                        .orElseThrow()).toList())
                .orElse(List.of());
    }
}
