package org.ltc.calibration.signals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.ltc.model.InvalidInputException;

/**
 * Finds lexicon phrases in text by their English stems: Lucene's {@code EnglishAnalyzer} (standard
 * tokenizer, possessive filter, lower case, Porter stemmer) with no stop words, so that "no one cares" keeps
 * its "no". A phrase matches where its stems occur consecutively. Not thread-safe (it owns an analyzer):
 * make one per run.
 */
final class StemMatcher implements AutoCloseable {
    /** A phrase to find: the group (stage or factor index) it signals, its text and boost. */
    record Term(int group, String display, String[] stems, double boost) {
    }

    private final Analyzer analyzer = new EnglishAnalyzer(CharArraySet.EMPTY_SET);
    private final Map<String, List<Term>> byFirstStem = new HashMap<>();

    /** Adds a phrase; {@code "phrase^2"} gives it boost 2. */
    void add(int group, String raw, String where) {
        String phrase = raw;
        double boost = 1;
        int caret = raw.lastIndexOf('^');
        if (caret > 0) {
            try {
                boost = Double.parseDouble(raw.substring(caret + 1).trim());
                phrase = raw.substring(0, caret);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(null, where, "terms", raw, "has a boost after ^ that is not a number");
            }
            if (!(boost > 0) || !Double.isFinite(boost)) {
                throw new InvalidInputException(null, where, "terms", raw, "must have a positive boost");
            }
        }
        List<String> stems = stems(phrase);
        if (stems.isEmpty()) {
            throw new InvalidInputException(null, where, "terms", raw, "has no words to match");
        }
        Term t = new Term(group, phrase.trim(), stems.toArray(String[]::new), boost);
        List<Term> same = byFirstStem.computeIfAbsent(t.stems()[0], k -> new ArrayList<>());
        // "frustrated" and "frustration" share a stem: one match, not two; the larger boost wins.
        for (int i = 0; i < same.size(); i++) {
            Term o = same.get(i);
            if (o.group() == group && java.util.Arrays.equals(o.stems(), t.stems())) {
                if (t.boost() > o.boost()) {
                    same.set(i, t);
                }
                return;
            }
        }
        same.add(t);
    }

    /**
     * The distinct terms found in the text, in the order first found. Where one match lies inside a longer
     * one ("city should" inside "the city should"), only the longer counts.
     */
    List<Term> find(String text) {
        List<String> stems = stems(text);
        List<int[]> spans = new ArrayList<>();
        List<Term> matches = new ArrayList<>();
        for (int i = 0; i < stems.size(); i++) {
            List<Term> candidates = byFirstStem.get(stems.get(i));
            if (candidates == null) {
                continue;
            }
            for (Term t : candidates) {
                if (i + t.stems().length > stems.size()) {
                    continue;
                }
                boolean all = true;
                for (int j = 1; j < t.stems().length; j++) {
                    if (!t.stems()[j].equals(stems.get(i + j))) {
                        all = false;
                        break;
                    }
                }
                if (all) {
                    matches.add(t);
                    spans.add(new int[] {i, i + t.stems().length});
                }
            }
        }
        List<Term> found = new ArrayList<>();
        for (int a = 0; a < matches.size(); a++) {
            boolean inside = false;
            for (int b = 0; b < matches.size() && !inside; b++) {
                int[] x = spans.get(a);
                int[] y = spans.get(b);
                inside = b != a && y[0] <= x[0] && x[1] <= y[1] && (y[1] - y[0]) > (x[1] - x[0]);
            }
            if (!inside && !found.contains(matches.get(a))) {
                found.add(matches.get(a));
            }
        }
        return found;
    }

    List<String> stems(String text) {
        List<String> out = new ArrayList<>();
        // Typographic apostrophes would split "can’t" where "can't" stays one token.
        String normal = text.replace('\u2019', '\'').replace('\u2018', '\'');
        try (TokenStream ts = analyzer.tokenStream("text", normal)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
