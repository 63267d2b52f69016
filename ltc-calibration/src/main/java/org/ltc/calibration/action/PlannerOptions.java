package org.ltc.calibration.action;

import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.ltc.model.Checks;
import org.ltc.model.plugin.Option;
import org.ltc.model.plugin.OptionsBinder;
import org.ltc.model.plugin.OptionsNamespace;
import org.ltc.model.InvalidOptionsException;

/**
 * Options of the {@link ActionPlanner}. Build with {@link #builder()}; every option has a default.
 *
 * @param maxActions         how many actions the draft plan holds at most (default 4; Harwood: few and small early)
 * @param maxThemesPerAction how many themes an action cites at most (default 3)
 * @param planId             the id of the drafted plan (default {@code "draft-plan"})
 * @param seed               breaks ties between equally ranked patterns (default 0); same seed, same plan
 * @param clock              the time in provenance and the plan's start date (default the system UTC clock)
 * @param catalogue          the action patterns to draw on (default {@link ActionPatternCatalogue#builtIn()})
 */
@OptionsNamespace(value = "ltc.action.planner", recorded = "catalogue")
public record PlannerOptions(
        @Option("How many actions the draft plan holds at most.") @Min(1) @Max(50) int maxActions,
        @Option("How many themes an action cites at most.") @Min(1) @Max(20) int maxThemesPerAction,
        @Option("The id of the drafted plan.") @NotBlank String planId,
        @Option("Breaks ties between equally ranked patterns; same seed, same plan.") long seed,
        Clock clock,
        ActionPatternCatalogue catalogue) {
    public static final int DEFAULT_MAX_ACTIONS = 4;
    public static final int DEFAULT_MAX_THEMES_PER_ACTION = 3;
    public static final String DEFAULT_PLAN_ID = "draft-plan";
    /** The property prefix. */
    public static final String PREFIX = "ltc.action.planner.";

    public PlannerOptions {
        OptionsBinder.check(PlannerOptions.class, maxActions, maxThemesPerAction, planId, seed, clock, catalogue);
        try {
            Checks.id("planId", planId);
        } catch (org.ltc.model.InvalidInputException e) {
            throw new InvalidOptionsException(PREFIX + "planId", planId, e.problem());
        }
        if (clock == null) {
            throw new InvalidOptionsException("clock", null, "is required");
        }
        if (catalogue == null) {
            throw new InvalidOptionsException("catalogue", null, "is required");
        }
    }

    public static PlannerOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Options from {@code ltc.action.planner.*} properties ({@code maxActions}, {@code maxThemesPerAction},
     * {@code planId}, {@code seed}), for the command line and hosts; absent ones keep their defaults, unknown ones
     * under the prefix are rejected ({@code catalogue} is recorded in provenance only: the catalogue is passed in).
     */
    public static PlannerOptions fromProperties(Map<String, String> properties, Clock clock,
                                                ActionPatternCatalogue catalogue) {
        return OptionsBinder.bind(builder().clock(clock).catalogue(catalogue).build(), properties);
    }

    /** These options overridden by {@code ltc.action.planner.*} properties. */
    public PlannerOptions withProperties(Map<String, String> properties) {
        return OptionsBinder.bind(this, properties);
    }

    /** The options as {@code ltc.action.planner.*} properties, for provenance (the catalogue by id and version). */
    public Map<String, String> toProperties() {
        Map<String, String> p = new TreeMap<>(OptionsBinder.toProperties(this));
        p.put(PREFIX + "catalogue", catalogue.id() + "@" + catalogue.version());
        return p;
    }

    /** A builder; each setter rejects a bad value at once, {@link #build()} fills in defaults. */
    public static final class Builder {
        private int maxActions = DEFAULT_MAX_ACTIONS;
        private int maxThemesPerAction = DEFAULT_MAX_THEMES_PER_ACTION;
        private String planId = DEFAULT_PLAN_ID;
        private long seed;
        private Clock clock;
        private ActionPatternCatalogue catalogue;

        private Builder() {
        }

        public Builder maxActions(int value) {
            this.maxActions = value;
            return this;
        }

        public Builder maxThemesPerAction(int value) {
            this.maxThemesPerAction = value;
            return this;
        }

        public Builder planId(String value) {
            this.planId = value;
            return this;
        }

        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        public Builder catalogue(ActionPatternCatalogue value) {
            this.catalogue = value;
            return this;
        }

        public PlannerOptions build() {
            return new PlannerOptions(maxActions, maxThemesPerAction, planId, seed,
                    clock == null ? Clock.systemUTC() : clock,
                    catalogue == null ? ActionPatternCatalogue.builtIn() : catalogue);
        }
    }
}
