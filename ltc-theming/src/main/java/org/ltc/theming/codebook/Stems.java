package org.ltc.theming.codebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The one place the codebook reaches Lucene: text to a sequence of stems. Codebook matching wants precision,
 * so it stems lightly (Krovetz's dictionary-based KStem for English, so "parking" is not "park"; the light
 * stemmer of Savoy for Spanish) rather than with Porter's aggressive rules. Stop words are dropped and
 * accents folded.
 *
 * <p>An instance holds one Lucene {@link Analyzer} per language, which reuses its token stream per thread: a
 * matcher stems a million notes without building a million tokenizers and filter chains. Thread-safe.
 */
final class Stems {
    private final Analyzer english = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer t = new StandardTokenizer();
            return new TokenStreamComponents(t, english(t));
        }
    };
    private final Analyzer spanish = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer t = new StandardTokenizer();
            return new TokenStreamComponents(t, spanish(t));
        }
    };

    /** The stems of {@code text}, in order; {@code language} is a BCP 47 tag ("es..." is Spanish, else English). */
    List<String> stems(String text, String language) {
        boolean es = language != null && language.toLowerCase(Locale.ROOT).startsWith("es");
        List<String> out = new ArrayList<>();
        try (TokenStream stream = (es ? spanish : english).tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            // A StringReader never fails; Lucene's signature still declares it.
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The stems of {@code text} with a one-off analyser (for a few seeds; a matcher keeps an instance). */
    static List<String> of(String text, String language) {
        return new Stems().stems(text, language);
    }

    private static TokenStream english(Tokenizer t) {
        TokenStream s = new EnglishPossessiveFilter(t);
        s = new LowerCaseFilter(s);
        s = new StopFilter(s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        s = new KStemFilter(s);
        return new ASCIIFoldingFilter(s);
    }

    private static TokenStream spanish(Tokenizer t) {
        TokenStream s = new LowerCaseFilter(t);
        CharArraySet stop = SpanishAnalyzer.getDefaultStopSet();
        s = new StopFilter(s, stop);
        s = new SpanishLightStemFilter(s);
        return new ASCIIFoldingFilter(s);
    }
}
