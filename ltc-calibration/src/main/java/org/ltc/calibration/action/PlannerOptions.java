package org.ltc.calibration.action;

import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import org.ltc.model.Checks;
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
public record PlannerOptions(int maxActions, int maxThemesPerAction, String planId, long seed, Clock clock,
                             ActionPatternCatalogue catalogue) {
    public static final int DEFAULT_MAX_ACTIONS = 4;
    public static final int DEFAULT_MAX_THEMES_PER_ACTION = 3;
    public static final String DEFAULT_PLAN_ID = "draft-plan";

    public PlannerOptions {
        if (maxActions < 1 || maxActions > 50) {
            throw new InvalidOptionsException("ltc.action.planner.maxActions", maxActions, "must be between 1 and 50");
        }
        if (maxThemesPerAction < 1 || maxThemesPerAction > 20) {
            throw new InvalidOptionsException("ltc.action.planner.maxThemesPerAction", maxThemesPerAction,
                    "must be between 1 and 20");
        }
        try {
            Checks.id("planId", planId);
        } catch (org.ltc.model.InvalidInputException e) {
            throw new InvalidOptionsException("ltc.action.planner.planId", planId, e.problem());
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
     * under the prefix are rejected.
     */
    public static PlannerOptions fromProperties(Map<String, String> properties, Clock clock,
                                                ActionPatternCatalogue catalogue) {
        Builder b = builder().clock(clock).catalogue(catalogue);
        String prefix = "ltc.action.planner.";
        for (Map.Entry<String, String> e : new TreeMap<>(properties).entrySet()) {
            if (!e.getKey().startsWith(prefix)) {
                continue;
            }
            String name = e.getKey().substring(prefix.length());
            String v = e.getValue() == null ? "" : e.getValue().trim();
            try {
                switch (name) {
                    case "maxActions" -> b.maxActions(Integer.parseInt(v));
                    case "maxThemesPerAction" -> b.maxThemesPerAction(Integer.parseInt(v));
                    case "planId" -> b.planId(v);
                    case "seed" -> b.seed(Long.parseLong(v));
                    case "catalogue" -> {
                        // Recorded in provenance; the catalogue itself is passed in.
                    }
                    default -> throw new InvalidOptionsException(e.getKey(), v,
                            "is not an option of the action planner (maxActions, maxThemesPerAction, planId, seed)");
                }
            } catch (NumberFormatException nfe) {
                throw new InvalidOptionsException(e.getKey(), v, "must be a whole number");
            }
        }
        return b.build();
    }

    /** The options as {@code ltc.action.planner.*} properties, for provenance. */
    public Map<String, String> toProperties() {
        Map<String, String> p = new TreeMap<>();
        p.put("ltc.action.planner.maxActions", Integer.toString(maxActions));
        p.put("ltc.action.planner.maxThemesPerAction", Integer.toString(maxThemesPerAction));
        p.put("ltc.action.planner.planId", planId);
        p.put("ltc.action.planner.catalogue", catalogue.id() + "@" + catalogue.version());
        p.put("ltc.action.planner.seed", Long.toString(seed));
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
