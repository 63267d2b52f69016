package org.ltc.model.conversation;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import org.ltc.model.Checks;
import org.ltc.model.knowledge.ThemeCategory;

/**
 * A question of a conversation guide.
 *
 * @param id       stable identifier, e.g. {@code "q1"}
 * @param text     the question as asked
 * @param category the public-knowledge category its answers usually feed, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Question(@NotBlank String id, @NotBlank String text, ThemeCategory category) {
    public Question {
        Checks.id("id", id);
        Checks.notBlank("text", text);
    }
}
