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

    /** The same input with other option properties (e.g. {@code ltc.calibration.rubric.resamples=500}). */
    public CalibrationInput withOptions(Map<String, String> newOptions) {
        return new CalibrationInput(framework, ratings, publicCapital, knowledge, conversations, indicators, newOptions,
                seed, progress, cancellation, clock);
    }

    /** The same input with another seed. */
    public CalibrationInput withSeed(long newSeed) {
        return new CalibrationInput(framework, ratings, publicCapital, knowledge, conversations, indicators, options,
                newSeed, progress, cancellation, clock);
    }

    /** The same input with another clock (the time recorded in provenance). */
    public CalibrationInput withClock(Clock newClock) {
        return new CalibrationInput(framework, ratings, publicCapital, knowledge, conversations, indicators, options,
                seed, progress, cancellation, newClock);
    }

    /** The same input with another progress listener. */
    public CalibrationInput withProgress(ProgressListener newProgress) {
        return new CalibrationInput(framework, ratings, publicCapital, knowledge, conversations, indicators, options,
                seed, newProgress, cancellation, clock);
    }

    /** The same input with another cancellation signal. */
    public CalibrationInput withCancellation(Cancellation newCancellation) {
        return new CalibrationInput(framework, ratings, publicCapital, knowledge, conversations, indicators, options,
                seed, progress, newCancellation, clock);
    }

    /** The same input with other numeric indicators. */
    public CalibrationInput withIndicators(Map<String, Double> newIndicators) {
        return new CalibrationInput(framework, ratings, publicCapital, knowledge, conversations, newIndicators, options,
                seed, progress, cancellation, clock);
    }

    /** The same input with other indicator ratings (checked against the framework). */
    public CalibrationInput withRatings(List<IndicatorRating> newRatings) {
        return new CalibrationInput(framework, newRatings, publicCapital, knowledge, conversations, indicators, options,
                seed, progress, cancellation, clock);
    }

    /** The same input with other public-capital ratings. */
    public CalibrationInput withPublicCapital(List<PublicCapitalRating> newPublicCapital) {
        return new CalibrationInput(framework, ratings, newPublicCapital, knowledge, conversations, indicators, options,
                seed, progress, cancellation, clock);
    }

    /** The same input with other public knowledge. */
    public CalibrationInput withKnowledge(PublicKnowledge newKnowledge) {
        return new CalibrationInput(framework, ratings, publicCapital, newKnowledge, conversations, indicators, options,
                seed, progress, cancellation, clock);
    }

    /** The same input with other notes. */
    public CalibrationInput withConversations(ConversationSet newConversations) {
        return new CalibrationInput(framework, ratings, publicCapital, knowledge, newConversations, indicators, options,
                seed, progress, cancellation, clock);
    }

    /** Input with only a framework and notes (what the {@code signals} calibrator reads). */
    public static CalibrationInput of(StageFramework framework, ConversationSet conversations, long seed) {
        return new CalibrationInput(framework, List.of(), List.of(), null, conversations, Map.of(), Map.of(), seed, null,
                null, null);
    }

    /** Input with only a framework and ratings. */
    public static CalibrationInput of(StageFramework framework, List<IndicatorRating> ratings, long seed) {
        return new CalibrationInput(framework, ratings, List.of(), null, null, Map.of(), Map.of(), seed, null, null,
                null);
    }
}
