package org.ltc.model.stage;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.ltc.model.Checks;

/**
 * A score given on one dimension by one rater, for one interview or conversation.
 *
 * @param dimensionId the dimension scored
 * @param score       the score, on the framework's scale
 * @param raterId     who scored it, or {@code null}; {@code "consensus"} marks an agreed score
 * @param interviewId the interview or conversation scored, or {@code null} for an overall judgement
 * @param evidence    ids of notes, themes or documents behind the score
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record IndicatorRating(@NotBlank String dimensionId, double score, String raterId, String interviewId,
                              List<String> evidence) {
    public IndicatorRating {
        Checks.id("dimensionId", dimensionId);
        Checks.finite("score", score);
        raterId = Checks.optionalId("raterId", raterId);
        interviewId = Checks.optionalId("interviewId", interviewId);
        evidence = Checks.strings("evidence", evidence);
    }
}
