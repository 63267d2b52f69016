package org.ltc.theming.knowledge;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.plugin.Option;
import org.ltc.model.plugin.OptionCodec;
import org.ltc.model.plugin.OptionsBinder;
import org.ltc.model.plugin.OptionsNamespace;
import org.ltc.model.privacy.DisclosurePolicy;
import org.ltc.theming.codebook.Codebook;

/**
 * How {@link PublicKnowledgeBuilder} assembles public knowledge.
 *
 * @param disclosure       small-cell suppression: no segment figure about fewer than k people (default k = 5)
 * @param quotesPerTheme   representative quotes per theme (default 3)
 * @param maxQuoteChars    longer quotes are cut at a word boundary (default 280)
 * @param gapShare         a segment value is a gap when its notes are below this share of an even split
 *                         across the values of its key (default 0.5)
 * @param expectedSegments segment values a library meant to reach, by key (e.g. every neighbourhood); a value
 *                         nobody came from is reported as a gap (default none)
 * @param codebook         gives a category to themes that have none and answer no categorised question, by
 *                         the codes their notes match (default {@link Codebook#defaults()}; {@code null} for none)
 * @param clock            the time recorded in provenance (default the system clock, UTC)
 * @param commonGroundRate a statement is common ground when every opinion group's agree rate is at least this
 *                         (default 0.6)
 * @param dividingGap      a statement divides when two groups' agree rates differ by at least this (default 0.3)
 * @param minGroupVoters   a group is judged on a statement only when at least this many of its members voted on
 *                         it, and never fewer than the disclosure threshold (default 5)
 */
