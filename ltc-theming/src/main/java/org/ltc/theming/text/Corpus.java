package org.ltc.theming.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.ltc.model.Checks;
import org.ltc.model.plugin.Cancellation;
import org.ltc.theming.internal.LongIntMap;
import org.ltc.theming.internal.Parallel;
import org.ltc.theming.internal.Words;

/**
 * A list of texts analysed once: the vocabulary (term ids in alphabetical order of the terms), each
 * document as its sequence of term ids, document frequencies, and the frequent phrases found.
 *
 * <p>Phrases: adjacent word pairs (no stop word between them) that occur at least
 * {@code phraseMinCount} times and whose normalised pointwise mutual information
 * {@code npmi = ln(p(xy) / (p(x) p(y))) / -ln p(xy)} (Bouma 2009) reaches {@code phraseThreshold} are
 * merged into one term, e.g. {@code "public transit"}; repeating the pass grows longer phrases (as in
 * Mikolov et al. 2013 and Gensim's {@code Phrases}).
 *
 * <p>Immutable and thread-safe. Analysis runs over fixed chunks of documents and merges them in order, so
 * the result does not depend on the thread count.
 */
public final class Corpus {
    private static final int CHUNK = 1024;

    private final TextAnalysisOptions options;
    private final String[] terms;
    private final String[] labels;
    private final boolean[] phrase;
    private final int[] documentFrequencies;
    private final int[][] documents;
    private final Map<String, Integer> ids;

    private Corpus(TextAnalysisOptions options, String[] terms, String[] labels, boolean[] phrase,
                   int[] documentFrequencies, int[][] documents) {
        this.options = options;
        this.terms = terms;
        this.labels = labels;
        this.phrase = phrase;
        this.documentFrequencies = documentFrequencies;
        this.documents = documents;
        Map<String, Integer> m = new HashMap<>(terms.length * 2);
        for (int i = 0; i < terms.length; i++) {
            m.put(terms[i], i);
        }
        this.ids = m;
    }

    /** Analyses {@code texts} on one thread, language from the options. */
    public static Corpus analyse(List<String> texts, TextAnalysisOptions options) {
        return analyse(texts, null, options, 1, Cancellation.never());
    }

