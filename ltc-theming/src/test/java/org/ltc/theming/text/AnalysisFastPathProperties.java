package org.ltc.theming.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.ltc.model.io.CsvFormat;
import org.ltc.model.io.CsvRow;
import org.ltc.model.io.CsvTable;
import org.ltc.model.plugin.Cancellation;
import org.ltc.model.testdata.RealData;
import org.ltc.model.testdata.SharedData;

/**
 * The fast analysis (written forms copied before the stemmer, words interned per worker, ASCII language detection
 * in place, a sketch before the exact pair count) gives exactly what the earlier implementation gave
 * ({@link ReferenceAnalysis}, kept as the oracle): the same tokens, the same detected language, and the same
 * corpus (vocabulary, labels, phrases, document frequencies and documents) on any number of threads.
 */
class AnalysisFastPathProperties {
    private static final List<String> WORDS = List.of("the", "The", "of", "and", "we", "I", "a", "x", "is", "no",
            "library", "libraries", "library's", "Library", "LIBRARIES", "residents\u2019", "residents'", "parking",
            "parks", "Park", "buses", "bus", "running", "ran", "happily", "public", "transit", "self-employed",
            "20", "3rd", "e-mail", "U.S.A.", "los", "las", "niños", "más", "él", "bibliotecas", "necesitan",
            "horarios", "para", "que", "Español", "caf\u00e9", "\u0130stanbul", "\u03a3\u039f\u03a6\u0399\u0391",
            "\ud83d\udeb2", "\u516c\u56ed", "don't", "it's", "O'Neil", "co-op", "a.m.", "\u00a0", "\u0301");
    private static final List<String> GAPS = List.of(" ", " ", " ", ", ", ". ", "\n", "-", "'", "!", " (", ") ",
            "\t", "/", "\u2019 ");

    @Property(tries = 400)
    void tokensAreTheReferenceTokens(@ForAll("texts") String text, @ForAll("options") TextAnalysisOptions options,
                                     @ForAll("tags") String tag) {
        TextAnalyzer analyzer = new TextAnalyzer(options);
        assertEquals(ReferenceAnalysis.tokens(options, text, tag), analyzer.tokens(text, tag), text);
    }

    @Property(tries = 600)
    void detectionIsTheReferenceDetection(@ForAll("anyTexts") String text) {
        assertEquals(ReferenceAnalysis.detect(text), TextAnalyzer.detect(text), text);
    }

