package org.ltc.calibration;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.plugin.Cancellation;
import org.ltc.model.plugin.ProgressListener;
import org.ltc.model.stage.IndicatorRating;
import org.ltc.model.stage.PublicCapitalRating;
import org.ltc.model.stage.StageFramework;

/**
 * What a calibrator judges from. Everything but the framework is optional: a calibrator uses what it
 * understands and says in its reasons what it used.
 *
 * @param framework      the stage framework to place the community in
 * @param ratings        indicator ratings, from one or more raters and interviews
 * @param publicCapital  public-capital ratings
 * @param knowledge      public knowledge (themes with evidence), or {@code null}
 * @param conversations  the notes themselves, or {@code null}
 * @param indicators     numeric community indicators by name (e.g. {@code volunteerRate}), sorted
 * @param options        option properties, e.g. {@code ltc.calibration.rubric.rounding=FLOOR}
 * @param seed           the random seed
 * @param progress       hears progress
 * @param cancellation   stops a long run
 * @param clock          the time recorded in provenance
 */
public record CalibrationInput(StageFramework framework, List<IndicatorRating> ratings,
                               List<PublicCapitalRating> publicCapital, PublicKnowledge knowledge,
                               ConversationSet conversations, Map<String, Double> indicators,
                               Map<String, String> options, long seed, ProgressListener progress,
                               Cancellation cancellation, Clock clock) {
    public CalibrationInput {
        Checks.notNull("framework", framework);
        ratings = Checks.list("ratings", ratings);
        for (int i = 0; i < ratings.size(); i++) {
            IndicatorRating r = ratings.get(i);
            if (framework.dimension(r.dimensionId()).isEmpty()) {
                throw new InvalidInputException(null, "/ratings/" + i, "dimensionId", r.dimensionId(),
                        "names no dimension of framework " + framework.id());
            }
            if (!framework.scale().contains(r.score())) {
                throw new InvalidInputException(null, "/ratings/" + i, "score", String.valueOf(r.score()),
                        "is outside the framework's scale " + framework.scale().min() + ".." + framework.scale().max());
            }
        }
        publicCapital = Checks.list("publicCapital", publicCapital);
        indicators = Checks.sortedMap("indicators", indicators);
        indicators.forEach((k, v) -> Checks.finite("indicators." + k, v));
        options = Checks.sortedMap("options", options);
        progress = progress == null ? ProgressListener.none() : progress;
        cancellation = cancellation == null ? Cancellation.never() : cancellation;
        clock = clock == null ? Clock.systemUTC() : clock;
    }

    /** Input with only a framework and ratings. */
    public static CalibrationInput of(StageFramework framework, List<IndicatorRating> ratings, long seed) {
        return new CalibrationInput(framework, ratings, List.of(), null, null, Map.of(), Map.of(), seed, null, null,
                null);
    }
}
