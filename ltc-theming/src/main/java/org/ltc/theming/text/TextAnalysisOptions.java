package org.ltc.theming.text;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.ltc.model.plugin.Option;
import org.ltc.model.plugin.OptionsBinder;

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
public record TextAnalysisOptions(
        @Option("The language (en, es), or auto to choose per text.") @NotNull Language language,
        @Option("Drop stop words (Snowball lists shipped with Lucene).") boolean stopWords,
        @Option("Reduce words to stems (Porter for English, light stemmer for Spanish).") boolean stemming,
        @Option("Keep terms found in at least this many documents.") @Min(1) @Max(Integer.MAX_VALUE)
        int minDocumentFrequency,
        @Option("Drop terms found in more than this share of documents (1 keeps all).")
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") double maxDocumentRatio,
        @Option("Keep at most this many terms, the most frequent first.") @Min(1) @Max(Integer.MAX_VALUE)
        int maxVocabulary,
        @Option("Detect frequent phrases such as \"public transit\" and merge them into one term.") boolean phrases,
        @Option("A phrase must occur at least this many times.") @Min(1) @Max(Integer.MAX_VALUE) int phraseMinCount,
        @Option("A phrase's normalised PMI must reach this (higher is stricter).")
        @DecimalMin(value = "-1", inclusive = false) @DecimalMax("1") double phraseThreshold,
        @Option("The longest phrase, in words.") @Min(2) @Max(4) int maxPhraseWords,
        @Option("Also add every run of 2 to ngrams adjacent words as an extra term (1 adds none).") @Min(1) @Max(3)
        int ngrams,
        @Option("Drop tokens shorter than this many characters.") @Min(1) @Max(20) int minTokenLength) {

    public TextAnalysisOptions {
        OptionsBinder.check(TextAnalysisOptions.class, language, stopWords, stemming, minDocumentFrequency,
                maxDocumentRatio, maxVocabulary, phrases, phraseMinCount, phraseThreshold, maxPhraseWords, ngrams,
                minTokenLength);
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
        return OptionsBinder.bind(this, prefix, properties);
    }

    /** Every option as a property under {@code prefix}, for provenance. */
    public Map<String, String> toProperties(String prefix) {
        return OptionsBinder.toProperties(this, prefix);
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
