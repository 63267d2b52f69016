package org.ltc.theming.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.ltc.model.conversation.Note;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeCategory;
import org.ltc.theming.codebook.Code;

/**
 * A theme's public-knowledge category, from the conversation before any codebook: a category a person set by
 * curation stands; a theme made mostly of statements about the participants themselves ("I have lived here
 * 20 years") or about the conversation is neither an aspiration nor a concern (uncategorised); otherwise the
 * category of the guide question most of its notes answered (the question's own, or the one its wording asks
 * for); the codebook (the themer's category, else the code most of its notes match) decides only when the
 * notes carry no categorised question, or when the guide has a single question (a Polis prompt): every note
 * answered it, so it cannot tell themes apart, and the category of the codes most of a theme's notes match
 * decides, the question's category where no category holds most of them.
 */
final class Categories {
    /** Statements about the writer or the conversation (package-private: the fast path's test reads it). */
    static final Pattern ABOUT_ME = Pattern.compile(
            "^(i|we)\\s*(am|'m|are|'re)\\s+(a|an|over|under|retired|married|single|\\d+|from|not from|originally"
                    + "|currently|employed|unemployed|self-employed|male|female|parents?|homeowners?|renters?"
                    + "|students?|veterans?|college|high school|in my|in our)\\b"
                    + "|^(i|we)\\s*(have|'ve)\\s+(lived|been living|been here|kids|children|a child|a kid|\\d+)\\b"
                    + "|^(i|we)\\s+(live|lived|work|grew up|was born|were born|moved|own|rent|commute|attend|"
                    + "attended|identify)\\b"
                    + "|^(this|the)\\s+(survey|poll|conversation|platform|website|site|questions?|statements?)\\b");

    private Categories() {
    }

    static ThemeCategory of(Theme theme, List<Note> notes, Index ix, Set<String> curated) {
        if (curated.contains(theme.id()) || notes.isEmpty()) {
            return theme.category();
        }
        long aboutUs = notes.stream().filter(n -> aboutParticipants(n.text())).count();
        if (aboutUs * 2 > notes.size()) {
            return ThemeCategory.UNCATEGORISED;
        }
        Map<String, Integer> byQuestion = new TreeMap<>();
        notes.stream().map(Note::questionId).filter(Objects::nonNull).forEach(q -> byQuestion.merge(q, 1, Integer::sum));
        String question = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : byQuestion.entrySet()) {
            if (e.getValue() > most) {
                question = e.getKey();
                most = e.getValue();
            }
        }
        ThemeCategory fromQuestion = question == null ? null : ix.questionCategories.get(question);
        if (fromQuestion != null && ix.set.guide() != null && ix.set.guide().questions().size() == 1) {
            // One question (a Polis prompt) frames every note, so it does not tell themes apart: the codebook
            // decides where codes of one category match most of the theme's notes, the question elsewhere.
            ThemeCategory coded = coded(notes, ix, true);
            return coded != null ? coded : fromQuestion;
        }
        if (fromQuestion != null) {
            return fromQuestion;
        }
        if (!theme.category().equals(ThemeCategory.UNCATEGORISED)) {
            return theme.category();
        }
        ThemeCategory coded = coded(notes, ix, false);
        return coded != null ? coded : ThemeCategory.UNCATEGORISED;
    }

    /**
     * The category of the codes the notes match best, the most notes first; with {@code majority}, only when that
     * category holds more than half of the notes. {@code null} without a codebook or a match.
     */
    private static ThemeCategory coded(List<Note> notes, Index ix, boolean majority) {
        if (ix.matcher == null) {
            return null;
        }
        Map<ThemeCategory, Integer> c = new TreeMap<>();
        for (Note n : notes) {
            List<Code> best = ix.matcher.best(n.text(), n.language());
            if (!best.isEmpty()) {
                c.merge(best.get(0).category(), 1, Integer::sum);
            }
        }
        ThemeCategory best = null;
        int top = 0;
        for (Map.Entry<ThemeCategory, Integer> e : c.entrySet()) {
            if (e.getValue() > top) {
                best = e.getKey();
                top = e.getValue();
            }
        }
        return best != null && (!majority || top * 2 > notes.size()) ? best : null;
    }

    /** Whether a statement describes the person who wrote it, or the conversation, rather than the community. */
    static boolean aboutParticipants(String text) {
        // Every alternative of the pattern starts the (stripped, lower-cased) text with "i", "we", "this" or
        // "the": a note that starts with another ASCII character is not matched against it at all.
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return false;
        }
        char first = stripped.charAt(0);
        if (first < 128 && (first | 0x20) != 'i' && (first | 0x20) != 'w' && (first | 0x20) != 't') {
            return false;
        }
        return ABOUT_ME.matcher(stripped.toLowerCase(Locale.ROOT).replace('\u2019', '\'')).find();
    }

    /**
     * The category a question's wording asks for, after the opening "ASK" questions of Harwood's guides (what
     * kind of community, what concerns, what needs to change, what can be done and by whom), or {@code null}.
     */
    static ThemeCategory ofQuestion(String text) {
        if (text == null) {
            return null;
        }
        String q = text.toLowerCase(Locale.ROOT);
        if (q.matches(".*\\b(change|changes|changed|need to happen|needs to happen|improve|improved|different)\\b.*")) {
            return ThemeCategory.CHANGES;
        }
        if (q.matches(".*\\b(concern|concerns|concerned|worry|worries|worried|problem|problems|challenge|challenges"
                + "|stand in the way|stands in the way|afraid)\\b.*")) {
            return ThemeCategory.CONCERNS;
        }
        if (q.matches(".*\\b(why)\\b.*")) {
            return ThemeCategory.REASONS;
        }
        if (q.matches(".*\\b(trust|who could|who should|what can|what could we|could you do|can you do|contribute"
                + "|take action|act on)\\b.*")) {
            return ThemeCategory.ACTIONS;
        }
        if (q.matches(".*\\b(kind of community|want|hope|hopes|aspiration|aspirations|vision|dream|wish)\\b.*")) {
            return ThemeCategory.ASPIRATIONS;
        }
        return null;
    }
}
