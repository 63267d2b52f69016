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
import org.ltc.model.plugin.RunContext;
import org.ltc.model.plugin.RunRequest;
import org.ltc.model.stage.IndicatorRating;
import org.ltc.model.stage.PublicCapitalRating;
import org.ltc.model.stage.StageFramework;

/**
 * What a calibrator judges from (the evidence), and how (the {@link RunContext}: seed, options, progress,
 * cancellation, clock), whose parts it reads and replaces through {@link RunRequest}. Everything but the framework is optional: a calibrator uses what it understands and
 * says in its reasons what it used. Build one with {@link #of(StageFramework, RunContext)} and the
 * {@code with*} methods, or a short factory such as {@link #of(StageFramework, ConversationSet, RunContext)}.
 *
 * @param framework      the stage framework to place the community in
 * @param ratings        indicator ratings, from one or more raters and interviews
 * @param publicCapital  public-capital ratings
 * @param knowledge      public knowledge (themes with evidence), or {@code null}
 * @param conversations  the notes themselves, or {@code null}
 * @param indicators     numeric community indicators by name (e.g. {@code volunteerRate}), sorted
 * @param context        how the run goes (options such as {@code ltc.calibration.rubric.rounding=FLOOR})
 */
public record CalibrationInput(StageFramework framework, List<IndicatorRating> ratings,
                               List<PublicCapitalRating> publicCapital, PublicKnowledge knowledge,
                               ConversationSet conversations, Map<String, Double> indicators, RunContext context)
        implements RunRequest<CalibrationInput> {
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
        Checks.notNull("context", context);
    }

    /**
     * The input from its parts one by one (the form before {@link RunContext}; kept so existing callers
     * compile). Prefer {@link #of(StageFramework, RunContext)} and the {@code with*} methods.
     */
    public CalibrationInput(StageFramework framework, List<IndicatorRating> ratings,
                            List<PublicCapitalRating> publicCapital, PublicKnowledge knowledge,
                            ConversationSet conversations, Map<String, Double> indicators,
                            Map<String, String> options, long seed, ProgressListener progress,
                            Cancellation cancellation, Clock clock) {
        this(framework, ratings, publicCapital, knowledge, conversations, indicators,
                new RunContext(seed, options, 1, null, progress, cancellation, clock));
    }

    /** Input with only a framework, run in this context; add evidence with the {@code with*} methods. */
    public static CalibrationInput of(StageFramework framework, RunContext context) {
        return new CalibrationInput(framework, List.of(), List.of(), null, null, Map.of(), context);
    }

    /** Input with a framework and notes (what the {@code signals} calibrator reads). */
    public static CalibrationInput of(StageFramework framework, ConversationSet conversations, RunContext context) {
        return of(framework, context).withConversations(conversations);
    }

    /** Input with a framework and public knowledge (themes with evidence). */
    public static CalibrationInput of(StageFramework framework, PublicKnowledge knowledge, RunContext context) {
        return of(framework, context).withKnowledge(knowledge);
    }

    /** Input with a framework and indicator ratings. */
    public static CalibrationInput of(StageFramework framework, List<IndicatorRating> ratings, RunContext context) {
        return of(framework, context).withRatings(ratings);
    }

    /** Input with only a framework and notes (what the {@code signals} calibrator reads). */
    public static CalibrationInput of(StageFramework framework, ConversationSet conversations, long seed) {
        return of(framework, conversations, RunContext.of(seed));
    }

    /** Input with only a framework and ratings. */
    public static CalibrationInput of(StageFramework framework, List<IndicatorRating> ratings, long seed) {
        return of(framework, ratings, RunContext.of(seed));
    }

    /** The same evidence run in another context. */
    @Override
    public CalibrationInput withContext(RunContext newContext) {
        return new CalibrationInput(framework, ratings, publicCapital, knowledge, conversations, indicators, newContext);
    }

    /** The same input with other numeric indicators. */
    public CalibrationInput withIndicators(Map<String, Double> newIndicators) {
        return new CalibrationInput(framework, ratings, publicCapital, knowledge, conversations, newIndicators, context);
    }

    /** The same input with other indicator ratings (checked against the framework). */
    public CalibrationInput withRatings(List<IndicatorRating> newRatings) {
        return new CalibrationInput(framework, newRatings, publicCapital, knowledge, conversations, indicators, context);
    }

    /** The same input with other public-capital ratings. */
    public CalibrationInput withPublicCapital(List<PublicCapitalRating> newPublicCapital) {
        return new CalibrationInput(framework, ratings, newPublicCapital, knowledge, conversations, indicators, context);
    }

    /** The same input with other public knowledge. */
    public CalibrationInput withKnowledge(PublicKnowledge newKnowledge) {
        return new CalibrationInput(framework, ratings, publicCapital, newKnowledge, conversations, indicators, context);
    }

    /** The same input with other notes. */
    public CalibrationInput withConversations(ConversationSet newConversations) {
        return new CalibrationInput(framework, ratings, publicCapital, knowledge, newConversations, indicators, context);
    }
}
