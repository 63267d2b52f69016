package org.ltc.theming;

import java.time.Clock;
import java.util.Map;
import org.ltc.model.Checks;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.plugin.Cancellation;
import org.ltc.model.plugin.ProgressListener;
import org.ltc.model.privacy.Redactor;

/**
 * What a themer is asked to theme, and how.
 *
 * @param conversations the notes to theme (with their conversations, participants and votes); a set that is
 *                      not redacted by its own record ({@link Redactor#isRedacted}) is redacted here with the
 *                      {@code ltc.privacy.*} options and recorded, unless {@code ltc.privacy.publicText=true}
 * @param options       option properties, e.g. {@code ltc.theming.kmeans.k=12}, overriding the themer's own
 * @param seed          the random seed; the same request and seed give the same result
 * @param threads       how many threads the themer may use (at least 1); the result must not depend on it
 * @param embeddings    vectors a host supplies per note, or {@code null}
 * @param progress      hears progress on long runs
 * @param cancellation  stops the run when fired
 * @param clock         the time recorded in provenance (injected so runs can be reproduced byte for byte)
 */
public record ThemingRequest(ConversationSet conversations, Map<String, String> options, long seed, int threads,
                             NoteEmbeddings embeddings, ProgressListener progress, Cancellation cancellation,
                             Clock clock) {
    public ThemingRequest {
        Checks.notNull("conversations", conversations);
        options = Checks.sortedMap("options", options);
        // Redaction once, decided by the set's own record: a set not (or no longer) redacted is redacted here with
        // the ltc.privacy.* options and recorded, unless the host declares it public text (ltc.privacy.publicText).
        conversations = Redactor.ensureRedacted(conversations, options);
        if (threads < 1) {
            throw new InvalidOptionsException("ltc.theming.threads", threads, "must be at least 1");
        }
        progress = progress == null ? ProgressListener.none() : progress;
        cancellation = cancellation == null ? Cancellation.never() : cancellation;
        clock = clock == null ? Clock.systemUTC() : clock;
    }

    /** A request with no extra options, one thread, no embeddings, no progress and no cancellation. */
    public static ThemingRequest of(ConversationSet conversations, long seed) {
        return new ThemingRequest(conversations, Map.of(), seed, 1, null, null, null, null);
    }

    public ThemingRequest withOptions(Map<String, String> newOptions) {
        return new ThemingRequest(conversations, newOptions, seed, threads, embeddings, progress, cancellation, clock);
    }

    public ThemingRequest withThreads(int newThreads) {
        return new ThemingRequest(conversations, options, seed, newThreads, embeddings, progress, cancellation, clock);
    }

    public ThemingRequest withSeed(long newSeed) {
        return new ThemingRequest(conversations, options, newSeed, threads, embeddings, progress, cancellation, clock);
    }

    public ThemingRequest withEmbeddings(NoteEmbeddings newEmbeddings) {
        return new ThemingRequest(conversations, options, seed, threads, newEmbeddings, progress, cancellation, clock);
    }

    public ThemingRequest withProgress(ProgressListener newProgress) {
        return new ThemingRequest(conversations, options, seed, threads, embeddings, newProgress, cancellation, clock);
    }

    public ThemingRequest withCancellation(Cancellation newCancellation) {
        return new ThemingRequest(conversations, options, seed, threads, embeddings, progress, newCancellation, clock);
    }

    public ThemingRequest withClock(Clock newClock) {
        return new ThemingRequest(conversations, options, seed, threads, embeddings, progress, cancellation, newClock);
    }
}
