package org.ltc.theming;

import java.util.Map;
import java.util.List;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.knowledge.Theme;

/**
 * What a {@link ThemeLabeller} is asked to name.
 *
 * @param conversations the notes the themes were made from
 * @param themes        the themes to name (their evidence and key terms; their current label is the
 *                      themer's draft and may be ignored)
 * @param parents       for a sub-theme, the id of its parent theme (which is among {@code themes}); a
 *                      sub-theme's name must differ from its parent's
 * @param options       option properties; a labeller reads those under {@code ltc.labeller.<id>.}
 * @param embeddings    vectors per note, or {@code null}
 * @param codebook      the codes the themer coded with (a codebook, seen through {@link Codes}), or {@code null}
 *                      for the labeller's default
 * @param threads       how many threads the labeller may use (at least 1); the names must not depend on it
 */
public record LabellingRequest(ConversationSet conversations, List<Theme> themes, Map<String, String> parents,
                               Map<String, String> options, NoteEmbeddings embeddings, Codes codebook,
                               int threads) {
    public LabellingRequest {
        Checks.notNull("conversations", conversations);
        if (threads < 1) {
            throw new org.ltc.model.InvalidOptionsException("ltc.threads", threads, "must be at least 1");
        }
        themes = Checks.list("themes", themes);
        parents = Checks.sortedMap("parents", parents);
        options = Checks.sortedMap("options", options);
        java.util.Set<String> ids = new java.util.HashSet<>();
        themes.forEach(t -> ids.add(t.id()));
        parents.forEach((child, parent) -> {
            if (!ids.contains(child) || !ids.contains(parent) || child.equals(parent)) {
                throw InvalidInputException.field("parents." + child, parent,
                        "must map a theme of the request to another theme of the request");
            }
        });
    }

    /**
     * The codes of a codebook as a labeller sees them: their labels and a note's match to each. An interface
     * here, so that this API package does not depend on the codebook package (which implements it with
     * {@code CodebookMatcher} and itself depends on this package's {@link Themer}). Implementations are
     * immutable and thread-safe.
     */
    public interface Codes {
        /** Each code's label, in codebook order. */
        List<String> labels();

        /**
         * A text's score for each code, in the order of {@link #labels()}; above 0 when the text matches the code.
         *
         * @param language the text's BCP 47 tag, or {@code null}
         */
        int[] scores(String text, String language);
    }

    /** A request on one thread. */
    public LabellingRequest(ConversationSet conversations, List<Theme> themes, Map<String, String> parents,
                            Map<String, String> options, NoteEmbeddings embeddings, Codes codebook) {
        this(conversations, themes, parents, options, embeddings, codebook, 1);
    }

    /** This request on {@code threads} threads. */
    public LabellingRequest withThreads(int threads) {
        return new LabellingRequest(conversations, themes, parents, options, embeddings, codebook, threads);
    }

    /** A request for these themes with no sub-themes, no embeddings and the labeller's own codebook. */
    public static LabellingRequest of(ConversationSet conversations, List<Theme> themes) {
        return new LabellingRequest(conversations, themes, Map.of(), Map.of(), null, null);
    }
}
