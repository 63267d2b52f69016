package org.ltc.model.action;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;

/**
 * One thing the library can bring to an action: a space, a programme, a staff skill or a partner it already has.
 * Tags say what it is good for in the words an action-pattern catalogue uses (e.g. {@code meeting-room},
 * {@code facilitation}, {@code youth}), so a planner can match what the library can do to what an action needs.
 *
 * @param id          stable identifier, cited by actions that draw on it
 * @param kind        space, programme, staff skill or partner
 * @param name        its name, e.g. {@code "Community room, Main branch"}
 * @param description more about it, or {@code null}
 * @param tags        what it is good for: lower-case words and hyphens, sorted and unique
 * @param layer       for a partner, the layer of civic life it works in, or {@code null}
 * @param leaderType  for a partner, the kind of leader it is, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Capacity(@NotBlank String id, @NotNull CapacityKind kind, @NotBlank String name, String description,
                       List<String> tags, CivicLayer layer, LeaderType leaderType) {
    public Capacity {
        Checks.id("id", id);
        Checks.notNull("kind", kind);
        Checks.notBlank("name", name);
        description = Checks.optional(description);
        List<String> checked = Checks.strings("tags", tags);
        for (int i = 0; i < checked.size(); i++) {
            if (!checked.get(i).matches("[a-z0-9][a-z0-9-]{0,63}")) {
                throw InvalidInputException.field("tags[" + i + "]", checked.get(i),
                        "must be lower-case letters, digits and hyphens");
            }
        }
        tags = checked.stream().distinct().sorted().toList();
        if (kind != CapacityKind.PARTNER && (layer != null || leaderType != null)) {
            throw InvalidInputException.field(layer != null ? "layer" : "leaderType",
                    layer != null ? layer : leaderType, "is only for a capacity of kind PARTNER, not " + kind);
        }
    }

    /** A capacity with a name and tags only. */
    public static Capacity of(String id, CapacityKind kind, String name, String... tags) {
        return new Capacity(id, kind, name, null, List.of(tags), null, null);
    }

    /** Whether it offers the tag, or is of the kind the tag names ({@code space}, {@code staff-skill}...). */
    public boolean offers(String tag) {
        return tags.contains(tag) || kind.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(tag);
    }
}
