package org.ltc.theming.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
import org.ltc.theming.internal.LongIntMap;

/**
 * Text analysis as it was before the fast path, kept as the oracle the fast path must equal: Lucene's
 * {@link KeywordRepeatFilter} for the written forms, {@link Token} lists, language detection by a regular
 * expression, per-chunk string dictionaries and an exact count of every word pair (one thread; the result never
 * depended on the thread count).
 */
final class ReferenceAnalysis {
    private static final int CHUNK = 1024;
    private static final CharArraySet ENGLISH_STOP = snowballStopSet("english_stop.txt");
    private static final java.util.regex.Pattern NON_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");
    private static final CharArraySet SPANISH_STOP = snowballStopSet("spanish_stop.txt");
    private static final Map<TextAnalysisOptions, Analyzer> ENGLISH = new ConcurrentHashMap<>();
    private static final Map<TextAnalysisOptions, Analyzer> SPANISH = new ConcurrentHashMap<>();

    private ReferenceAnalysis() {
    }

    /** What a corpus holds, as values to compare. */
    record Snapshot(List<String> terms, List<String> labels, List<Boolean> phrases, List<Integer> documentFrequencies,
                    List<List<Integer>> documents) {
        static Snapshot of(Corpus c) {
            List<String> labels = new ArrayList<>();
            List<Boolean> phrases = new ArrayList<>();
            List<Integer> df = new ArrayList<>();
            for (int t = 0; t < c.vocabularySize(); t++) {
                labels.add(c.label(t));
                phrases.add(c.isPhrase(t));
                df.add(c.documentFrequency(t));
            }
            List<List<Integer>> docs = new ArrayList<>();
            for (int d = 0; d < c.size(); d++) {
                docs.add(Arrays.stream(c.document(d)).boxed().toList());
            }
            return new Snapshot(c.terms(), labels, phrases, df, docs);
        }
    }

