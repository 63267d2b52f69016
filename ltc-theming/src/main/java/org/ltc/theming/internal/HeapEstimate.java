package org.ltc.theming.internal;

import java.util.List;
import java.util.Locale;
import org.ltc.model.conversation.Note;
import org.ltc.theming.ThemingRequest;

/**
 * How much heap a built-in themer needs for a run, estimated from the number of notes and their text before the
 * work starts, and checked against the request's {@link org.ltc.model.plugin.HeapBudget}: a run that cannot fit
 * stops at once with an {@link org.ltc.model.InsufficientHeapException} naming {@code -Xmx} and the heap it needs,
 * not with an {@link OutOfMemoryError} minutes later.
 *
 * <p>The estimate is the conversation set itself (per note and per character of text), the labeller's phrase
 * cache, plus what the themer holds per note (term vectors, token ids, embedding vectors). The figures per note are calibrated on the peak
 * heap measured after garbage collection in the scale run of {@code ltc-examples/bench/scale.sh} (1,000,000
 * generated notes of about 120 characters, see the README's memory table), rounded up; they are an estimate,
 * within about a fifth of the measured peak, so the check refuses only runs that clearly cannot fit.
 */
public final class HeapEstimate {
    /** A note record, its ids and lists, and its place in the set's indexes. */
    static final long NOTE_BYTES = 420;
    /**
     * Naming the themes, whatever the themer: the key-phrase labeller's tables over every note (id to note, each
     * note's opening clause, the words of short notes) and the phrases of the notes it samples.
     */
    static final long LABEL_BYTES = 300;
    /** Text as read and as redacted (compact strings: about a byte a character each). */
    static final long CHAR_BYTES = 2;
    /** The libraries' and the themer's fixed tables (stop words, the codebook, analysers). */
    static final long FIXED_BYTES = 32L << 20;

    private HeapEstimate() {
    }

    /**
     * Checks that {@code perNote} bytes of the themer's own per note, with the notes themselves, fit the
     * request's heap budget.
     *
     * @throws org.ltc.model.InsufficientHeapException when they do not
     */
    public static void require(ThemingRequest request, String themer, List<Note> notes, long perNote) {
        long chars = 0;
        for (Note n : notes) {
            chars += n.text() == null ? 0 : n.text().length();
        }
        long need = bytes(notes.size(), chars, perNote);
        request.context().heap().require(String.format(Locale.ROOT, "the %s themer on %,d notes", themer,
                notes.size()), need);
    }

    /** The estimate: fixed cost, the notes, their text, naming and the themer's bytes per note. */
    public static long bytes(long notes, long chars, long perNote) {
        return FIXED_BYTES + notes * (NOTE_BYTES + LABEL_BYTES + perNote) + chars * CHAR_BYTES;
    }
}
