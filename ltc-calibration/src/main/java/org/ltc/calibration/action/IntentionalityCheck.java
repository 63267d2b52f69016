package org.ltc.calibration.action;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.ltc.calibration.action.Finding.Test;
import org.ltc.calibration.action.Finding.Verdict;
import org.ltc.model.action.Action;
import org.ltc.model.action.ActionPlan;
import org.ltc.model.action.ActionStatus;
import org.ltc.model.action.Commitment;
import org.ltc.model.action.CommitmentStatus;
import org.ltc.model.action.ParticipationLevel;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.knowledge.Theme;

/**
 * The intentionality check: Harwood's 3A's (authority: would people believe us when we speak of their
 * aspirations? authenticity: do we reflect their reality? accountability: do we keep our promises?) and fit to the
 * community's stage, run over any {@link ActionPlan}, drafted or written by hand. Each rule gives a pass or a
 * concern with its reason; the rules are this project's operationalisation of the 3A's (see the README).
 *
 * <p>Stage rules know Harwood's five stage ids ({@code waiting-place}, {@code impasse}, {@code catalytic},
 * {@code growth}, {@code sustain-renew}); an action whose id is a catalogue pattern id is also checked against the
 * pattern's stage-fit tags. Dates are judged against the injected clock.
 *
 * <p>Immutable and thread-safe.
 */
public final class IntentionalityCheck {
    /** Harwood's early stages, where grand plans fail. */
    private static final Set<String> EARLY = Set.of("waiting-place", "impasse");
    private static final List<String> GRAND_WORDS = List.of("comprehensive", "master plan", "strategic plan",
            "capital campaign", "citywide", "city-wide", "countywide", "county-wide", "community-wide", "overhaul",
            "summit", "coalition", "multi-year", "all at once");
    /** Longest action, in days, that still counts as a small step at an early stage (about six months). */
    static final int EARLY_MAX_DAYS = 183;
    /** Most top-level actions an early-stage plan should hold at once. */
    static final int EARLY_MAX_ACTIONS = 5;
    /** Most sub-actions an early-stage action should hold. */
    static final int EARLY_MAX_CHILDREN = 5;
    /** How far a parent's percent may sit from its children's weighted mean (percentage points). */
    static final double ROLLUP_TOLERANCE = 0.5;

    private final ActionPatternCatalogue catalogue;
    private final Clock clock;

    public IntentionalityCheck(ActionPatternCatalogue catalogue, Clock clock) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A check with the built-in catalogue and the system clock. */
    public IntentionalityCheck() {
        this(ActionPatternCatalogue.builtIn(), Clock.systemUTC());
    }

    /** Checks a plan on its own (theme ids are not checked against public knowledge). */
    public IntentionalityReport check(ActionPlan plan) {
        return check(plan, null);
    }

    /** Checks a plan, and that the themes it cites exist in the public knowledge (when given). */
    public IntentionalityReport check(ActionPlan plan, PublicKnowledge knowledge) {
        Objects.requireNonNull(plan, "plan");
        LocalDate today = LocalDate.now(clock);
        Set<String> known = null;
        if (knowledge != null) {
            known = new HashSet<>();
            for (Theme t : knowledge.themes()) {
                known.add(t.id());
            }
        }
        List<Finding> out = new ArrayList<>();
        checkPlan(plan, known, today, out);
        checkAspiration(plan, knowledge, out);
        for (Action a : plan.actions()) {
            checkAction(plan, a, known, today, out);
        }
        return new IntentionalityReport(plan.id(), out);
    }