@OptionsNamespace(value = "ltc.knowledge", recorded = "codebook")
public record PublicKnowledgeOptions(
        @Option("No segment figure about fewer than k people.") DisclosurePolicy disclosure,
        @Option(value = "Representative quotes per theme.", aliases = "quotes-per-theme") @Min(0) @Max(50)
        int quotesPerTheme,
        @Option(value = "Longer quotes are cut at a word boundary.", aliases = "max-quote-chars") @Min(20)
        @Max(100_000) int maxQuoteChars,
        @Option(value = "A segment value is a gap below this share of an even split across its key's values.",
                aliases = "gap-share") @DecimalMin("0") @DecimalMax("1") double gapShare,
        @Option(value = "Segment values a library meant to reach, e.g. area=North|South;age=18-24.",
                codec = PublicKnowledgeOptions.SegmentsCodec.class) Map<String, List<String>> expectedSegments,
        Codebook codebook,
        Clock clock,
        @Option("A statement is common ground when every opinion group's agree rate is at least this.")
        @DecimalMin("0.5") @DecimalMax("1") double commonGroundRate,
        @Option("A statement divides when two opinion groups' agree rates differ by at least this.")
        @DecimalMin("0") @DecimalMax("1") double dividingGap,
        @Option("A group is judged on a statement only when this many of its members voted on it (and k).")
        @Min(1) @Max(1_000_000) int minGroupVoters) {
    /** The prefix of these options as properties. */
    public static final String PREFIX = "ltc.knowledge.";

    public PublicKnowledgeOptions {
        Objects.requireNonNull(disclosure, "disclosure");
        OptionsBinder.check(PublicKnowledgeOptions.class, disclosure, quotesPerTheme, maxQuoteChars, gapShare,
                expectedSegments, codebook, clock, commonGroundRate, dividingGap, minGroupVoters);
        Map<String, List<String>> sorted = new TreeMap<>();
        if (expectedSegments != null) {
            expectedSegments.forEach((k, v) -> sorted.put(k, List.copyOf(v)));
        }
        expectedSegments = java.util.Collections.unmodifiableMap(sorted);
        clock = clock == null ? Clock.systemUTC() : clock;
        if (!(commonGroundRate > 0.5)) {
            throw new InvalidOptionsException(PREFIX + "commonGroundRate", commonGroundRate,
                    "must be above 0.5 and at most 1");
        }
        if (!(dividingGap > 0)) {
            throw new InvalidOptionsException(PREFIX + "dividingGap", dividingGap, "must be above 0 and at most 1");
        }
    }

    /** Options as before common ground and division were judged, with their defaults. */
    public PublicKnowledgeOptions(DisclosurePolicy disclosure, int quotesPerTheme, int maxQuoteChars,
                                  double gapShare, Map<String, List<String>> expectedSegments, Codebook codebook,
                                  Clock clock) {
        this(disclosure, quotesPerTheme, maxQuoteChars, gapShare, expectedSegments, codebook, clock, 0.6, 0.3, 5);
    }

    public static PublicKnowledgeOptions defaults() {
        return builder().build();
    }

    /** The defaults overridden by {@code ltc.knowledge.*} and {@code ltc.privacy.minParticipants} properties. */
    public static PublicKnowledgeOptions bind(Map<String, String> properties) {
        return defaults().withProperties(properties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.disclosure = disclosure;
        b.quotesPerTheme = quotesPerTheme;
        b.maxQuoteChars = maxQuoteChars;
        b.gapShare = gapShare;
        b.expectedSegments = expectedSegments;
        b.codebook = codebook;
        b.codebookSet = true;
        b.clock = clock;
        b.commonGroundRate = commonGroundRate;
        b.dividingGap = dividingGap;
        b.minGroupVoters = minGroupVoters;
        return b;
    }

    /**
     * These options overridden by properties: {@code ltc.knowledge.quotesPerTheme}, {@code .maxQuoteChars},
     * {@code .gapShare}, {@code .expectedSegments}, {@code .commonGroundRate}, {@code .dividingGap},
     * {@code .minGroupVoters} and {@code ltc.privacy.minParticipants}. Unknown
     * {@code ltc.knowledge.*} keys are errors.
     */
    public PublicKnowledgeOptions withProperties(Map<String, String> properties) {
        return OptionsBinder.bind(this, properties);
    }

    /** The options as properties, as recorded in provenance (the codebook's id recorded only). */
    public Map<String, String> toProperties() {
        Map<String, String> p = new TreeMap<>(OptionsBinder.toProperties(this));
        p.put(PREFIX + "codebook", codebook == null ? "none" : codebook.id());
        return p;
    }

    /** {@code key=a|b;key2=c}: segment values by key (keys and values may not hold {@code = | ;}). */
    static final class SegmentsCodec implements OptionCodec<Map<String, List<String>>> {
        @Override
        public Map<String, List<String>> read(String key, String text) {
            Map<String, List<String>> out = new TreeMap<>();
            for (String part : text.split(";")) {
                if (part.isBlank()) {
                    continue;
                }
                int eq = part.indexOf('=');
                if (eq <= 0) {
                    throw new InvalidOptionsException(key, text, "must be key=value|value;key=value");
                }
                out.put(part.substring(0, eq).trim(),
                        java.util.Arrays.stream(part.substring(eq + 1).split("\\|")).map(String::trim)
                                .filter(v -> !v.isEmpty()).toList());
            }
            return out;
        }

        @Override
        public String write(Map<String, List<String>> value) {
            StringBuilder sb = new StringBuilder();
            value.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ";").append(k).append('=')
                    .append(String.join("|", v)));
            return sb.toString();
        }

        @Override
        public String typeName() {
            return "key=a|b;key2=c";
        }
    }

    /** Builds options; every value starts at its default. */
    public static final class Builder {
        private DisclosurePolicy disclosure = DisclosurePolicy.defaults();
        private int quotesPerTheme = 3;
        private int maxQuoteChars = 280;
        private double gapShare = 0.5;
        private Map<String, List<String>> expectedSegments = Map.of();
        private Codebook codebook;
        private boolean codebookSet;
        private Clock clock;
        private double commonGroundRate = 0.6;
        private double dividingGap = 0.3;
        private int minGroupVoters = 5;

        private Builder() {
        }

        public Builder commonGroundRate(double value) {
            this.commonGroundRate = value;
            return this;
        }

        public Builder dividingGap(double value) {
            this.dividingGap = value;
            return this;
        }

        public Builder minGroupVoters(int value) {
            this.minGroupVoters = value;
            return this;
        }

        public Builder disclosure(DisclosurePolicy value) {
            this.disclosure = Objects.requireNonNull(value, "disclosure");
            return this;
        }

        public Builder quotesPerTheme(int value) {
            this.quotesPerTheme = value;
            return this;
        }

        public Builder maxQuoteChars(int value) {
            this.maxQuoteChars = value;
            return this;
        }

        public Builder gapShare(double value) {
            this.gapShare = value;
            return this;
        }

        public Builder expectedSegments(Map<String, List<String>> value) {
            this.expectedSegments = Objects.requireNonNull(value, "expectedSegments");
            return this;
        }

        /** The codebook that categorises uncategorised themes, or {@code null} for none. */
        public Builder codebook(Codebook value) {
            this.codebook = value;
            this.codebookSet = true;
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        public PublicKnowledgeOptions build() {
            return new PublicKnowledgeOptions(disclosure, quotesPerTheme, maxQuoteChars, gapShare, expectedSegments,
                    codebookSet ? codebook : Codebook.defaults(), clock, commonGroundRate, dividingGap, minGroupVoters);
        }
    }
}
