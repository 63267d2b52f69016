package org.ltc.theming.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ltc.model.knowledge.NoteRef;
import org.ltc.model.knowledge.Quote;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.privacy.Redactor;
import org.ltc.theming.text.TextAnalyzer;

/**
 * The representative quotes of a theme in public knowledge: among its quotable notes (see {@link Index}), the
 * most representative first (the themer's evidence weight), a note another theme already quotes after the
 * others so themes show different voices, then the most supported, then those that fit without cutting, then
 * the themer's order. Near-duplicates (the same words, whatever the case and punctuation) and redacted-empty
 * notes are skipped.
 *
 * <p>Stateless and thread-safe; the {@code quoted} set it is given is the caller's.
 */
final class Quotes {
    private Quotes() {
    }

    /**
     * Up to {@code perTheme} quotes for a theme, at most {@code maxChars} characters each; the notes quoted are
     * added to {@code quoted}, which the caller shares across themes.
     */
    static List<Quote> pick(Theme theme, Index ix, Set<String> quoted, int perTheme, int maxChars) {
        List<NoteRef> candidates = new ArrayList<>();
        for (NoteRef ref : theme.evidence()) {
            if (ix.quotable(ix.notes.get(ref.noteId()))) {
                candidates.add(ref);
            }
        }
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < theme.evidence().size(); i++) {
            order.put(theme.evidence().get(i).noteId(), i);
        }
        candidates.sort(Comparator.comparingDouble((NoteRef r) -> -r.weight())
                .thenComparing(r -> quoted.contains(r.noteId()))
                .thenComparingInt(r -> -ix.support(ix.notes.get(r.noteId())))
                .thenComparingInt(r -> ix.notes.get(r.noteId()).text().length() > maxChars ? 1 : 0)
                .thenComparingInt(r -> order.get(r.noteId())));
        List<Quote> quotes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NoteRef ref : candidates) {
            if (quotes.size() >= perTheme) {
                break;
            }
            String text = cut(ix.notes.get(ref.noteId()).text().strip(), maxChars);
            if (text.length() < 3 || text.equals(Redactor.EMPTY_TEXT)
                    || !seen.add(text.toLowerCase(Locale.ROOT).replaceAll("\\W+", " ").strip())) {
                continue;
            }
            quotes.add(new Quote(ref.noteId(), text, TextAnalyzer.languageOf(ix.notes.get(ref.noteId()))));
            quoted.add(ref.noteId());
        }
        return quotes;
    }

    /** The text on one line, cut at a word before {@code max} characters with an ellipsis when longer. */
    static String cut(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ");
        if (oneLine.length() <= max) {
            return oneLine;
        }
        int at = oneLine.lastIndexOf(' ', max - 1);
        return (at > max / 2 ? oneLine.substring(0, at) : oneLine.substring(0, max - 1)).strip() + "\u2026";
    }
}