    /**
     * Authenticity of the aspiration itself, which needs the public knowledge: a plan must not rest on an aspiration
     * opinion groups divide on or most voters reject (it would speak for some against others), and at least one
     * action must act on the aspiration the plan names.
     */
    private static void checkAspiration(ActionPlan plan, PublicKnowledge knowledge, List<Finding> out) {
        if (knowledge == null || plan.themeIds().isEmpty()) {
            return;
        }
        Theme aspiration = knowledge.themes().stream().filter(t -> t.label().equals(plan.aspiration())).findFirst()
                .or(() -> knowledge.themes().stream().filter(t -> t.id().equals(plan.themeIds().get(0))).findFirst())
                .orElse(null);
        if (aspiration == null) {
            return;
        }
        Rules r = new Rules(out, null);
        if (Stance.contested(aspiration)) {
            r.concern(Test.AUTHENTICITY, Stance.mostlyDisagreed(aspiration) ? "aspiration-disagreed" : "aspiration-divides",
                    "the aspiration '" + aspiration.label() + "' is not shared: " + Stance.why(aspiration)
                            + "; choose one people share, or name the division and plan to work across it");
        }
        if (!plan.actions().isEmpty() && plan.actions().stream().noneMatch(a -> a.themeIds().contains(aspiration.id()))) {
            r.concern(Test.AUTHENTICITY, "aspiration-unserved", "no action acts on the aspiration the plan names, '"
                    + aspiration.label() + "' (" + aspiration.id() + ")");
        }
        r.passUnlessConcerned(Test.AUTHENTICITY, "the aspiration is shared and actions act on it");
    }

    private void checkPlan(ActionPlan plan, Set<String> known, LocalDate today, List<Finding> out) {
        Rules r = new Rules(out, null);
        // Authority
        if (!plan.actions().isEmpty() && plan.actions().stream().allMatch(a -> a.participation() == null
                || a.participation() == ParticipationLevel.INFORM)) {
            r.concern(Test.AUTHORITY, "public-only-informed",
                    "no action gives the public more say than being informed (IAP2): people will not see the plan as theirs");
        }
        r.passUnlessConcerned(Test.AUTHORITY, "the public has a say in at least one action");
        // Authenticity
        if (plan.themeIds().isEmpty()) {
            r.concern(Test.AUTHENTICITY, "no-themes", "the plan cites no theme of public knowledge behind its aspiration");
        }
        if (known != null) {
            for (String id : plan.themeIds()) {
                if (!known.contains(id)) {
                    r.concern(Test.AUTHENTICITY, "unknown-theme", "the plan cites theme '" + id
                            + "', which the public knowledge does not hold");
                }
            }
        }
        if (plan.people().isEmpty()) {
            r.concern(Test.AUTHENTICITY, "no-people", "the plan names no people it means to reach");
        }
        r.passUnlessConcerned(Test.AUTHENTICITY, "the aspiration rests on themes people raised");
        // Accountability
        if (plan.actions().isEmpty()) {
            r.concern(Test.ACCOUNTABILITY, "no-actions", "the plan holds no actions");
        }
        if (plan.commitments().isEmpty()) {
            r.concern(Test.ACCOUNTABILITY, "no-commitments", "the plan makes no promises (what, who, by when)");
        }
        for (Commitment c : plan.commitments()) {
            if (c.due() == null) {
                r.concern(Test.ACCOUNTABILITY, "commitment-no-date", "promise '" + c.id() + "' has no date");
            } else if (c.status() == CommitmentStatus.OPEN && c.due().isBefore(today)) {
                r.concern(Test.ACCOUNTABILITY, "commitment-overdue", "promise '" + c.id() + "' was due " + c.due()
                        + " and is still open (" + ChronoUnit.DAYS.between(c.due(), today) + " days late)");
            }
            if (c.status() == CommitmentStatus.BROKEN) {
                r.concern(Test.ACCOUNTABILITY, "commitment-broken", "promise '" + c.id()
                        + "' was broken: say so to the community, and why");
            }
        }
        if (plan.measures().isEmpty()) {
            r.concern(Test.ACCOUNTABILITY, "no-measures", "the plan says nothing about how success will be measured");
        }
        if (plan.shareBack() == null || plan.shareBack().channels().isEmpty()) {
            r.concern(Test.ACCOUNTABILITY, "no-share-back", "the plan says nothing about how progress is shared back");
        } else {
            if (plan.shareBack().cadence() == null && plan.shareBack().next() == null) {
                r.concern(Test.ACCOUNTABILITY, "share-back-undated", "the share-back has neither a cadence nor a next date");
            }
            if (plan.shareBack().next() != null && plan.shareBack().next().isBefore(today)) {
                r.concern(Test.ACCOUNTABILITY, "share-back-overdue", "the next share-back was due "
                        + plan.shareBack().next());
            }
        }
        r.passUnlessConcerned(Test.ACCOUNTABILITY, "promises are dated, measured and shared back");
        // Stage fit
        String stage = plan.stageId();
        if (stage == null) {
            r.concern(Test.STAGE_FIT, "no-stage", "the plan names no stage: strategy must fit where the community stands");
        } else {
            if (plan.stageRationale() == null) {
                r.concern(Test.STAGE_FIT, "no-stage-rationale", "the plan does not say why its actions fit " + stage);
            }
            int n = plan.actions().size();
            if (EARLY.contains(stage) && n > EARLY_MAX_ACTIONS) {
                r.concern(Test.STAGE_FIT, "too-many-actions", n + " actions at once at " + stage
                        + ": no grand plans early; pick a few small, visible steps (at most " + EARLY_MAX_ACTIONS + ")");
            }
            if ("catalytic".equals(stage) && n < 2) {
                r.concern(Test.STAGE_FIT, "too-few-experiments",
                        "a Catalytic community needs many small experiments with room for failure; this plan holds " + n);
            }
            if ("growth".equals(stage) && plan.actions().stream().noneMatch(a -> a.partners().size() >= 2)) {
                r.concern(Test.STAGE_FIT, "no-linking",
                        "Growth calls for linking efforts up; no action works with two or more partners");
            }
            if ("sustain-renew".equals(stage) && plan.actions().stream()
                    .noneMatch(a -> a.publicCapital().contains("strong-diverse-leadership"))) {
                r.concern(Test.STAGE_FIT, "no-leadership-renewal",
                        "Sustain and Renew must renew leadership; no action grows strong-diverse-leadership");
            }
        }
        r.passUnlessConcerned(Test.STAGE_FIT, stage == null ? "-" : "the plan's shape fits " + stage);
    }

