package org.ltc.theming.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.IOUtils;

/**
 * Turns a text into normalised terms with Lucene's analysis chain: the standard (Unicode UAX#29) tokenizer,
 * English possessive removal, lower-casing, the Snowball stop lists that ship with Lucene, and the Porter
 * (English) or light Spanish stemmer. Each word's written form is kept beside its stem (copied just before the
 * stemmer, one token per word), so themes can be labelled in residents' own words.
 *
 * <p>Thread-safe: Lucene analyzers keep one token stream per thread.
 */
public final class TextAnalyzer implements AutoCloseable {
    private static final CharArraySet ENGLISH_STOP = snowballStopSet("english_stop.txt");
    private static final CharArraySet SPANISH_STOP = snowballStopSet("spanish_stop.txt");
    private static final long[] STOP_SHAPES = stopShapes();

    private final TextAnalysisOptions options;
    private final Analyzer english;
    private final Analyzer spanish;

    public TextAnalyzer(TextAnalysisOptions options) {
        this.options = options;
        this.english = new Chain(Language.EN, options.stopWords(), options.stemming());
        this.spanish = new Chain(Language.ES, options.stopWords(), options.stemming());
    }

    public TextAnalysisOptions options() {
        return options;
    }

    /** The normalised terms of {@code text}, in order. */
    public List<String> terms(String text) {
        List<Token> tokens = tokens(text, null);
        List<String> out = new ArrayList<>(tokens.size());
        tokens.forEach(t -> out.add(t.term()));
        return out;
    }

    /**
     * The tokens of {@code text}.
     *
     * @param languageTag the text's BCP 47 language tag when known (e.g. a note's language), else {@code null};
     *                    used when the options say {@link Language#AUTO}
     */
    public List<Token> tokens(String text, String languageTag) {
        List<Token> out = new ArrayList<>();
        analyse(text, languageTag, (term, termLength, surface, surfaceLength, adjacent) -> out.add(
                new Token(new String(term, 0, termLength), new String(surface, 0, surfaceLength), adjacent)));
        return out;
    }

    /**
     * Receives a text's tokens as they are analysed, without a {@code String} or {@link Token} per word (a corpus
     * of millions of words, or a labeller reading a theme's notes, interns them itself). The arrays are the
     * analysis chain's buffers: valid during the call only, never to be kept or changed.
     */
    public interface Sink {
        /** One token, as {@link Token} would hold it: its term, its written form and whether it is adjacent. */
        void token(char[] term, int termLength, char[] surface, int surfaceLength, boolean adjacent);
    }

