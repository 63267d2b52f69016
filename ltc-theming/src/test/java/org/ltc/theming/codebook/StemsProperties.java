package org.ltc.theming.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.analysis.Analyzer;
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
import org.junit.jupiter.api.Test;
import org.ltc.model.io.CsvFormat;
import org.ltc.model.io.CsvRow;
import org.ltc.model.io.CsvTable;
import org.ltc.model.testdata.RealData;
import org.ltc.model.testdata.SharedData;

/**
 * Stemming word by word through the memo gives exactly what the whole chain gives over the text (the reference
 * below is the earlier implementation, kept as the oracle), with a memo that has room and with one that is full.
 */
class StemsProperties {
    private static final List<String> WORDS = List.of("the", "The", "of", "parking", "Parking", "parks", "park's",
            "residents\u2019", "libraries", "LIBRARY", "buses", "running", "happily", "self-employed", "20", "3rd",
            "e-mail", "U.S.A.", "caf\u00e9", "na\u00efve", "los", "las", "ni\u00f1os", "m\u00e1s", "bibliotecas",
            "autobuses", "\u0130stanbul", "\ud83d\udeb2", "\u516c\u56ed", "don't", "it's", "O'Neil", "a.m.",
            "\u00a0", "\u0301", "x");
    private static final List<String> GAPS = List.of(" ", " ", ", ", ". ", "\n", "-", "'", "!", "/", "\u2019 ");
    private static final Stems ROOMY = new Stems();
    private static final Stems FULL = new Stems(8);

    @Property(tries = 400)
    void memoStemsAreTheChainsStems(@ForAll("texts") String text, @ForAll("languages") String language) {
        List<String> expected = reference(text, language);
        assertEquals(expected, ROOMY.stems(text, language), text);
        assertEquals(expected, FULL.stems(text, language), text);
        assertEquals(expected, Stems.of(text, language), text);
    }

    @Test
    @RealData
    void realStatementsInBothLanguages() {
        Stems stems = new Stems();
        for (String file : List.of("polis-bowling-green/comments.csv", "banking77/test.csv")) {
            CsvTable table = CsvTable.read(SharedData.file(file), CsvFormat.defaults());
            int column = Math.max(table.header().indexOf("comment-body"), table.header().indexOf("text"));
            List<String> texts = new ArrayList<>();
            for (CsvRow row : table.rows()) {
                texts.add(row.get(column));
            }
            for (String language : new String[] {"en", "es"}) {
                for (String text : texts) {
                    assertEquals(reference(text, language), stems.stems(text, language), text);
                }
            }
        }
    }

    /** The whole chain over the text, as {@link Stems} stemmed before its memo. */
    private static List<String> reference(String text, String language) {
        boolean es = language != null && language.toLowerCase(java.util.Locale.ROOT).startsWith("es");
        Analyzer analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer t = new StandardTokenizer();
                TokenStream s;
                if (es) {
                    s = new LowerCaseFilter(t);
                    s = new StopFilter(s, SpanishAnalyzer.getDefaultStopSet());
                    s = new SpanishLightStemFilter(s);
                } else {
                    s = new EnglishPossessiveFilter(t);
                    s = new LowerCaseFilter(s);
                    s = new StopFilter(s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                    s = new KStemFilter(s);
                }
                return new TokenStreamComponents(t, new ASCIIFoldingFilter(s));
            }
        };
        List<String> out = new ArrayList<>();
        try (analyzer; TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.longs().map(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(30);
            for (int i = 0; i < n; i++) {
                b.append(WORDS.get(random.nextInt(WORDS.size()))).append(GAPS.get(random.nextInt(GAPS.size())));
            }
            return b.toString();
        }), Arbitraries.strings().all().ofMaxLength(30));
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("en", "es", "es-MX", "fr").injectNull(0.3);
    }
}