    private void checkAction(ActionPlan plan, Action a, Set<String> known, LocalDate today, List<Finding> out) {
        Rules r = new Rules(out, a.id());
        // Authority: with and through the community.
        if (a.partners().isEmpty()) {
            r.concern(Test.AUTHORITY, "no-partner", "no community partner: the library acts alone");
        }
        if (a.participation() == null) {
            r.concern(Test.AUTHORITY, "no-participation", "says nothing about how much say the public gets (IAP2 level)");
        }
        r.passUnlessConcerned(Test.AUTHORITY, "works with " + a.partners().size() + " partner(s); public say: "
                + a.participation());
        // Authenticity: grounded in what people said.
        if (a.themeIds().isEmpty()) {
            r.concern(Test.AUTHENTICITY, "no-theme", "cites no theme from public knowledge");
        }
        if (known != null) {
            for (String id : a.themeIds()) {
                if (!known.contains(id)) {
                    r.concern(Test.AUTHENTICITY, "unknown-theme", "cites theme '" + id
                            + "', which the public knowledge does not hold");
                }
            }
        }
        r.passUnlessConcerned(Test.AUTHENTICITY, "cites " + a.themeIds());
        // Accountability: owners, dates, honest progress, at every level.
        accountability(a, today, r, a.owner());
        r.passUnlessConcerned(Test.ACCOUNTABILITY, "owned, dated and reported");
        // Stage fit.
        String stage = plan.stageId();
        if (stage != null) {
            catalogue.pattern(a.id()).ifPresent(p -> {
                if (!p.fits(stage)) {
                    r.concern(Test.STAGE_FIT, "unfit-pattern", "is catalogue pattern '" + p.id() + "', which does not fit "
                            + stage + ": " + p.why(stage).orElse("the catalogue does not tag it for this stage"));
                }
            });
            if (EARLY.contains(stage)) {
                grand(a, stage).ifPresent(why -> r.concern(Test.STAGE_FIT, "grand-action", why));
            }
            if ("catalytic".equals(stage) && a.start() != null && a.due() != null
                    && ChronoUnit.DAYS.between(a.start(), a.due()) > 365) {
                r.concern(Test.STAGE_FIT, "long-experiment",
                        "runs more than a year: Catalytic calls for small, quick experiments");
            }
            r.passUnlessConcerned(Test.STAGE_FIT, "fits " + stage);
        }
    }