    /** The corpus as the earlier implementation analysed it. */
    static Snapshot corpus(List<String> texts, List<String> languageTags, TextAnalysisOptions options) {
        int n = texts.size();
        // 1. tokenise fixed chunks, each with its own dictionary
        List<ChunkResult> chunks = new ArrayList<>();
        for (int c = 0; c < (n + CHUNK - 1) / CHUNK; c++) {
            ChunkResult r = new ChunkResult();
            int from = c * CHUNK;
            int to = Math.min(n, from + CHUNK);
            for (int d = from; d < to; d++) {
                String text = texts.get(d);
                String tag = languageTags == null ? null : languageTags.get(d);
                List<Token> tokens = text == null ? List.of() : tokens(options, text, tag);
                int[] codes = new int[tokens.size()];
                for (int k = 0; k < codes.length; k++) {
                    Token t = tokens.get(k);
                    Integer id = r.dictionary.get(t.term());
                    if (id == null) {
                        id = r.dictionary.size();
                        r.dictionary.put(t.term(), id);
                    }
                    codes[k] = id << 1 | (t.adjacent() ? 1 : 0);
                    r.surfaces.merge(t.term() + '\u0001' + t.surface(), 1, Integer::sum);
                }
                r.documents.add(codes);
            }
            chunks.add(r);
        }
        // 2. merge the chunk dictionaries in chunk order
        Dictionary dict = new Dictionary();
        Map<String, Integer> surfaceCounts = new HashMap<>();
        int[][] docs = new int[n][];
        int d = 0;
        for (ChunkResult r : chunks) {
            int[] remap = new int[r.dictionary.size()];
            int k = 0;
            for (String term : r.dictionary.keySet()) {
                remap[k++] = dict.id(term, null);
            }
            for (int[] codes : r.documents) {
                for (int j = 0; j < codes.length; j++) {
                    codes[j] = remap[codes[j] >>> 1] << 1 | (codes[j] & 1);
                }
                docs[d++] = codes;
            }
            r.surfaces.forEach((key, count) -> surfaceCounts.merge(key, count, Integer::sum));
        }
        chunks = null;
        // 3. phrases
        if (options.phrases()) {
            for (int pass = 1; pass < options.maxPhraseWords(); pass++) {
                if (!mergePhrases(docs, dict, options)) {
                    break;
                }
            }
        }
        // 4. n-grams as extra terms
        if (options.ngrams() >= 2) {
            for (int i = 0; i < n; i++) {
                docs[i] = addNgrams(docs[i], dict, options.ngrams());
            }
        }
        // 5. vocabulary: document frequency limits, the most frequent kept, ids in alphabetical order
        int size = dict.terms.size();
        int[] df = new int[size];
        int[] last = new int[size];
        Arrays.fill(last, -1);
        for (int i = 0; i < n; i++) {
            for (int code : docs[i]) {
                int t = code >>> 1;
                if (last[t] != i) {
                    last[t] = i;
                    df[t]++;
                }
            }
        }
        double maxDf = options.maxDocumentRatio() * n;
        List<Integer> kept = new ArrayList<>();
        for (int t = 0; t < size; t++) {
            if (df[t] >= options.minDocumentFrequency() && df[t] <= maxDf) {
                kept.add(t);
            }
        }
        if (kept.size() > options.maxVocabulary()) {
            kept.sort((a, b) -> df[a] != df[b] ? Integer.compare(df[b], df[a])
                    : dict.terms.get(a).compareTo(dict.terms.get(b)));
            kept = new ArrayList<>(kept.subList(0, options.maxVocabulary()));
        }
        kept.sort((a, b) -> dict.terms.get(a).compareTo(dict.terms.get(b)));
        int[] finalId = new int[size];
        Arrays.fill(finalId, -1);
        int v = kept.size();
        String[] terms = new String[v];
        int[] finalDf = new int[v];
        boolean[] isPhrase = new boolean[v];
        for (int i = 0; i < v; i++) {
            int t = kept.get(i);
            finalId[t] = i;
            terms[i] = dict.terms.get(t);
            finalDf[i] = df[t];
            isPhrase[i] = dict.parts.get(t) != null;
        }
        int[][] documents = new int[n][];
        for (int i = 0; i < n; i++) {
            int count = 0;
            for (int code : docs[i]) {
                if (finalId[code >>> 1] >= 0) {
                    count++;
                }
            }
            int[] out = new int[count];
            int k = 0;
            for (int code : docs[i]) {
                int id = finalId[code >>> 1];
                if (id >= 0) {
                    out[k++] = id;
                }
            }
            documents[i] = out;
            docs[i] = null;
        }
        // 6. labels: each word's most frequent written form; phrases join their words' labels
        Map<String, String> bestSurface = new HashMap<>();
        Map<String, Integer> bestCount = new HashMap<>();
        surfaceCounts.forEach((key, count) -> {
            int cut = key.indexOf('\u0001');
            String term = key.substring(0, cut);
            String surface = key.substring(cut + 1);
            Integer best = bestCount.get(term);
            if (best == null || count > best || (count.equals(best) && surface.compareTo(bestSurface.get(term)) < 0)) {
                bestCount.put(term, count);
                bestSurface.put(term, surface);
            }
        });
        String[] labels = new String[v];
        for (int i = 0; i < v; i++) {
            labels[i] = dict.label(kept.get(i), bestSurface);
        }
        List<List<Integer>> documentList = new ArrayList<>();
        for (int[] doc : documents) {
            documentList.add(Arrays.stream(doc).boxed().toList());
        }
        List<Boolean> phraseList = new ArrayList<>();
        List<Integer> dfList = new ArrayList<>();
        for (int i = 0; i < v; i++) {
            phraseList.add(isPhrase[i]);
            dfList.add(finalDf[i]);
        }
        return new Snapshot(List.of(terms), List.of(labels), phraseList, dfList, documentList);
    }

