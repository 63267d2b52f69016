package org.ltc.theming.text;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.plugin.Options;

/**
 * How texts are analysed. Defaults suit short notes in English or Spanish: each note is analysed in its own
 * language (its language tag, or detected from its stop words when it has none).
 *
 * @param language             the language, or {@link Language#AUTO} to choose per text
 * @param stopWords            drop stop words (Snowball lists shipped with Lucene)
 * @param stemming             reduce words to stems (Porter for English, light stemmer for Spanish)
 * @param minDocumentFrequency keep terms found in at least this many documents
 * @param maxDocumentRatio     drop terms found in more than this share of documents (1 keeps all)
 * @param maxVocabulary        keep at most this many terms, the most frequent (by document frequency) first
 * @param phrases              detect frequent phrases such as "public transit" and merge them into one term
 * @param phraseMinCount       a phrase must occur at least this many times
 * @param phraseThreshold      a phrase's normalised PMI must reach this (in (-1, 1]; higher is stricter)
 * @param maxPhraseWords       the longest phrase, in words (2 to 4); longer ones grow from shorter ones
 * @param ngrams               also add every run of 2 to {@code ngrams} adjacent words as an extra term
 *                             (1 adds none); unlike phrases, the single words stay
 * @param minTokenLength       drop tokens shorter than this many characters
 */