    /**
     * Analyses {@code texts}.
     *
     * @param languageTags a language tag per text (or {@code null} entries / list when unknown), used when
     *                     the options say {@link Language#AUTO}
     * @param threads      how many threads to use; the result does not depend on it
     */
    public static Corpus analyse(List<String> texts, List<String> languageTags, TextAnalysisOptions options,
                                 int threads, Cancellation cancellation) {
        Checks.notNull("texts", texts);
        Checks.notNull("options", options);
        Cancellation cancel = cancellation == null ? Cancellation.never() : cancellation;
        int n = texts.size();
        TextAnalyzer analyzer = new TextAnalyzer(options);
        // 1. tokenise fixed chunks (in parallel). Each worker interns the words it meets in its own tables, kept
        //    from chunk to chunk, so a word costs one look-up of its characters and a String only when new.
        //    Which worker took which chunk changes only the provisional ids, never the result (ids are final only
        //    in step 5, in alphabetical order).
        Deque<Worker> idle = new ConcurrentLinkedDeque<>();
        List<Worker> workers = Collections.synchronizedList(new ArrayList<>());
        List<ChunkResult> chunks = Parallel.map(Parallel.chunks(n, CHUNK), threads, cancel, "text analysis", c -> {
            Worker w = idle.poll();
            if (w == null) {
                w = new Worker();
                workers.add(w);
            }
            int from = c * CHUNK;
            int to = Math.min(n, from + CHUNK);
            int[][] documents = new int[to - from][];
            for (int d = from; d < to; d++) {
                String text = texts.get(d);
                String tag = languageTags == null ? null : languageTags.get(d);
                w.length = 0;
                if (text != null) {
                    analyzer.analyse(text, tag, w);
                }
                documents[d - from] = Arrays.copyOf(w.codes, w.length);
            }
            idle.push(w);
            return new ChunkResult(w, documents);
        });
        analyzer.close();
        // 2. one dictionary: each worker's words mapped to it once, then every document renumbered
        Dictionary dict = new Dictionary();
        Map<String, Integer> surfaceIds = new HashMap<>();
        List<String> surfaces = new ArrayList<>();
        LongIntMap surfaceCounts = new LongIntMap(1 << 12);
        Map<Worker, int[]> remaps = new IdentityHashMap<>();
        synchronized (workers) {
            for (Worker w : workers) {
                int[] remap = new int[w.terms.size()];
                for (int k = 0; k < remap.length; k++) {
                    remap[k] = dict.id(w.terms.get(k), null);
                }
                int[] surfaceRemap = new int[w.surfaces.size()];
                for (int k = 0; k < surfaceRemap.length; k++) {
                    surfaceRemap[k] = surfaceId(w.surfaces.get(k), surfaceIds, surfaces);
                }
                for (int k = 0; k < remap.length; k++) {
                    if (k < w.plainCounts.length && w.plainCounts[k] > 0) {
                        surfaceCounts.add(pair(remap[k], surfaceId(w.terms.get(k), surfaceIds, surfaces)),
                                w.plainCounts[k]);
                    }
                }
                w.surfaceCounts.forEach((key, count) -> surfaceCounts.add(
                        pair(remap[(int) (key >>> 32)], surfaceRemap[(int) key]), count));
                remaps.put(w, remap);
            }
        }
        int[][] docs = new int[n][];
        int d = 0;
        for (ChunkResult r : chunks) {
            int[] remap = remaps.get(r.worker());
            for (int[] codes : r.documents()) {
                for (int j = 0; j < codes.length; j++) {
                    codes[j] = remap[codes[j] >>> 1] << 1 | (codes[j] & 1);
                }
                docs[d++] = codes;
            }
        }
        chunks = null;
        workers.clear();
        remaps.clear();
        // 3. phrases
        if (options.phrases()) {
            for (int pass = 1; pass < options.maxPhraseWords(); pass++) {
                cancel.check("phrase detection");
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
        cancel.check("vocabulary");
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
        // 6. labels: each word's most frequent written form (the first in alphabetical order on a tie); phrases
        //    join their words' labels
        String[] bestSurface = new String[dict.terms.size()];
        int[] bestCount = new int[dict.terms.size()];
        surfaceCounts.forEach((key, count) -> {
            int term = (int) (key >>> 32);
            String surface = surfaces.get((int) key);
            if (bestSurface[term] == null || count > bestCount[term]
                    || (count == bestCount[term] && surface.compareTo(bestSurface[term]) < 0)) {
                bestCount[term] = count;
                bestSurface[term] = surface;
            }
        });
        String[] labels = new String[v];
        for (int i = 0; i < v; i++) {
            labels[i] = dict.label(kept.get(i), bestSurface);
        }
        return new Corpus(options, terms, labels, isPhrase, finalDf, documents);
    }

    private static int surfaceId(String surface, Map<String, Integer> ids, List<String> surfaces) {
        Integer id = ids.get(surface);
        if (id == null) {
            id = surfaces.size();
            ids.put(surface, id);
            surfaces.add(surface);
        }
        return id;
    }

    private static boolean mergePhrases(int[][] docs, Dictionary dict, TextAnalysisOptions options) {
        int size = dict.terms.size();
        long[] unigram = new long[size];
        long total = 0;
        long adjacent = 0;
        for (int[] doc : docs) {
            for (int j = 0; j < doc.length; j++) {
                unigram[doc[j] >>> 1]++;
                total++;
                if (j > 0 && (doc[j] & 1) == 1) {
                    adjacent++;
                }
            }
        }
        if (total == 0) {
            return false;
        }
        // Only a pair that occurs phraseMinCount times can become a phrase, and in a large corpus most pairs occur
        // once: a first pass counts them roughly, so that only those that may be frequent enough are counted
        // exactly (and the exact table stays small).
        PairSketch sketch = adjacent >= PairSketch.WORTH_IT && options.phraseMinCount() > 1
                ? PairSketch.of(docs, adjacent, options.phraseMinCount()) : null;
        LongIntMap pairs = new LongIntMap(1 << 16);
        for (int[] doc : docs) {
            for (int j = 1; j < doc.length; j++) {
                if ((doc[j] & 1) == 1) {
                    long key = pair(doc[j - 1] >>> 1, doc[j] >>> 1);
                    if (sketch == null || sketch.mayReach(key)) {
                        pairs.add(key, 1);
                    }
                }
            }
        }
        LongIntMap accepted = new LongIntMap(64);
        List<Double> scores = new ArrayList<>();
        for (long key : pairs.sortedKeys(options.phraseMinCount())) {
            int c = pairs.get(key);
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
        int[] entry = null;
        List<Integer> positions = null;
        for (int j = 0; j + 1 < len; j++) {
            if ((doc[j + 1] & 1) == 1) {
                int e = accepted.get(pair(doc[j] >>> 1, doc[j + 1] >>> 1));
                if (e > 0) {
                    if (entry == null) {
                        entry = new int[len];
                        positions = new ArrayList<>();
                    }
                    entry[j] = e;
                    positions.add(j);
                }
            }
        }
        if (entry == null) {
            return doc;
        }
        int[] entries = entry;
        positions.sort((x, y) -> {
            int c = Double.compare(scores.get(entries[y] - 1), scores.get(entries[x] - 1));
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

    /** How many documents. */
    public int size() {
        return documents.length;
    }

    /** How many terms in the vocabulary. */
    public int vocabularySize() {
        return terms.length;
    }

    /** The options the corpus was analysed with. */
    public TextAnalysisOptions options() {
        return options;
    }

    /** The normalised term with this id (stems joined by a space for a phrase). */
    public String term(int id) {
        return terms[id];
    }

    /** The term in its most frequent written form, for showing to people (e.g. "arrived" for "arriv"). */
    public String label(int id) {
        return labels[id];
    }

    /** Whether the term is a detected phrase or n-gram of several words. */
    public boolean isPhrase(int id) {
        return phrase[id];
    }

    /** The id of a normalised term, or -1 when it is not in the vocabulary. */
    public int termId(String term) {
        Integer id = ids.get(term);
        return id == null ? -1 : id;
    }

    /** The vocabulary, in id order. */
    public List<String> terms() {
        return Collections.unmodifiableList(Arrays.asList(terms));
    }

    /** The detected phrases and n-grams in the vocabulary, in id order. */
    public List<String> phrases() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < terms.length; i++) {
            if (phrase[i]) {
                out.add(terms[i]);
            }
        }
        return out;
    }

    /** In how many documents the term occurs. */
    public int documentFrequency(int id) {
        return documentFrequencies[id];
    }

    /** A copy of the document's term ids, in text order (terms outside the vocabulary dropped). */
    public int[] document(int doc) {
        return documents[doc].clone();
    }

    /** How many vocabulary terms the document has. */
    public int documentLength(int doc) {
        return documents[doc].length;
    }

    /** The term id at a position of a document. */
    public int termAt(int doc, int position) {
        return documents[doc][position];
    }

    /** The document's term counts as a sparse vector. */
    public SparseVector termCounts(int doc) {
        int[] sorted = documents[doc].clone();
        Arrays.sort(sorted);
        int distinct = 0;
        for (int k = 0; k < sorted.length; k++) {
            if (k == 0 || sorted[k] != sorted[k - 1]) {
                distinct++;
            }
        }
        int[] idx = new int[distinct];
        float[] val = new float[distinct];
        int j = -1;
        for (int k = 0; k < sorted.length; k++) {
            if (k == 0 || sorted[k] != sorted[k - 1]) {
                idx[++j] = sorted[k];
            }
            val[j]++;
        }
        return SparseVector.wrap(idx, val);
    }

    /** A chunk's documents, as codes ({@code id << 1 | adjacent}) over the ids of the worker that read it. */
    private record ChunkResult(Worker worker, int[][] documents) {
    }

    /**
     * One analysing thread's state while it reads chunks: its words (terms and written forms) interned without a
     * String per occurrence, how often each term was written each way, and the document being read. Used by one
     * chunk at a time.
     */
    private static final class Worker implements TextAnalyzer.Sink {
        final Words terms = new Words();
        final Words surfaces = new Words();
        /** Per term id, how often it was written as itself (the stemmer left it as it was). */
        int[] plainCounts = new int[1024];
        /** (term id, surface id) -> occurrences, for the words the stemmer changed. */
        final LongIntMap surfaceCounts = new LongIntMap(1 << 12);
        int[] codes = new int[64];
        int length;

        @Override
        public void token(char[] term, int termLength, char[] surface, int surfaceLength, boolean adjacent) {
            int id = terms.id(term, termLength);
            if (termLength == surfaceLength && Arrays.equals(term, 0, termLength, surface, 0, surfaceLength)) {
                if (id >= plainCounts.length) {
                    plainCounts = Arrays.copyOf(plainCounts, Math.max(id + 1, plainCounts.length * 2));
                }
                plainCounts[id]++;
            } else {
                surfaceCounts.add(pair(id, surfaces.id(surface, surfaceLength)), 1);
            }
            if (length == codes.length) {
                codes = Arrays.copyOf(codes, length * 2);
            }
            codes[length++] = id << 1 | (adjacent ? 1 : 0);
        }
    }

    /**
     * Rough counts of word pairs that are never below the true count: a count-min sketch (Cormode and
     * Muthukrishnan 2005) of two rows of byte counters that stop at the count that matters. A pair whose smaller
     * counter is under {@code min} occurs fewer than {@code min} times, so it needs no exact count.
     */
    private static final class PairSketch {
        /** Below this many adjacent pairs the exact count is cheap: no sketch. */
        static final long WORTH_IT = 1 << 16;
        private final byte[] first;
        private final byte[] second;
        private final int mask;
        private final int cap;

        private PairSketch(int width, int min) {
            first = new byte[width];
            second = new byte[width];
            mask = width - 1;
            cap = Math.min(min, 255);
        }

        static PairSketch of(int[][] docs, long pairs, int min) {
            // about one counter per pair, at most 2 x 8 MB
            int width = (int) Math.min(1L << 23, Long.highestOneBit(Math.max(1024, pairs - 1)) << 1);
            PairSketch s = new PairSketch(width, min);
            for (int[] doc : docs) {
                for (int j = 1; j < doc.length; j++) {
                    if ((doc[j] & 1) == 1) {
                        s.add(pair(doc[j - 1] >>> 1, doc[j] >>> 1));
                    }
                }
            }
            return s;
        }

        private void add(long key) {
            long h = LongIntMap.hash(key);
            int a = (int) h & mask;
            int b = (int) (h >>> 32) & mask;
            if ((first[a] & 0xff) < cap) {
                first[a]++;
            }
            if ((second[b] & 0xff) < cap) {
                second[b]++;
            }
        }

        /** Whether the pair may occur {@code min} times (a counter that stopped at 255 may stand for more). */
        boolean mayReach(long key) {
            long h = LongIntMap.hash(key);
            return (first[(int) h & mask] & 0xff) >= cap && (second[(int) (h >>> 32) & mask] & 0xff) >= cap;
        }
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

        String label(int id, String[] surfaces) {
            int[] p = parts.get(id);
            if (p == null) {
                return id < surfaces.length && surfaces[id] != null ? surfaces[id] : terms.get(id);
            }
            StringBuilder b = new StringBuilder();
            for (int q : p) {
                b.append(b.length() == 0 ? "" : " ").append(label(q, surfaces));
            }
            return b.toString();
        }
    }
}
