package org.ltc.theming.codebook;

import java.nio.file.Files;
import java.nio.file.Path;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.plugin.Option;
import org.ltc.model.plugin.OptionCodec;
import org.ltc.model.plugin.OptionsBinder;
import org.ltc.model.plugin.OptionsNamespace;
import org.ltc.model.io.InputFiles;

/**
 * How {@link CodebookThemer} themes. Bounds are stated once, on the components, and bound by
 * {@link OptionsBinder}; the keys were kebab-case before 0.2 ({@code min-score}) and are still accepted.
 *
 * @param codebook        the codes to look for (default {@link Codebook#defaults()}); as a property,
 *                        {@code file} names a REFI-QDA {@code .qdc} or JSON codebook file
 * @param minScore        how much evidence a note needs to carry a code: each distinct seed term it contains
 *                        counts 1, each seed phrase 2 (default 1, at least 1)
 * @param splitByCategory whether a code's notes are split by the category of the question each note answers,
 *                        so "Housing" heard as a concern and as an aspiration become two themes (default true)
 * @param maxKeyTerms     how many matched seed terms a theme lists, most frequent first (default 8)
 */
@OptionsNamespace(value = "ltc.theming.codebook", recorded = {"codebook", "codebook-sha256"})
public record CodebookOptions(
        @Option(value = "A REFI-QDA .qdc or JSON codebook file (default: the built-in codebook).", key = "file",
                codec = CodebookOptions.FileCodec.class) @NotNull Codebook codebook,
        @Option(value = "Evidence a note needs to carry a code (a seed term counts 1, a seed phrase 2).",
                aliases = "min-score") @Min(1) @Max(1000) int minScore,
        @Option(value = "Split a code's notes by the category of the question each answers.",
                aliases = "split-by-category") boolean splitByCategory,
        @Option(value = "How many matched seed terms a theme lists.", aliases = "max-key-terms") @Min(1) @Max(100)
        int maxKeyTerms) {
    /** The prefix of this themer's option properties. */
    public static final String PREFIX = "ltc.theming.codebook.";

    public CodebookOptions {
        OptionsBinder.check(CodebookOptions.class, codebook, minScore, splitByCategory, maxKeyTerms);
    }

    public static CodebookOptions defaults() {
        return builder().build();
    }

    /** The defaults overridden by {@code ltc.theming.codebook.*} properties. */
    public static CodebookOptions bind(Map<String, String> properties) {
        return defaults().withProperties(properties);
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
     * {@code .qdc} or JSON codebook file), {@code minScore}, {@code splitByCategory}, {@code maxKeyTerms}.
     * An unknown property under the prefix is an {@link org.ltc.model.InvalidOptionsException}.
     */
    public CodebookOptions withProperties(Map<String, String> properties) {
        return OptionsBinder.bind(this, properties);
    }

    /**
     * The options as properties, as recorded in provenance: the codebook by id and content hash (recorded
     * only: binding them back keeps the codebook it binds onto).
     */
    public Map<String, String> toProperties() {
        Map<String, String> p = new TreeMap<>(OptionsBinder.toProperties(this));
        p.put(PREFIX + "codebook", codebook.id());
        p.put(PREFIX + "codebook-sha256", org.ltc.model.provenance.Hashing.sha256(RefiQdaCodebook.write(codebook)));
        return p;
    }

    /** Reads a codebook named by a file; a codebook is not written back (its id and hash are recorded). */
    static final class FileCodec implements OptionCodec<Codebook> {
        @Override
        public Codebook read(String key, String text) {
            return readFile(text.trim());
        }

        @Override
        public String write(Codebook value) {
            return null;
        }

        @Override
        public String typeName() {
            return "file";
        }
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
