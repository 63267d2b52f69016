package org.ltc.model.io;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.Map;
import org.ltc.model.Checks;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.plugin.Option;
import org.ltc.model.plugin.OptionsBinder;
import org.ltc.model.plugin.OptionsNamespace;

/**
 * How a Polis open-data export is imported. Every option is also an {@code ltc.import.polis.*} property
 * ({@link #toProperties()}), as it appears in the import's provenance.
 *
 * @param lenient       {@code false} (default): the first bad row stops the import; {@code true}: bad rows are
 *                      skipped and reported (votes on a skipped statement are skipped too)
 * @param includeVotes  whether each participant's votes become {@code Vote}s (default {@code true})
 * @param groupSegment  the participant segment that holds the Polis opinion group (default
 *                      {@value #DEFAULT_GROUP_SEGMENT}); the group is also the participant's
 *                      {@code opinionGroup}
 * @param setId         the conversation set's id, or {@code null}: {@code polis-} and the conversation code
 *                      from {@code summary.csv}'s url, else the folder name
 * @param licence       the licence the data is under (default {@value #DEFAULT_LICENCE}, the licence of
 *                      Polis open data)
 * @param attribution   the attribution the licence asks for, carried in the guide's {@code source} and the
 *                      provenance (default: {@link #DEFAULT_ATTRIBUTION})
 * @param maxFieldChars the longest field read (default {@value CsvImportOptions#DEFAULT_MAX_FIELD_CHARS})
 * @param maxRows       the most rows read from one file (default {@value #DEFAULT_MAX_ROWS})
 * @param maxColumns    the most columns (one per statement in the votes file; default
 *                      {@value #DEFAULT_MAX_COLUMNS})
 */
@OptionsNamespace("ltc.import.polis")
public record PolisImportOptions(
        @Option("Skip and report bad rows instead of stopping at the first.") boolean lenient,
        @Option("Turn each participant's votes into Votes.") boolean includeVotes,
        @Option("The participant segment that holds the Polis opinion group.") @NotBlank String groupSegment,
        @Option("The conversation set's id (default: polis- and the conversation code).") String setId,
        @Option("The licence the data is under.") String licence,
        @Option("The attribution the licence asks for.") String attribution,
        @Option("The longest field read.") @Positive int maxFieldChars,
        @Option("The most rows read from one file.") @Positive long maxRows,
        @Option("The most columns (one per statement in the votes file).") @Positive int maxColumns) {
    public static final String DEFAULT_GROUP_SEGMENT = "polis-group";
    public static final String DEFAULT_LICENCE = "CC BY 4.0";
    public static final String DEFAULT_ATTRIBUTION = "Data was gathered using the Polis software "
            + "(compdemocracy.org/polis) and is sub-licensed under CC BY 4.0 with Attribution to The "
            + "Computational Democracy Project.";
    public static final long DEFAULT_MAX_ROWS = 10_000_000L;
    public static final int DEFAULT_MAX_COLUMNS = 1_000_000;

    private static final String P = "ltc.import.polis.";

    public PolisImportOptions {
        groupSegment = groupSegment == null ? DEFAULT_GROUP_SEGMENT : groupSegment;
        setId = Checks.optional(setId);
        licence = licence == null ? DEFAULT_LICENCE : Checks.optional(licence);
        attribution = attribution == null ? DEFAULT_ATTRIBUTION : Checks.optional(attribution);
        OptionsBinder.check(PolisImportOptions.class, lenient, includeVotes, groupSegment, setId, licence,
                attribution, maxFieldChars, maxRows, maxColumns);
        if (setId != null && !Checks.isId(setId)) {
            throw new InvalidOptionsException(P + "setId", setId,
                    "must be 1-128 letters, digits or . _ : - starting with a letter or digit");
        }
    }

    /** The defaults overridden by {@code ltc.import.polis.*} properties. */
    public static PolisImportOptions bind(Map<String, String> properties) {
        return OptionsBinder.bind(defaults(), properties);
    }

    public static PolisImportOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every option as an {@code ltc.import.polis.*} property, for provenance. */
    public Map<String, String> toProperties() {
        return OptionsBinder.toProperties(this);
    }

    /** Builds {@link PolisImportOptions}; every property has a default. */
    public static final class Builder {
        private boolean lenient;
        private boolean includeVotes = true;
        private String groupSegment = DEFAULT_GROUP_SEGMENT;
        private String setId;
        private String licence = DEFAULT_LICENCE;
        private String attribution = DEFAULT_ATTRIBUTION;
        private int maxFieldChars = CsvImportOptions.DEFAULT_MAX_FIELD_CHARS;
        private long maxRows = DEFAULT_MAX_ROWS;
        private int maxColumns = DEFAULT_MAX_COLUMNS;

        private Builder() {
        }

        public Builder lenient(boolean v) {
            lenient = v;
            return this;
        }

        public Builder includeVotes(boolean v) {
            includeVotes = v;
            return this;
        }

        public Builder groupSegment(String v) {
            groupSegment = v;
            return this;
        }

        public Builder setId(String v) {
            setId = v;
            return this;
        }

        public Builder licence(String v) {
            licence = v;
            return this;
        }

        public Builder attribution(String v) {
            attribution = v;
            return this;
        }

        public Builder maxFieldChars(int v) {
            maxFieldChars = v;
            return this;
        }

        public Builder maxRows(long v) {
            maxRows = v;
            return this;
        }

        public Builder maxColumns(int v) {
            maxColumns = v;
            return this;
        }

        public PolisImportOptions build() {
            return new PolisImportOptions(lenient, includeVotes, groupSegment, setId, licence, attribution,
                    maxFieldChars, maxRows, maxColumns);
        }
    }
}