    @Property(tries = 60)
    void corpusIsTheReferenceCorpus(@ForAll("corpora") List<String> texts,
                                    @ForAll("options") TextAnalysisOptions options,
                                    @ForAll @IntRange(min = 1, max = 3) int threads) {
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            tags.add(i % 3 == 0 ? "es" : i % 3 == 1 ? null : "en");
        }
        same(ReferenceAnalysis.corpus(texts, tags, options),
                Corpus.analyse(texts, tags, options, threads, Cancellation.never()));
    }

    /**
     * Enough word pairs (over 65,536) that the pair sketch is used: frequent pairs among many rare ones, with the
     * sketch's counters stopping at the minimum count, and at 255 when the minimum is above it.
     */
    @Test
    void largeCorpusWithThePairSketch() {
        List<String> texts = zipfTexts(12_000, 12, 3_000, 7L);
        for (TextAnalysisOptions options : List.of(TextAnalysisOptions.defaults(),
                TextAnalysisOptions.builder().phraseMinCount(300).phraseThreshold(0.0).maxPhraseWords(3).build())) {
            ReferenceAnalysis.Snapshot expected = ReferenceAnalysis.corpus(texts, null, options);
            assertTrue(expected.phrases().contains(true), "the corpus has phrases to find");
            for (int threads : new int[] {1, 3}) {
                same(expected, Corpus.analyse(texts, null, options, threads, Cancellation.never()));
            }
        }
    }

    @Test
    @RealData
    void realConversationsOnOneAndThreeThreads() {
        List<String> polis = column(CsvTable.read(SharedData.file("polis-bowling-green/comments.csv"),
                CsvFormat.defaults()), "comment-body");
        List<String> banking = column(CsvTable.read(SharedData.file("banking77/test.csv"), CsvFormat.defaults()),
                "text");
        assertEquals(3080, banking.size());
        TextAnalysisOptions longer = TextAnalysisOptions.builder().maxPhraseWords(3).phraseMinCount(2).build();
        TextAnalysisOptions ngrams = TextAnalysisOptions.builder().ngrams(3).minTokenLength(3).build();
        for (List<String> texts : List.of(polis, banking)) {
            for (TextAnalysisOptions options : List.of(TextAnalysisOptions.defaults(), longer, ngrams)) {
                ReferenceAnalysis.Snapshot expected = ReferenceAnalysis.corpus(texts, null, options);
                for (int threads : new int[] {1, 3}) {
                    same(expected, Corpus.analyse(texts, null, options, threads, Cancellation.never()));
                }
            }
            for (String text : texts) {
                assertEquals(ReferenceAnalysis.detect(text), TextAnalyzer.detect(text), text);
            }
        }
    }

    /** Part by part, so a failure names the part (a whole corpus is too long to read in a message). */
    private static void same(ReferenceAnalysis.Snapshot expected, Corpus corpus) {
        ReferenceAnalysis.Snapshot actual = ReferenceAnalysis.Snapshot.of(corpus);
        assertEquals(expected.terms(), actual.terms(), "terms");
        assertEquals(expected.labels(), actual.labels(), "labels");
        assertEquals(expected.phrases(), actual.phrases(), "phrase flags");
        assertEquals(expected.documentFrequencies(), actual.documentFrequencies(), "document frequencies");
        for (int d = 0; d < expected.documents().size(); d++) {
            assertEquals(expected.documents().get(d), actual.documents().get(d), "document " + d);
        }
        assertEquals(expected, actual);
    }

    private static List<String> column(CsvTable table, String name) {
        int column = table.header().indexOf(name);
        List<String> out = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            out.add(row.get(column));
        }
        return out;
    }

    /**
     * Texts of made-up words drawn with Zipf's law (rank r with weight 1/r), one word in ten followed by its own
     * partner word (a collocation, so there are phrases to find).
     */
    static List<String> zipfTexts(int texts, int words, int vocabulary, long seed) {
        double[] cumulative = new double[vocabulary];
        double sum = 0;
        for (int r = 0; r < vocabulary; r++) {
            sum += 1.0 / (r + 1);
            cumulative[r] = sum;
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<String> out = new ArrayList<>();
        for (int t = 0; t < texts; t++) {
            StringBuilder b = new StringBuilder();
            for (int w = 0; w < words; w++) {
                int r = java.util.Arrays.binarySearch(cumulative, random.nextDouble() * sum);
                r = r < 0 ? -r - 1 : r;
                b.append(w == 0 ? "" : random.nextInt(8) == 0 ? ", " : " ").append(word("w", r));
                if (random.nextInt(10) == 0) {
                    b.append(' ').append(word("p", r));
                }
            }
            out.add(b.toString());
        }
        return out;
    }

    /** A made-up word: the prefix and the number in letters. */
    private static String word(String prefix, int number) {
        StringBuilder b = new StringBuilder(prefix);
        for (char c : Integer.toString(number, 10).toCharArray()) {
            b.append((char) ('b' + (c - '0')));
        }
        return b.toString();
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.longs().map(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(30);
            for (int i = 0; i < n; i++) {
                b.append(WORDS.get(random.nextInt(WORDS.size()))).append(GAPS.get(random.nextInt(GAPS.size())));
            }
            return b.toString();
        });
    }

    @Provide
    Arbitrary<String> anyTexts() {
        return Arbitraries.oneOf(texts(), Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(40));
    }

    @Provide
    Arbitrary<List<String>> corpora() {
        return texts().list().ofMinSize(0).ofMaxSize(60);
    }

    @Provide
    Arbitrary<String> tags() {
        return Arbitraries.of("en", "es", "en-GB", "ES", "fr", " ").injectNull(0.4);
    }

    @Provide
    Arbitrary<TextAnalysisOptions> options() {
        return Arbitraries.longs().map(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            return TextAnalysisOptions.builder()
                    .language(Language.values()[r.nextInt(3)])
                    .stopWords(r.nextInt(4) > 0)
                    .stemming(r.nextInt(4) > 0)
                    .minTokenLength(1 + r.nextInt(4))
                    .minDocumentFrequency(1 + r.nextInt(2))
                    .maxDocumentRatio(r.nextBoolean() ? 1.0 : 0.5)
                    .maxVocabulary(r.nextInt(4) == 0 ? 5 : 50_000)
                    .phrases(r.nextInt(4) > 0)
                    .phraseMinCount(1 + r.nextInt(3))
                    .phraseThreshold(new double[] {-0.5, 0.0, 0.3, 0.5}[r.nextInt(4)])
                    .maxPhraseWords(2 + r.nextInt(3))
                    .ngrams(1 + r.nextInt(3))
                    .build();
        });
    }
}
