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
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.IOUtils;

/**
 * Turns a text into normalised terms with Lucene's analysis chain: the standard (Unicode UAX#29) tokenizer,
 * English possessive removal, lower-casing, the Snowball stop lists that ship with Lucene, and the Porter
 * (English) or light Spanish stemmer. {@link KeywordRepeatFilter} keeps each word's written form beside
 * its stem, so themes can be labelled in residents' own words.
 *
 * <p>Thread-safe: Lucene analyzers keep one token stream per thread.
 */
public final class TextAnalyzer implements AutoCloseable {
    private static final CharArraySet ENGLISH_STOP = snowballStopSet("english_stop.txt");
    /** Compiled once: language detection runs on every note. */
    private static final java.util.regex.Pattern NON_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");
    private static final CharArraySet SPANISH_STOP = snowballStopSet("spanish_stop.txt");

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
        Language lang = options.language();
        if (lang == Language.AUTO) {
            lang = languageTag != null && languageTag.toLowerCase(Locale.ROOT).startsWith("es") ? Language.ES
                    : languageTag != null && languageTag.toLowerCase(Locale.ROOT).startsWith("en") ? Language.EN
                    : detect(text);
        }
        Analyzer analyzer = lang == Language.ES ? spanish : english;
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
            KeywordAttribute keyword = ts.addAttribute(KeywordAttribute.class);
            ts.reset();
            String surface = null;
            int increment = 0;
            boolean previousKept = false;
            while (ts.incrementToken()) {
                String t = term.toString();
                if (options.stemming()) {
                    // KeywordRepeatFilter: the unstemmed copy comes first; its stem follows at the same position.
                    if (keyword.isKeyword()) {
                        surface = t;
                        increment = pos.getPositionIncrement();
                        continue;
                    }
                    if (surface == null) {
                        surface = t;
                        increment = pos.getPositionIncrement();
                    }
                    previousKept = emit(out, t, surface, increment == 1 && previousKept);
                    surface = null;
                } else {
                    previousKept = emit(out, t, t, pos.getPositionIncrement() == 1 && previousKept);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Adds the token if long enough; returns whether it was kept. */
    private boolean emit(List<Token> out, String term, String surface, boolean adjacent) {
        if (surface.length() < options.minTokenLength()) {
            return false;
        }
        out.add(new Token(term, surface, adjacent && !out.isEmpty()));
        return true;
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
        int en = 0;
        int es = 0;
        for (String w : NON_LETTERS.split(text.toLowerCase(Locale.ROOT))) {
            if (w.isEmpty()) {
                continue;
            }
            if (ENGLISH_STOP.contains(w)) {
                en++;
            }
            if (SPANISH_STOP.contains(w)) {
                es++;
            }
        }
        return es > en ? Language.ES : Language.EN;
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
                ts = new KeywordRepeatFilter(ts);
                ts = language == Language.ES ? new SpanishLightStemFilter(ts) : new PorterStemFilter(ts);
            }
            return new TokenStreamComponents(source, ts);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }
}
