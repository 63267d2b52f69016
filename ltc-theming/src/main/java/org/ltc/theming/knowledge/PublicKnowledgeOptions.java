package org.ltc.theming.knowledge;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.plugin.Options;
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
public record PublicKnowledgeOptions(DisclosurePolicy disclosure, int quotesPerTheme, int maxQuoteChars,
                                     double gapShare, Map<String, List<String>> expectedSegments, Codebook codebook,
                                     Clock clock, double commonGroundRate, double dividingGap,
                                     int minGroupVoters) {
    /** The prefix of these options as properties. */
    public static final String PREFIX = "ltc.knowledge.";
    private static final Set<String> KNOWN = Set.of("quotes-per-theme", "max-quote-chars", "gap-share",
            "common-ground-rate", "dividing-gap", "min-group-voters");

    public PublicKnowledgeOptions {
        Objects.requireNonNull(disclosure, "disclosure");
        if (quotesPerTheme < 0 || quotesPerTheme > 50) {
            throw new InvalidOptionsException(PREFIX + "quotes-per-theme", quotesPerTheme, "must be between 0 and 50");
        }
        if (maxQuoteChars < 20) {
            throw new InvalidOptionsException(PREFIX + "max-quote-chars", maxQuoteChars, "must be at least 20");
        }
        if (!(gapShare >= 0 && gapShare <= 1)) {
            throw new InvalidOptionsException(PREFIX + "gap-share", gapShare, "must be between 0 and 1");
        }
        Map<String, List<String>> sorted = new TreeMap<>();
        if (expectedSegments != null) {
            expectedSegments.forEach((k, v) -> sorted.put(k, List.copyOf(v)));
        }
        expectedSegments = java.util.Collections.unmodifiableMap(sorted);
        clock = clock == null ? Clock.systemUTC() : clock;
        if (!(commonGroundRate > 0.5 && commonGroundRate <= 1)) {
            throw new InvalidOptionsException(PREFIX + "common-ground-rate", commonGroundRate,
                    "must be above 0.5 and at most 1");
        }
        if (!(dividingGap > 0 && dividingGap <= 1)) {
            throw new InvalidOptionsException(PREFIX + "dividing-gap", dividingGap, "must be above 0 and at most 1");
        }
        if (minGroupVoters < 1) {
            throw new InvalidOptionsException(PREFIX + "min-group-voters", minGroupVoters, "must be at least 1");
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
     * These options overridden by properties: {@code ltc.knowledge.quotes-per-theme}, {@code .max-quote-chars},
     * {@code .gap-share}, {@code .common-ground-rate}, {@code .dividing-gap}, {@code .min-group-voters} and {@code ltc.privacy.minParticipants}. Unknown {@code ltc.knowledge.*} keys are errors.
     */
    public PublicKnowledgeOptions with(Map<String, String> properties) {
        Map<String, String> mine = Options.under(PREFIX, properties, KNOWN);
        Builder b = toBuilder();
        if (properties.containsKey(DisclosurePolicy.PROPERTY)) {
            b.disclosure(DisclosurePolicy.fromProperties(properties));
        }
        if (mine.containsKey("quotes-per-theme")) {
            b.quotesPerTheme(Options.intValue(PREFIX + "quotes-per-theme", mine.get("quotes-per-theme"), 0, 50));
        }
        if (mine.containsKey("max-quote-chars")) {
            b.maxQuoteChars(Options.intValue(PREFIX + "max-quote-chars", mine.get("max-quote-chars"), 20, 100_000));
        }
        if (mine.containsKey("gap-share")) {
            b.gapShare(Options.doubleValue(PREFIX + "gap-share", mine.get("gap-share"), 0, 1));
        }
        if (mine.containsKey("common-ground-rate")) {
            b.commonGroundRate(Options.doubleValue(PREFIX + "common-ground-rate", mine.get("common-ground-rate"), 0, 1));
        }
        if (mine.containsKey("dividing-gap")) {
            b.dividingGap(Options.doubleValue(PREFIX + "dividing-gap", mine.get("dividing-gap"), 0, 1));
        }
        if (mine.containsKey("min-group-voters")) {
            b.minGroupVoters(Options.intValue(PREFIX + "min-group-voters", mine.get("min-group-voters"), 1,
                    1_000_000));
        }
        return b.build();
    }

    /** The options as properties, as recorded in provenance. */
    public Map<String, String> toProperties() {
        Map<String, String> p = new TreeMap<>(disclosure.toProperties());
        p.put(PREFIX + "quotes-per-theme", Integer.toString(quotesPerTheme));
        p.put(PREFIX + "max-quote-chars", Integer.toString(maxQuoteChars));
        p.put(PREFIX + "gap-share", Double.toString(gapShare));
        p.put(PREFIX + "codebook", codebook == null ? "none" : codebook.id());
        expectedSegments.forEach((k, v) -> p.put(PREFIX + "expected-segments." + k, String.join("|", v)));
        p.put(PREFIX + "common-ground-rate", Double.toString(commonGroundRate));
        p.put(PREFIX + "dividing-gap", Double.toString(dividingGap));
        p.put(PREFIX + "min-group-voters", Integer.toString(minGroupVoters));
        return p;
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