    private static boolean mergePhrases(int[][] docs, Dictionary dict, TextAnalysisOptions options) {
        int size = dict.terms.size();
        long[] unigram = new long[size];
        long total = 0;
        LongIntMap pairs = new LongIntMap(1 << 16);
        for (int[] doc : docs) {
            for (int j = 0; j < doc.length; j++) {
                unigram[doc[j] >>> 1]++;
                total++;
                if (j > 0 && (doc[j] & 1) == 1) {
                    pairs.add(pair(doc[j - 1] >>> 1, doc[j] >>> 1), 1);
                }
            }
        }
        if (total == 0) {
            return false;
        }
        LongIntMap accepted = new LongIntMap(64);
        List<Double> scores = new ArrayList<>();
        for (long key : pairs.sortedKeys()) {
            int c = pairs.get(key);
            if (c < options.phraseMinCount()) {
                continue;
            }
            int a = (int) (key >>> 32);
            int b = (int) key;
            if (dict.words(a) + dict.words(b) > options.maxPhraseWords()) {
                continue;
            }
            double pxy = c / (double) total;
            double px = unigram[a] / (double) total;
            double py = unigram[b] / (double) total;
            double npmi = pxy >= 1 ? 1 : Math.log(pxy / (px * py)) / -Math.log(pxy);
            if (npmi >= options.phraseThreshold()) {
                int id = dict.id(dict.terms.get(a) + " " + dict.terms.get(b), new int[] {a, b});
                accepted.add(key, scores.size() + 1);
                scores.add(npmi);
                scores.add((double) id);
            }
        }
        if (accepted.size() == 0) {
            return false;
        }
        for (int i = 0; i < docs.length; i++) {
            docs[i] = merge(docs[i], accepted, scores);
        }
        return true;
    }

    /**
     * Merges accepted pairs in one document, the strongest (highest NPMI) first, so "need public transit"
     * becomes "need" + "public transit" when that pair is the tighter one.
     */
    private static int[] merge(int[] doc, LongIntMap accepted, List<Double> scores) {
        int len = doc.length;
        if (len < 2) {
            return doc;
        }
        int[] entry = new int[len];
        List<Integer> positions = new ArrayList<>();
        for (int j = 0; j + 1 < len; j++) {
            if ((doc[j + 1] & 1) == 1) {
                entry[j] = accepted.get(pair(doc[j] >>> 1, doc[j + 1] >>> 1));
                if (entry[j] > 0) {
                    positions.add(j);
                }
            }
        }
        if (positions.isEmpty()) {
            return doc;
        }
        positions.sort((x, y) -> {
            int c = Double.compare(scores.get(entry[y] - 1), scores.get(entry[x] - 1));
            return c != 0 ? c : Integer.compare(x, y);
        });
        boolean[] used = new boolean[len];
        int[] mergedAt = new int[len];
        for (int j : positions) {
            if (!used[j] && !used[j + 1]) {
                used[j] = true;
                used[j + 1] = true;
                mergedAt[j] = (int) Math.round(scores.get(entry[j])) + 1;
            }
        }
        int[] out = new int[len];
        int k = 0;
        for (int j = 0; j < len; j++) {
            if (mergedAt[j] > 0) {
                out[k++] = (mergedAt[j] - 1) << 1 | (doc[j] & 1);
                j++;
            } else {
                out[k++] = doc[j];
            }
        }
        return k == len ? out : Arrays.copyOf(out, k);
    }

    private static int[] addNgrams(int[] doc, Dictionary dict, int n) {
        List<Integer> extra = new ArrayList<>();
        for (int j = 1; j < doc.length; j++) {
            if ((doc[j] & 1) == 0) {
                continue;
            }
            int a = doc[j - 1] >>> 1;
            int b = doc[j] >>> 1;
            extra.add(dict.id(dict.terms.get(a) + " " + dict.terms.get(b), new int[] {a, b}) << 1);
            if (n >= 3 && j >= 2 && (doc[j - 1] & 1) == 1) {
                int z = doc[j - 2] >>> 1;
                extra.add(dict.id(dict.terms.get(z) + " " + dict.terms.get(a) + " " + dict.terms.get(b),
                        new int[] {z, a, b}) << 1);
            }
        }
        if (extra.isEmpty()) {
            return doc;
        }
        int[] out = Arrays.copyOf(doc, doc.length + extra.size());
        for (int k = 0; k < extra.size(); k++) {
            out[doc.length + k] = extra.get(k);
        }
        return out;
    }

