package org.ltc.model.conversation;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.ltc.model.Checks;

/**
 * The questions that guide a conversation, in order, with where their wording comes from.
 *
 * @param id        stable identifier
 * @param title     a title
 * @param source    where the wording comes from (for attribution and licensing), or {@code null}
 * @param questions the questions in the order they are asked
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConversationGuide(@NotBlank String id, @NotBlank String title, String source,
                                @Valid List<Question> questions) {
    public ConversationGuide {
        Checks.id("id", id);
        Checks.notBlank("title", title);
        source = Checks.optional(source);
        questions = Checks.list("questions", questions);
        Checks.uniqueIds("questions", questions, Question::id);
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }
}
