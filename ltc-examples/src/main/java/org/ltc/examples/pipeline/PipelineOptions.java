package org.ltc.examples.pipeline;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ltc.model.Checks;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.action.LibraryCapacities;
import org.ltc.model.content.ContentLibrary;
import org.ltc.model.privacy.RedactionOptions;

/**
 * How {@link Pipeline} runs: which themer and calibrator, in which stage framework, with which seed, and what the
 * team brings (capacities, a review sheet, their own call on the stage).
 *
 * @param themer         the themer id, or {@code null} for the default ({@code semantic} when an embedding
 *                       model can run, else {@code kmeans}, else {@code codebook})
 * @param themingOptions options for the themer and for public-knowledge assembly ({@code ltc.theming.*},
 *                       {@code ltc.knowledge.*}, {@code ltc.privacy.minParticipants})
 * @param calibrator     the calibrator id (default {@code signals})
 * @param framework      the stage framework id (default {@code harwood-five-stages})
 * @param seed           the seed of every step
 * @param threads        threads for theming (1 or more)
 * @param capacities     what the library can bring, or {@code null}: the plan then drafts and says what it needs
 * @param review         the team's review sheet, applied as curation steps, or {@code null}
 * @param by             who reviews, overrides the stage and signs curation steps (default {@code "library team"})
 * @param stage          the stage the team calls, overriding the calibrator (its distribution is kept), or {@code null}
 * @param stageReason    why the team called that stage (required with {@code stage})
 * @param title          the report's title, or {@code null} for "What we heard: COMMUNITY"
 * @param attributions   lines the data's licences require in the report
 * @param redaction      what personal data to remove, or {@code null} to keep the text as it is (public statements
 *                       only); a set already marked redacted is not redacted again
 * @param clock          the clock every step reads
 */
public record PipelineOptions(String themer, Map<String, String> themingOptions, String calibrator, String framework,
                              long seed, int threads, LibraryCapacities capacities, ReviewSheet review, String by,
                              String stage, String stageReason, String title, List<String> attributions,
                              RedactionOptions redaction, Clock clock) {
    /** Who signs the team's steps when nobody is named. */
    public static final String DEFAULT_BY = "library team";
    public static final String DEFAULT_CALIBRATOR = "signals";

    public PipelineOptions {
        themer = Checks.optional(themer);
        themingOptions = Map.copyOf(new TreeMap<>(themingOptions == null ? Map.of() : themingOptions));
        calibrator = calibrator == null ? DEFAULT_CALIBRATOR : calibrator;
        framework = framework == null ? ContentLibrary.HARWOOD_FIVE_STAGES : framework;
        if (threads < 1) {
            throw new InvalidOptionsException("threads", String.valueOf(threads), "must be 1 or more");
        }
        by = by == null || by.isBlank() ? DEFAULT_BY : by.strip();
        stage = Checks.optional(stage);
        stageReason = Checks.optional(stageReason);
        if (stage != null && stageReason == null) {
            throw new InvalidOptionsException("--stage-reason", null, "is required with --stage " + stage
                    + ": say why the team calls this stage");
        }
        if (stage == null && stageReason != null) {
            throw new InvalidOptionsException("--stage-reason", stageReason, "applies only with --stage");
        }
        title = Checks.optional(title);
        attributions = Checks.strings("attributions", attributions);
        clock = clock == null ? Clock.systemUTC() : clock;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options, to change some of them (e.g. what a sample or host brings). */
    public Builder toBuilder() {
        return new Builder().themer(themer).themingOptions(themingOptions).calibrator(calibrator).framework(framework)
                .seed(seed).threads(threads).capacities(capacities).review(review).by(by).stage(stage, stageReason)
                .title(title).attributions(attributions).redaction(redaction).clock(clock);
    }

    /** Builds options; every setter may be called once or more, the last value wins. */
    public static final class Builder {
        private String themer;
        private Map<String, String> themingOptions = Map.of();
        private String calibrator;
        private String framework;
        private long seed = 1;
        private int threads = 1;
        private LibraryCapacities capacities;
        private ReviewSheet review;
        private String by;
        private String stage;
        private String stageReason;
        private String title;
        private List<String> attributions = List.of();
        private RedactionOptions redaction = RedactionOptions.builder().build();
        private Clock clock;

        private Builder() {
        }

        public Builder themer(String v) {
            themer = v;
            return this;
        }

        public Builder themingOptions(Map<String, String> v) {
            themingOptions = v;
            return this;
        }

        public Builder calibrator(String v) {
            calibrator = v;
            return this;
        }

        public Builder framework(String v) {
            framework = v;
            return this;
        }

        public Builder seed(long v) {
            seed = v;
            return this;
        }

        public Builder threads(int v) {
            threads = v;
            return this;
        }

        public Builder capacities(LibraryCapacities v) {
            capacities = v;
            return this;
        }

        public Builder review(ReviewSheet v) {
            review = v;
            return this;
        }

        public Builder by(String v) {
            by = v;
            return this;
        }

        /** The team's call on the stage, and why. */
        public Builder stage(String stageId, String reason) {
            stage = stageId;
            stageReason = reason;
            return this;
        }

        public Builder title(String v) {
            title = v;
            return this;
        }

        public Builder attributions(List<String> v) {
            attributions = v;
            return this;
        }

        /** What to redact; {@code null} keeps the text (only for public statements). */
        public Builder redaction(RedactionOptions v) {
            redaction = v;
            return this;
        }

        public Builder clock(Clock v) {
            clock = v;
            return this;
        }

        public PipelineOptions build() {
            return new PipelineOptions(themer, themingOptions, calibrator, framework, seed, threads, capacities, review,
                    by, stage, stageReason, title, attributions, redaction, clock);
        }
    }
}