public record TextAnalysisOptions(Language language, boolean stopWords, boolean stemming, int minDocumentFrequency,
                                  double maxDocumentRatio, int maxVocabulary, boolean phrases, int phraseMinCount,
                                  double phraseThreshold, int maxPhraseWords, int ngrams, int minTokenLength) {

    /** The option names read by {@link #withProperties}, without prefix. */
    public static final Set<String> PROPERTY_NAMES = Set.of("language", "stopWords", "stemming",
            "minDocumentFrequency", "maxDocumentRatio", "maxVocabulary", "phrases", "phraseMinCount",
            "phraseThreshold", "maxPhraseWords", "ngrams", "minTokenLength");

    public TextAnalysisOptions {
        if (language == null) {
            throw new InvalidOptionsException("language", null, "must be en, es or auto");
        }
        check("minDocumentFrequency", minDocumentFrequency, 1, Integer.MAX_VALUE);
        if (!(maxDocumentRatio > 0 && maxDocumentRatio <= 1)) {
            throw new InvalidOptionsException("maxDocumentRatio", maxDocumentRatio, "must be in (0, 1]");
        }
        check("maxVocabulary", maxVocabulary, 1, Integer.MAX_VALUE);
        check("phraseMinCount", phraseMinCount, 1, Integer.MAX_VALUE);
        if (!(phraseThreshold > -1 && phraseThreshold <= 1)) {
            throw new InvalidOptionsException("phraseThreshold", phraseThreshold, "must be in (-1, 1]");
        }
        check("maxPhraseWords", maxPhraseWords, 2, 4);
        check("ngrams", ngrams, 1, 3);
        check("minTokenLength", minTokenLength, 1, 20);
    }

    private static void check(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidOptionsException(name, value, "must be between " + min + " and " + max);
        }
    }

    /** The defaults: English, stop words and stemming on, phrases on, terms in at least 2 documents. */
    public static TextAnalysisOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        return new Builder().language(language).stopWords(stopWords).stemming(stemming)
                .minDocumentFrequency(minDocumentFrequency).maxDocumentRatio(maxDocumentRatio)
                .maxVocabulary(maxVocabulary).phrases(phrases).phraseMinCount(phraseMinCount)
                .phraseThreshold(phraseThreshold).maxPhraseWords(maxPhraseWords).ngrams(ngrams)
                .minTokenLength(minTokenLength);
    }

    /**
     * These options overridden by properties under {@code prefix} (e.g. {@code ltc.theming.kmeans.text.}),
     * ignoring properties under other prefixes and rejecting unknown names under it.
     */
    public TextAnalysisOptions withProperties(String prefix, Map<String, String> properties) {
        Map<String, String> mine = Options.under(prefix, properties, PROPERTY_NAMES);
        Builder b = toBuilder();
        mine.forEach((k, v) -> {
            String p = prefix + k;
            switch (k) {
                case "language" -> b.language(Language.parse(p, v));
                case "stopWords" -> b.stopWords(Options.booleanValue(p, v));
                case "stemming" -> b.stemming(Options.booleanValue(p, v));
                case "minDocumentFrequency" -> b.minDocumentFrequency(Options.intValue(p, v, 1, Integer.MAX_VALUE));
                case "maxDocumentRatio" -> b.maxDocumentRatio(Options.doubleValue(p, v, Double.MIN_VALUE, 1));
                case "maxVocabulary" -> b.maxVocabulary(Options.intValue(p, v, 1, Integer.MAX_VALUE));
                case "phrases" -> b.phrases(Options.booleanValue(p, v));
                case "phraseMinCount" -> b.phraseMinCount(Options.intValue(p, v, 1, Integer.MAX_VALUE));
                case "phraseThreshold" -> b.phraseThreshold(Options.doubleValue(p, v, -0.999, 1));
                case "maxPhraseWords" -> b.maxPhraseWords(Options.intValue(p, v, 2, 4));
                case "ngrams" -> b.ngrams(Options.intValue(p, v, 1, 3));
                case "minTokenLength" -> b.minTokenLength(Options.intValue(p, v, 1, 20));
                default -> throw new InvalidOptionsException(p, v, "is not an option");
            }
        });
        return b.build();
    }

    /** Every option as a property under {@code prefix}, for provenance. */
    public Map<String, String> toProperties(String prefix) {
        Map<String, String> m = new TreeMap<>();
        m.put(prefix + "language", language.tag());
        m.put(prefix + "stopWords", Boolean.toString(stopWords));
        m.put(prefix + "stemming", Boolean.toString(stemming));
        m.put(prefix + "minDocumentFrequency", Integer.toString(minDocumentFrequency));
        m.put(prefix + "maxDocumentRatio", Double.toString(maxDocumentRatio));
        m.put(prefix + "maxVocabulary", Integer.toString(maxVocabulary));
        m.put(prefix + "phrases", Boolean.toString(phrases));
        m.put(prefix + "phraseMinCount", Integer.toString(phraseMinCount));
        m.put(prefix + "phraseThreshold", Double.toString(phraseThreshold));
        m.put(prefix + "maxPhraseWords", Integer.toString(maxPhraseWords));
        m.put(prefix + "ngrams", Integer.toString(ngrams));
        m.put(prefix + "minTokenLength", Integer.toString(minTokenLength));
        return m;
    }

    /** Builds {@link TextAnalysisOptions}; every setter has a default. */
    public static final class Builder {
        private Language language = Language.AUTO;
        private boolean stopWords = true;
        private boolean stemming = true;
        private int minDocumentFrequency = 2;
        private double maxDocumentRatio = 1.0;
        private int maxVocabulary = 50_000;
        private boolean phrases = true;
        private int phraseMinCount = 5;
        private double phraseThreshold = 0.5;
        private int maxPhraseWords = 2;
        private int ngrams = 1;
        private int minTokenLength = 2;

        private Builder() {
        }

        public Builder language(Language v) {
            language = v;
            return this;
        }

        public Builder stopWords(boolean v) {
            stopWords = v;
            return this;
        }

        public Builder stemming(boolean v) {
            stemming = v;
            return this;
        }

        public Builder minDocumentFrequency(int v) {
            minDocumentFrequency = v;
            return this;
        }

        public Builder maxDocumentRatio(double v) {
            maxDocumentRatio = v;
            return this;
        }

        public Builder maxVocabulary(int v) {
            maxVocabulary = v;
            return this;
        }

        public Builder phrases(boolean v) {
            phrases = v;
            return this;
        }

        public Builder phraseMinCount(int v) {
            phraseMinCount = v;
            return this;
        }

        public Builder phraseThreshold(double v) {
            phraseThreshold = v;
            return this;
        }

        public Builder maxPhraseWords(int v) {
            maxPhraseWords = v;
            return this;
        }

        public Builder ngrams(int v) {
            ngrams = v;
            return this;
        }

        public Builder minTokenLength(int v) {
            minTokenLength = v;
            return this;
        }

        public TextAnalysisOptions build() {
            return new TextAnalysisOptions(language, stopWords, stemming, minDocumentFrequency, maxDocumentRatio,
                    maxVocabulary, phrases, phraseMinCount, phraseThreshold, maxPhraseWords, ngrams, minTokenLength);
        }
    }
}
