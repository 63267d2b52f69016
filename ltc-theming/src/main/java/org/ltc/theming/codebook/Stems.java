package org.ltc.theming.codebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CloseableThreadLocal;
import org.ltc.theming.internal.Words;

/**
 * The one place the codebook reaches Lucene: text to a sequence of stems. Codebook matching wants precision,
 * so it stems lightly (Krovetz's dictionary-based KStem for English, so "parking" is not "park"; the light
 * stemmer of Savoy for Spanish) rather than with Porter's aggressive rules. Stop words are dropped and
 * accents folded.
 *
 * <p>An instance holds Lucene {@link Analyzer}s, which reuse their token streams per thread: a matcher stems a
 * million notes without building a million tokenizers and filter chains. The filters after the tokenizer act on
 * each word alone, so each distinct word goes through them once and its stem is remembered (up to
 * {@link #MEMO_WORDS} words per language): the same stems as the whole chain, at the cost of the tokenizer and
 * a look-up per word. Thread-safe.
 */
final class Stems {
    /** How many distinct words a memo (one per thread and language) holds at most: a few MB, so memory stays bounded. */
    static final int MEMO_WORDS = 1 << 16;
    /** The memo's mark for a word the chain drops (a stop word); compared by identity. */
    private static final String DROPPED = new String("");

    /** Words only: the tokenizer, whose tokens the per-word chain then stems (through the memo). */
    private final Analyzer words = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new StandardTokenizer());
        }
    };
    /** One word through the English chain: every filter after the tokenizer acts on each token alone. */
    private final Analyzer english = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer t = new KeywordTokenizer();
            return new TokenStreamComponents(t, english(t));
        }
    };
    private final Analyzer spanish = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer t = new KeywordTokenizer();
            return new TokenStreamComponents(t, spanish(t));
        }
    };
    private final int memoWords;

    Stems() {
        this(MEMO_WORDS);
    }

    /** With memos of at most {@code memoWords} words (tests use a small one to exercise a full memo). */
    Stems(int memoWords) {
        this.memoWords = memoWords;
    }

    /** Per thread (a memo is read and written without locks), each language's words and their stems. */
    private final CloseableThreadLocal<Memo[]> memos = new CloseableThreadLocal<>() {
        @Override
        protected Memo[] initialValue() {
            return new Memo[] {new Memo(), new Memo()};
        }
    };

    /** The stems of {@code text}, in order; {@code language} is a BCP 47 tag ("es..." is Spanish, else English). */
    List<String> stems(String text, String language) {
        boolean es = language != null && language.toLowerCase(Locale.ROOT).startsWith("es");
        Memo memo = memos.get()[es ? 1 : 0];
        List<String> out = new ArrayList<>();
        try (TokenStream stream = words.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String stem = memo.stem(term.buffer(), term.length(), es);
                if (stem != DROPPED) {
                    out.add(stem);
                }
            }
            stream.end();
        } catch (IOException e) {
            // A StringReader never fails; Lucene's signature still declares it.
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** One word's stem through the language's chain: the stem, or {@link #DROPPED}. */
    private String stem(String word, boolean es) {
        try (TokenStream stream = (es ? spanish : english).tokenStream("word", word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String stem = stream.incrementToken() ? term.toString() : DROPPED;
            stream.end();
            return stem;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Words seen (as the tokenizer gave them) and their stems, for one thread and language. */
    private final class Memo {
        private final Words words = new Words();
        private String[] stems = new String[1024];

        String stem(char[] word, int length, boolean es) {
            int id = words.find(word, length);
            if (id >= 0) {
                return stems[id];
            }
            String stem = Stems.this.stem(new String(word, 0, length), es);
            if (words.size() < memoWords) {
                id = words.id(word, length);
                if (id >= stems.length) {
                    stems = Arrays.copyOf(stems, stems.length * 2);
                }
                stems[id] = stem;
            }
            return stem;
        }
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