    /** Analyses {@code text} as {@link #tokens} does, handing each token to {@code sink} in order. */
    public void analyse(String text, String languageTag, Sink sink) {
        Language lang = options.language();
        if (lang == Language.AUTO) {
            lang = languageTag != null && languageTag.toLowerCase(Locale.ROOT).startsWith("es") ? Language.ES
                    : languageTag != null && languageTag.toLowerCase(Locale.ROOT).startsWith("en") ? Language.EN
                    : detect(text);
        }
        Analyzer analyzer = lang == Language.ES ? spanish : english;
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            // with stemming the chain ends in Stemmed, whose Written copied each word before the stemmer changed it
            Written written = ts instanceof Stemmed s ? s.written : null;
            ts.reset();
            boolean previousKept = false;
            int previousEnd = 0;
            while (ts.incrementToken()) {
                char[] surface = written == null ? term.buffer() : written.buffer;
                int surfaceLength = written == null ? term.length() : written.length;
                if (surfaceLength < options.minTokenLength()) {
                    previousKept = false;
                    continue;
                }
                // adjacent: nothing removed (a stop word, a short token) since the previous token kept, and no
                // mark that ends a phrase between them
                sink.token(term.buffer(), term.length(), surface, surfaceLength, previousKept
                        && pos.getPositionIncrement() == 1 && !breaksPhrase(text, previousEnd, offset.startOffset()));
                previousKept = true;
                previousEnd = offset.endOffset();
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether {@code text[from, to)}, the gap between two words, holds a mark that ends a phrase: the end of a
     * sentence or clause, a comma, a bracket, a quotation mark, a dash or a line break. Key phrases are runs of
     * words between such delimiters in RAKE (Rose et al., "Automatic keyword extraction from individual
     * documents", 2010); without this "... park trails. Week ..." would read as the phrase "park trails week". A
     * hyphen, apostrophe or slash joins words and does not break.
     */
    static boolean breaksPhrase(CharSequence text, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
            switch (text.charAt(i)) {
                case '.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '{', '}', '"', '\u201c', '\u201d', '\u2014',
                        '\u2013', '\u2026', '\n', '\r', '\u00a1', '\u00bf' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /**
     * A note's language as a BCP 47 primary subtag ({@code "es"}): its own tag when it has one, else English or
     * Spanish by {@link #detect its stop words}. One rule for every place that needs it: language groups when
     * theming, and the {@code lang} of a quote on a page.
     */
    public static String languageOf(org.ltc.model.conversation.Note note) {
        String tag = note.language();
        if (tag != null && !tag.isBlank()) {
            return tag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        }
        return detect(note.text()).tag();
    }

    /** Whether a lower-cased word is on the English or the Spanish Snowball stop list. */
    public static boolean stopWord(String lower) {
        return ENGLISH_STOP.contains(lower) || SPANISH_STOP.contains(lower);
    }

    /** English or Spanish, by which language's stop words the text uses more (English when tied). */
    public static Language detect(String text) {
        // the words are the runs of letters (Unicode L*) of the lower-cased text
        int[] votes = new int[2];
        if (!countAscii(text, votes)) {
            votes[0] = 0;
            votes[1] = 0;
            countStopWords(text.toLowerCase(Locale.ROOT).toCharArray(), votes);
        }
        return votes[1] > votes[0] ? Language.ES : Language.EN;
    }

    /**
     * {@link #detect}'s count for a text of ASCII only (most notes), without lower-casing or copying the text:
     * only a word with the first letter and the length of a stop word is looked up. Returns false, having counted
     * nothing that stands, at the first character that is not ASCII.
     */
    private static boolean countAscii(String text, int[] votes) {
        char[] word = null;
        int n = text.length();
        int at = 0;
        while (at < n) {
            char c = text.charAt(at);
            if (c >= 128) {
                return false;
            }
            if (!asciiLetter(c)) {
                at++;
                continue;
            }
            int start = at;
            while (at < n && asciiLetter(c = text.charAt(at))) {
                at++;
            }
            if (c >= 128) {
                return false;
            }
            int length = at - start;
            if (length < 64 && (STOP_SHAPES[text.charAt(start) | 0x20] >>> length & 1) != 0) {
                if (word == null || word.length < length) {
                    word = new char[Math.max(32, length)];
                }
                for (int i = 0; i < length; i++) {
                    word[i] = (char) (text.charAt(start + i) | 0x20);
                }
                count(word, 0, length, votes);
            }
        }
        return true;
    }

    private static boolean asciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** {@link #detect}'s count over lower-cased text: each run of letters looked up in place. */
    private static void countStopWords(char[] chars, int[] votes) {
        int at = 0;
        while (at < chars.length) {
            int start = at;
            while (at < chars.length) {
                int cp = Character.codePointAt(chars, at);
                if (!Character.isLetter(cp)) {
                    break;
                }
                at += Character.charCount(cp);
            }
            if (at > start) {
                count(chars, start, at - start, votes);
            } else {
                at += Character.charCount(Character.codePointAt(chars, at));
            }
        }
    }

    private static void count(char[] chars, int start, int length, int[] votes) {
        if (ENGLISH_STOP.contains(chars, start, length)) {
            votes[0]++;
        }
        if (SPANISH_STOP.contains(chars, start, length)) {
            votes[1]++;
        }
    }

    /**
     * For each ASCII first letter, the lengths (bit i for i letters) of the English and Spanish stop words that
     * start with it: a word of another shape is on neither list.
     */
    private static long[] stopShapes() {
        long[] shapes = new long[128];
        for (CharArraySet set : List.of(ENGLISH_STOP, SPANISH_STOP)) {
            for (Object o : set) {
                String w = o instanceof char[] chars ? new String(chars) : o.toString();
                if (!w.isEmpty() && w.charAt(0) < 128 && w.length() < 64) {
                    shapes[w.charAt(0)] |= 1L << w.length();
                }
            }
        }
        return shapes;
    }

    @Override
    public void close() {
        english.close();
        spanish.close();
    }

    // IOUtils (lucene-core) must read the resource: the snowball package is opened to lucene-core only, so
    // our own module could not read it on the module path. Deprecated in Lucene 9 but present through 9.x.
    @SuppressWarnings("removal")
    private static CharArraySet snowballStopSet(String resource) {
        try {
            return CharArraySet.unmodifiableSet(WordlistLoader.getSnowballWordSet(
                    IOUtils.getDecodingReader(SnowballFilter.class, resource, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The analysis chain for one language. */
    private static final class Chain extends Analyzer {
        private final Language language;
        private final boolean stop;
        private final boolean stem;

        Chain(Language language, boolean stop, boolean stem) {
            this.language = language;
            this.stop = stop;
            this.stem = stem;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream ts = source;
            if (language == Language.EN) {
                ts = new EnglishPossessiveFilter(ts);
            }
            ts = new LowerCaseFilter(ts);
            if (stop) {
                ts = new StopFilter(ts, language == Language.ES ? SPANISH_STOP : ENGLISH_STOP);
            }
            if (stem) {
                Written written = new Written(ts);
                ts = new Stemmed(language == Language.ES ? new SpanishLightStemFilter(written)
                        : new PorterStemFilter(written), written);
            }
            return new TokenStreamComponents(source, ts);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }

    /**
     * Copies each word just before the stemmer changes it in place: the written form {@link Token#surface()}
     * holds. (Lucene's {@code KeywordRepeatFilter} gives the same pair as two tokens, at the cost of capturing and
     * restoring every token's whole state.)
     */
    private static final class Written extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        char[] buffer = new char[32];
        int length;

        Written(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            length = term.length();
            if (buffer.length < length) {
                buffer = new char[ArrayUtil.oversize(length, Character.BYTES)];
            }
            System.arraycopy(term.buffer(), 0, buffer, 0, length);
            return true;
        }
    }

    /** The end of a stemming chain: the stemmer's tokens, and where their written forms are. */
    private static final class Stemmed extends TokenFilter {
        final Written written;

        Stemmed(TokenStream stemmer, Written written) {
            super(stemmer);
            this.written = written;
        }

        @Override
        public boolean incrementToken() throws IOException {
            return input.incrementToken();
        }
    }
}
