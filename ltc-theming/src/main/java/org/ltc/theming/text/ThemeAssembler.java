package org.ltc.theming.text;

import java.util.ArrayList;
import java.util.List;
import org.ltc.model.conversation.Note;
import org.ltc.model.knowledge.NoteRef;
import org.ltc.model.knowledge.Quote;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeCategory;
import org.ltc.theming.ThemeLabellers;

/**
 * Makes a theme of a group of notes, as every built-in themer presents one: each note is evidence weighted by how
 * strongly it belongs (a cosine similarity to the centre, a topic's share of the note; rounded to four places, at
 * least 1e-4), the first notes with text are its quotes, and its provisional name is in residents' words
 * ({@link ThemeLabels}), else its first key terms, until the request's theme labeller names it
 * ({@link ThemeLabellers#relabel}). A plug-in themer may use it too. Stateless and thread-safe.
 */
public final class ThemeAssembler {
    /** A quote is cut at this many characters, with an ellipsis. */
    public static final int QUOTE_CHARS = 300;

    private ThemeAssembler() {
    }

    /**
     * @param id         the theme's id
     * @param members    the theme's notes, nearest the centre first
     * @param similarity how strongly each member belongs, in [0, 1]
     * @param keyTerms   the theme's key terms, heaviest first
     * @param quotes     how many of the nearest notes to quote
     * @param untitled   the name of a theme with no words to name it ("Theme 3")
     */
    public static Theme assemble(String id, List<Note> members, double[] similarity, List<String> keyTerms,
                                 int quotes, String untitled) {
        List<NoteRef> evidence = new ArrayList<>(members.size());
        List<Quote> quoted = new ArrayList<>();
        for (int j = 0; j < members.size(); j++) {
            Note note = members.get(j);
            double w = Math.round(Math.min(1, Math.max(1e-4, similarity[j])) * 1e4) / 1e4;
            evidence.add(new NoteRef(note.id(), Math.max(w, 1e-4)));
            if (quoted.size() < quotes && note.text() != null && !note.text().isBlank()) {
                String text = note.text().strip();
                if (text.length() > QUOTE_CHARS) {
                    text = text.substring(0, QUOTE_CHARS - 1).strip() + "…";
                }
                quoted.add(new Quote(note.id(), text));
            }
        }
        String label = ThemeLabels.inResidentsWords(quoted.stream().map(Quote::text).toList(),
                keyTerms.isEmpty() ? untitled
                        : String.join(", ", keyTerms.subList(0, Math.min(3, keyTerms.size()))));
        return Theme.of(id, label, ThemeCategory.UNCATEGORISED, keyTerms, evidence)
                .withMeasures(quoted, null, 0, List.of(), null);
    }
}
