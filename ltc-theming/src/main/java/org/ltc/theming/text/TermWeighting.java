package org.ltc.theming.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ltc.model.InvalidOptionsException;

/**
 * Term weighting schemes that turn a document's term counts into a unit-length sparse vector.
 *
 * <ul>
 *   <li>{@link #TF_IDF}: sublinear term frequency {@code 1 + ln tf} times the smoothed inverse document
 *       frequency {@code ln((1 + N) / (1 + df)) + 1} (Salton and Buckley 1988; the smoothing scikit-learn
 *       uses), L2-normalised.</li>
 *   <li>{@link #BM25}: Okapi BM25 term weights (Robertson and Zaragoza 2009) with {@code k1 = 1.2},
 *       {@code b = 0.75} and {@code idf = ln(1 + (N - df + 0.5) / (df + 0.5))}, L2-normalised.</li>
 * </ul>
 */
public enum TermWeighting {
    TF_IDF,
    BM25;

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    /** Parses {@code tfidf} or {@code bm25} (any case, hyphens and underscores ignored). */
    public static TermWeighting parse(String property, String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        return switch (v) {
            case "tfidf" -> TF_IDF;
            case "bm25" -> BM25;
            default -> throw new InvalidOptionsException(property, value, "must be tfidf or bm25");
        };
    }

    /** The option value naming this scheme. */
    public String tag() {
        return this == TF_IDF ? "tfidf" : "bm25";
    }

    /** The inverse document frequency of a term in the corpus under this scheme. */
    public double idf(Corpus corpus, int term) {
        double n = corpus.size();
        double df = corpus.documentFrequency(term);
        return this == TF_IDF ? Math.log((1 + n) / (1 + df)) + 1 : Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    /** Every document's unit-length weighted vector, in document order (empty for an empty document). */
    public List<SparseVector> vectors(Corpus corpus) {
        int v = corpus.vocabularySize();
        double[] idf = new double[v];
        for (int t = 0; t < v; t++) {
            idf[t] = idf(corpus, t);
        }
        double avgLength = 0;
        for (int d = 0; d < corpus.size(); d++) {
            avgLength += corpus.documentLength(d);
        }
        avgLength = corpus.size() == 0 ? 0 : avgLength / corpus.size();
        List<SparseVector> out = new ArrayList<>(corpus.size());
        for (int d = 0; d < corpus.size(); d++) {
            out.add(vector(corpus.termCounts(d), corpus.documentLength(d), avgLength, idf));
        }
        return out;
    }

    /** One document's weighted, unit-length vector from its term counts. */
    SparseVector vector(SparseVector counts, int length, double avgLength, double[] idf) {
        if (counts.isEmpty()) {
            return SparseVector.empty();
        }
        int[] idx = counts.indices();
        float[] val = new float[idx.length];
        double norm = 0;
        for (int k = 0; k < idx.length; k++) {
            double tf = counts.value(k);
            double w = this == TF_IDF ? (1 + Math.log(tf)) * idf[idx[k]]
                    : idf[idx[k]] * tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / Math.max(avgLength, 1e-9)));
            val[k] = (float) w;
            norm += w * w;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            return SparseVector.empty();
        }
        for (int k = 0; k < val.length; k++) {
            val[k] = (float) (val[k] / norm);
        }
        return SparseVector.wrap(idx, val);
    }

    @Override
    public String toString() {
        return tag();
    }
}
