package org.ltc.model.action;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.ltc.model.Checks;
import org.ltc.model.stage.PublicCapitalRating;

/**
 * What a library can do: its spaces, programmes, staff skills and the partners it already has, with the team's
 * ratings of the community's public capital. It is the third input of action planning, beside public
 * knowledge and a stage assessment. A top-level document ({@code library-capacities}).
 *
 * @param library       the library's name
 * @param capacities    what it can bring, ids unique
 * @param publicCapital the team's ratings of the public-capital factors (abundant, in pockets, lacking);
 *                      may be empty when the team has not rated them
 * @param sources       where the list came from (an inventory, a staff survey), or empty
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record LibraryCapacities(@NotBlank String library, @Valid List<Capacity> capacities,
                                @Valid List<PublicCapitalRating> publicCapital, List<String> sources) {
    public LibraryCapacities {
        Checks.notBlank("library", library);
        capacities = Checks.list("capacities", capacities);
        Checks.uniqueIds("capacities", capacities, Capacity::id);
        publicCapital = Checks.list("publicCapital", publicCapital);
        Checks.uniqueIds("publicCapital", publicCapital, PublicCapitalRating::factorId);
        sources = Checks.strings("sources", sources);
    }

    public Optional<Capacity> capacity(String id) {
        return capacities.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The capacities of one kind, in list order. */
    public List<Capacity> ofKind(CapacityKind kind) {
        return capacities.stream().filter(c -> c.kind() == kind).toList();
    }
}
