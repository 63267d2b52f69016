package org.ltc.model.io;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ltc.model.Checks;
import org.ltc.model.InvalidOptionsException;

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
public record PolisImportOptions(boolean lenient, boolean includeVotes, String groupSegment, String setId,
                                 String licence, String attribution, int maxFieldChars, long maxRows,
                                 int maxColumns) {
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
        if (groupSegment.isBlank()) {
            throw new InvalidOptionsException(P + "groupSegment", groupSegment, "must not be blank");
        }
        setId = Checks.optional(setId);
        if (setId != null && !Checks.isId(setId)) {
            throw new InvalidOptionsException(P + "setId", setId,
                    "must be 1-128 letters, digits or . _ : - starting with a letter or digit");
        }
        licence = licence == null ? DEFAULT_LICENCE : Checks.optional(licence);
        attribution = attribution == null ? DEFAULT_ATTRIBUTION : Checks.optional(attribution);
        if (maxFieldChars < 1) {
            throw new InvalidOptionsException(P + "maxFieldChars", maxFieldChars, "must be positive");
        }
        if (maxRows < 1) {
            throw new InvalidOptionsException(P + "maxRows", maxRows, "must be positive");
        }
        if (maxColumns < 1) {
            throw new InvalidOptionsException(P + "maxColumns", maxColumns, "must be positive");
        }
    }

    public static PolisImportOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every option as an {@code ltc.import.polis.*} property, for provenance. */
    public Map<String, String> toProperties() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(P + "lenient", String.valueOf(lenient));
        m.put(P + "includeVotes", String.valueOf(includeVotes));
        m.put(P + "groupSegment", groupSegment);
        if (setId != null) {
            m.put(P + "setId", setId);
        }
        if (licence != null) {
            m.put(P + "licence", licence);
        }
        if (attribution != null) {
            m.put(P + "attribution", attribution);
        }
        m.put(P + "maxFieldChars", String.valueOf(maxFieldChars));
        m.put(P + "maxRows", String.valueOf(maxRows));
        m.put(P + "maxColumns", String.valueOf(maxColumns));
        return m;
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
