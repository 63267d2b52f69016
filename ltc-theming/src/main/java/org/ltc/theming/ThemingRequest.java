package org.ltc.theming;

import java.time.Clock;
import java.util.Map;
import org.ltc.model.Checks;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.plugin.Cancellation;
import org.ltc.model.plugin.PhaseClock;
import org.ltc.model.plugin.ProgressListener;
import org.ltc.model.plugin.RunContext;
import org.ltc.model.plugin.RunRequest;
import org.ltc.model.privacy.Redactor;
import org.ltc.model.provenance.Provenance;

/**
 * What a themer is asked to theme (the evidence), and how (the {@link RunContext}: seed, options, threads or a
 * host executor, progress, cancellation, clock), whose parts it reads and replaces through {@link RunRequest}.
 *
 * @param conversations the notes to theme (with their conversations, participants and votes); a set that is
 *                      not redacted by its own record ({@link Redactor#isRedacted}) is redacted here with the
 *                      {@code ltc.privacy.*} options and recorded, unless {@code ltc.privacy.publicText=true}
 * @param embeddings    vectors a host supplies per note, or {@code null}
 * @param context       how the run goes
 */
public record ThemingRequest(ConversationSet conversations, NoteEmbeddings embeddings, RunContext context)
        implements RunRequest<ThemingRequest> {
    public ThemingRequest {
        Checks.notNull("conversations", conversations);
        Checks.notNull("context", context);
        // Redaction once, decided by the set's own record: a set not (or no longer) redacted is redacted here with the
        // ltc.privacy.* options and recorded, unless the host declares it public text (ltc.privacy.publicText).
        conversations = Redactor.ensureRedacted(conversations, context.options());
    }

    /**
     * The request from its parts one by one (the form before {@link RunContext}; kept so existing callers
     * compile).
     */
    public ThemingRequest(ConversationSet conversations, Map<String, String> options, long seed, int threads,
                          NoteEmbeddings embeddings, ProgressListener progress, Cancellation cancellation,
                          Clock clock) {
        this(conversations, embeddings, new RunContext(seed, options, threads, null, progress, cancellation, clock));
    }

    /** A request with no extra options, one thread, no embeddings, no progress and no cancellation. */
    public static ThemingRequest of(ConversationSet conversations, long seed) {
        return new ThemingRequest(conversations, null, RunContext.of(seed));
    }

    /** A request for these notes run in this context. */
    public static ThemingRequest of(ConversationSet conversations, RunContext context) {
        return new ThemingRequest(conversations, null, context);
    }

    /** The same notes and embeddings run in another context. */
    @Override
    public ThemingRequest withContext(RunContext newContext) {
        return new ThemingRequest(conversations, embeddings, newContext);
    }

    /**
     * The canonical digest of the notes ({@link Provenance#digest}), the {@code inputSha256} of the result's
     * provenance, timed as the {@link PhaseClock#DIGEST} phase.
     */
    public String inputSha256() {
        return context.phases().time(PhaseClock.DIGEST, () -> Provenance.digest(conversations));
    }

    /** Where the run's time goes: themers mark their phases on it (see {@link PhaseClock}). */
    public PhaseClock phases() {
        return context.phases();
    }

    public ThemingRequest withEmbeddings(NoteEmbeddings newEmbeddings) {
        return new ThemingRequest(conversations, newEmbeddings, context);
    }
}