    private static long pair(int a, int b) {
        return (long) a << 32 | (b & 0xffffffffL);
    }

    /** What ends a phrase between two words (see {@code TextAnalyzer.breaksPhrase}). */
    private static final java.util.regex.Pattern PHRASE_BREAK =
            java.util.regex.Pattern.compile("[.,;:!?()\\[\\]{}\"\u201c\u201d\u2014\u2013\u2026\n\r\u00a1\u00bf]");

    static List<Token> tokens(TextAnalysisOptions options, String text, String languageTag) {
        Language lang = options.language();
        if (lang == Language.AUTO) {
            lang = languageTag != null && languageTag.toLowerCase(Locale.ROOT).startsWith("es") ? Language.ES
                    : languageTag != null && languageTag.toLowerCase(Locale.ROOT).startsWith("en") ? Language.EN
                    : detect(text);
        }
        Analyzer analyzer = lang == Language.ES
                ? SPANISH.computeIfAbsent(options, o -> new Chain(Language.ES, o.stopWords(), o.stemming()))
                : ENGLISH.computeIfAbsent(options, o -> new Chain(Language.EN, o.stopWords(), o.stemming()));
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
            KeywordAttribute keyword = ts.addAttribute(KeywordAttribute.class);
            org.apache.lucene.analysis.tokenattributes.OffsetAttribute offset =
                    ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            ts.reset();
            String surface = null;
            int increment = 0;
            boolean previousKept = false;
            int previousEnd = 0;
            while (ts.incrementToken()) {
                String t = term.toString();
                // a mark that ends a phrase between the previous kept word and this one, by a regular expression
                boolean joined = !PHRASE_BREAK.matcher(text.substring(Math.min(previousEnd, offset.startOffset()),
                        offset.startOffset())).find();
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
                    boolean kept = emit(options, out, t, surface, increment == 1 && previousKept && joined);
                    previousEnd = kept ? offset.endOffset() : previousEnd;
                    previousKept = kept;
                    surface = null;
                } else {
                    boolean kept = emit(options, out, t, t, pos.getPositionIncrement() == 1 && previousKept && joined);
                    previousEnd = kept ? offset.endOffset() : previousEnd;
                    previousKept = kept;
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Adds the token if long enough; returns whether it was kept. */
    private static boolean emit(TextAnalysisOptions options, List<Token> out, String term, String surface,
                                boolean adjacent) {
        if (surface.length() < options.minTokenLength()) {
            return false;
        }
        out.add(new Token(term, surface, adjacent && !out.isEmpty()));
        return true;
    }

    /** English or Spanish, by which language's stop words the text uses more (English when tied). */
    static Language detect(String text) {
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
    /** Per-chunk tokenising result. */
    private static final class ChunkResult {
        final LinkedHashMap<String, Integer> dictionary = new LinkedHashMap<>();
        final Map<String, Integer> surfaces = new HashMap<>();
        final List<int[]> documents = new ArrayList<>();
    }

    /** The working dictionary: provisional ids in order of first sight. */
    private static final class Dictionary {
        final Map<String, Integer> ids = new HashMap<>();
        final List<String> terms = new ArrayList<>();
        final List<int[]> parts = new ArrayList<>();

        int id(String term, int[] constituents) {
            Integer id = ids.get(term);
            if (id == null) {
                id = terms.size();
                ids.put(term, id);
                terms.add(term);
                parts.add(constituents);
            }
            return id;
        }

        int words(int id) {
            int[] p = parts.get(id);
            if (p == null) {
                return 1;
            }
            int w = 0;
            for (int q : p) {
                w += words(q);
            }
            return w;
        }

        String label(int id, Map<String, String> surfaces) {
            int[] p = parts.get(id);
            if (p == null) {
                return surfaces.getOrDefault(terms.get(id), terms.get(id));
            }
            StringBuilder b = new StringBuilder();
            for (int q : p) {
                b.append(b.length() == 0 ? "" : " ").append(label(q, surfaces));
            }
            return b.toString();
        }
    }
}
