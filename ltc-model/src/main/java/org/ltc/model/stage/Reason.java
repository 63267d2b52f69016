package org.ltc.model.stage;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.ltc.model.Checks;

/**
 * A reason behind an assessment, citing its evidence.
 *
 * @param text     the reason in words
 * @param stageId  the stage it points to, or {@code null} when it speaks to no one stage
 * @param weight   how much it moved the assessment (a log-odds contribution, a rating, a count), 0 when not measured
 * @param evidence ids of the notes, themes, ratings or indicators it rests on
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Reason(@NotBlank String text, String stageId, double weight, List<String> evidence) {
    public Reason {
        Checks.notBlank("text", text);
        stageId = Checks.optionalId("stageId", stageId);
        Checks.finite("weight", weight);
        evidence = Checks.strings("evidence", evidence);
    }
}
