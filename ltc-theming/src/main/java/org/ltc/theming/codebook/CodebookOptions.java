package org.ltc.theming.codebook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.plugin.Options;
import org.ltc.model.io.InputFiles;

/**
 * How {@link CodebookThemer} themes.
 *
 * @param codebook        the codes to look for (default {@link Codebook#defaults()})
 * @param minScore        how much evidence a note needs to carry a code: each distinct seed term it contains
 *                        counts 1, each seed phrase 2 (default 1, at least 1)
 * @param splitByCategory whether a code's notes are split by the category of the question each note answers,
 *                        so "Housing" heard as a concern and as an aspiration become two themes (default true)
 * @param maxKeyTerms     how many matched seed terms a theme lists, most frequent first (default 8)
 */
public record CodebookOptions(Codebook codebook, int minScore, boolean splitByCategory, int maxKeyTerms) {
    /** The prefix of this themer's option properties. */
    public static final String PREFIX = "ltc.theming.codebook.";
    private static final Set<String> KNOWN = Set.of("file", "min-score", "split-by-category", "max-key-terms");

    public CodebookOptions {
        Objects.requireNonNull(codebook, "codebook");
        if (minScore < 1) {
            throw new InvalidOptionsException(PREFIX + "min-score", minScore, "must be at least 1");
        }
        if (maxKeyTerms < 1) {
            throw new InvalidOptionsException(PREFIX + "max-key-terms", maxKeyTerms, "must be at least 1");
        }
    }

    public static CodebookOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().codebook(codebook).minScore(minScore).splitByCategory(splitByCategory)
                .maxKeyTerms(maxKeyTerms);
    }

    /**
     * These options overridden by {@code ltc.theming.codebook.*} properties: {@code file} (a REFI-QDA
     * {@code .qdc} or JSON codebook file), {@code min-score}, {@code split-by-category}, {@code max-key-terms}.
     * An unknown property under the prefix is an {@link InvalidOptionsException}.
     */
    public CodebookOptions with(Map<String, String> properties) {
        Map<String, String> mine = Options.under(PREFIX, properties, KNOWN);
        Builder b = toBuilder();
        if (mine.containsKey("file")) {
            b.codebook(readFile(mine.get("file")));
        }
        if (mine.containsKey("min-score")) {
            b.minScore(Options.intValue(PREFIX + "min-score", mine.get("min-score"), 1, 1000));
        }
        if (mine.containsKey("split-by-category")) {
            b.splitByCategory(Options.booleanValue(PREFIX + "split-by-category", mine.get("split-by-category")));
        }
        if (mine.containsKey("max-key-terms")) {
            b.maxKeyTerms(Options.intValue(PREFIX + "max-key-terms", mine.get("max-key-terms"), 1, 100));
        }
        return b.build();
    }

    /** The options as properties, as recorded in provenance (the codebook by id and content hash). */
    public Map<String, String> toProperties() {
        Map<String, String> p = new TreeMap<>();
        p.put(PREFIX + "codebook", codebook.id());
        p.put(PREFIX + "codebook-sha256", org.ltc.model.provenance.Hashing.sha256(RefiQdaCodebook.write(codebook)));
        p.put(PREFIX + "min-score", Integer.toString(minScore));
        p.put(PREFIX + "split-by-category", Boolean.toString(splitByCategory));
        p.put(PREFIX + "max-key-terms", Integer.toString(maxKeyTerms));
        return p;
    }

    private static Codebook readFile(String file) {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new InvalidOptionsException(PREFIX + "file", file, "is not a readable file");
        }
        if (file.toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            try (var in = InputFiles.open(path, InputFiles.DEFAULT_MAX_TEXT_BYTES)) {
                return Codebook.fromJson(in, file);
            } catch (java.io.IOException e) {
                throw new InvalidOptionsException(PREFIX + "file", file, "cannot be read: " + e.getMessage());
            }
        }
        return RefiQdaCodebook.read(path);
    }

    /** Builds options; every value starts at its default. */
    public static final class Builder {
        private Codebook codebook;
        private int minScore = 1;
        private boolean splitByCategory = true;
        private int maxKeyTerms = 8;

        private Builder() {
        }

        public Builder codebook(Codebook value) {
            this.codebook = Objects.requireNonNull(value, "codebook");
            return this;
        }

        public Builder minScore(int value) {
            this.minScore = value;
            return this;
        }

        public Builder splitByCategory(boolean value) {
            this.splitByCategory = value;
            return this;
        }

        public Builder maxKeyTerms(int value) {
            this.maxKeyTerms = value;
            return this;
        }

        public CodebookOptions build() {
            return new CodebookOptions(codebook == null ? Codebook.defaults() : codebook, minScore, splitByCategory,
                    maxKeyTerms);
        }
    }
}
