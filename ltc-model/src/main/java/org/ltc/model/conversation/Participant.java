package org.ltc.model.conversation;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import org.ltc.model.Checks;

/**
 * A resident who took part, known by a pseudonymous id. No name is kept unless consent allows it.
 *
 * @param id           pseudonymous identifier (never a name or e-mail address)
 * @param segments     segment tags, e.g. {@code neighbourhood=East End}, {@code ageBand=25-34}; sorted by key
 * @param opinionGroup the opinion group a vote-based tool (Polis) placed this person in, or {@code null}
 * @param displayName  a name, only when the person consented to be named, else {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Participant(@NotBlank String id, Map<String, String> segments, String opinionGroup,
                          String displayName) {
    public Participant {
        Checks.id("id", id);
        segments = Checks.sortedMap("segments", segments);
        opinionGroup = Checks.optional(opinionGroup);
        displayName = Checks.optional(displayName);
    }

    public static Participant of(String id) {
        return new Participant(id, Map.of(), null, null);
    }
}