    private static void accountability(Action a, LocalDate today, Rules r, String inheritedOwner) {
        String where = a.id().equals(r.actionId) ? "" : "sub-action '" + a.id() + "' ";
        String owner = a.owner() != null ? a.owner() : inheritedOwner;
        if (owner == null) {
            r.concern(Test.ACCOUNTABILITY, "no-owner", where + "has no owner: nobody is answerable for it");
        }
        if (a.due() == null) {
            r.concern(Test.ACCOUNTABILITY, "no-due-date", where + "has no due date");
        } else if (a.due().isBefore(today) && a.status() != ActionStatus.DONE && a.status() != ActionStatus.CANCELLED) {
            r.concern(Test.ACCOUNTABILITY, "overdue", where + "was due " + a.due() + " and is " + a.status()
                    + " at " + fmt(a.percent()) + "%");
        }
        if (a.status() == ActionStatus.DONE && a.percent() < 100) {
            r.concern(Test.ACCOUNTABILITY, "done-not-complete", where + "is DONE at " + fmt(a.percent()) + "%");
        }
        if (a.percent() >= 100 && a.status() != ActionStatus.DONE && a.status() != ActionStatus.CANCELLED) {
            r.concern(Test.ACCOUNTABILITY, "complete-not-done", where + "is at 100% but " + a.status());
        }
        if (!a.children().isEmpty()) {
            double rolled = Progress.rolledPercent(a, Progress.RollUp.WEIGHTED);
            if (Math.abs(rolled - a.percent()) > ROLLUP_TOLERANCE) {
                r.concern(Test.ACCOUNTABILITY, "rollup-mismatch", where + "reports " + fmt(a.percent())
                        + "% but its sub-actions add up to " + fmt(rolled) + "%");
            }
        }
        for (Action child : a.children()) {
            accountability(child, today, r, owner);
        }
    }

    private static java.util.Optional<String> grand(Action a, String stage) {
        if (a.start() != null && a.due() != null && ChronoUnit.DAYS.between(a.start(), a.due()) > EARLY_MAX_DAYS) {
            return java.util.Optional.of("runs " + ChronoUnit.DAYS.between(a.start(), a.due())
                    + " days: at " + stage + " act in small steps of a few months, not grand plans");
        }
        if (a.children().size() > EARLY_MAX_CHILDREN) {
            return java.util.Optional.of("holds " + a.children().size() + " sub-actions: too big a project for " + stage);
        }
        String text = (a.title() + " " + (a.description() == null ? "" : a.description())).toLowerCase(Locale.ROOT);
        for (String w : GRAND_WORDS) {
            if (text.contains(w)) {
                return java.util.Optional.of("reads as a grand plan ('" + w + "'): at " + stage
                        + " the classic mistake is over-reaching for big, comprehensive change");
            }
        }
        return java.util.Optional.empty();
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    /** Collects findings for one subject, remembering which tests raised a concern. */
    private static final class Rules {
        private final List<Finding> out;
        private final String actionId;
        private final Set<Test> concerned = new HashSet<>();

        Rules(List<Finding> out, String actionId) {
            this.out = out;
            this.actionId = actionId;
        }

        void concern(Test test, String rule, String reason) {
            concerned.add(test);
            out.add(new Finding(test, Verdict.CONCERN, actionId, rule, reason));
        }

        void passUnlessConcerned(Test test, String reason) {
            if (!concerned.contains(test)) {
                out.add(new Finding(test, Verdict.PASS, actionId, "pass", reason));
            }
        }
    }
}
