package org.ltc.calibration.action;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.ltc.model.InvalidInputException;
import org.ltc.model.action.Action;
import org.ltc.model.action.ActionPlan;
import org.ltc.model.action.ActionStatus;
import org.ltc.model.action.Capacity;
import org.ltc.model.action.CapacityKind;
import org.ltc.model.action.Commitment;
import org.ltc.model.action.CommitmentStatus;
import org.ltc.model.action.LibraryCapacities;
import org.ltc.model.action.Measure;
import org.ltc.model.action.Partner;
import org.ltc.model.action.ShareBackPlan;
import org.ltc.model.io.LtcJson;
import org.ltc.model.knowledge.Gap;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeCategory;
import org.ltc.model.privacy.DisclosurePolicy;
import org.ltc.model.provenance.Provenance;
import org.ltc.model.stage.PublicCapitalLevel;
import org.ltc.model.stage.PublicCapitalRating;
import org.ltc.model.stage.StageAssessment;

/**
 * Drafts an action plan in Harwood's <em>sweet spot of public life</em>: act on an issue people care about, in a
 * way the library can carry, that also grows the public capital the community lacks; and fit every action to the
 * community's stage (R. C. Harwood, <em>Community Rhythms: Five Stages of Community Life</em>, 1999; ALA Libraries
 * Transforming Communities, "Calibrating Community Conditions").
 *
 * <p>The method (this project's design, since Harwood publishes practice, not an algorithm):
 * <ol>
 * <li>Aspirations: the themes of the {@code aspirations} category (else {@code changes}, else every theme),
 *     ranked by breadth (participants, then conversations, then notes). The plan serves the broadest.</li>
 * <li>Care: each theme's reach is its participants over the largest theme's. A pattern's care is the reach of the
 *     broadest theme whose label or key terms hold a word that is one of its topic stems plus at most three
 *     letters; a pattern for any issue
 *     (no topics) takes 0.7 x the broadest theme's reach, so a pattern aimed at a widely held issue wins.</li>
 * <li>Can: the share of the capacity tags the pattern needs that one of the library's capacities offers.</li>
 * <li>Lack: the mean over the factors it grows of 1 (lacking), 0.6 (in pockets), 0.2 (abundant), 0.5 (unrated).</li>
 * <li>Score = care x can x lack, times 1.25 when a {@code contributions} theme (what residents offered to do)
 *     names the pattern's issue or what it needs, and times 1.25 when an {@code actions} theme (whom people trust
 *     to act) names one of its partners: a plan that builds on what people bring is more their own (Harwood's
 *     "authenticity"). An aspiration opinion groups divide on, or most voters reject, is passed over for the
 *     broadest one people share, when there is one. Patterns the catalogue marks unfit for the stage are flagged with why and never
 *     selected; the best fitting ones with at least one capacity and one theme become the plan's actions.
 *     Ties break by a seeded hash of the pattern id.</li>
 * </ol>
 * Every action cites the themes and capacities it draws on, carries dates, an owner, likely partners, a measure
 * and a share-back promise, so a draft passes the {@link IntentionalityCheck} before people edit it.
 *
 * <p>Immutable and thread-safe.
 */
public final class ActionPlanner {
    /** The algorithm id in provenance. */
    public static final String ID = "ltc-action-planner";
    /** The algorithm version in provenance. */
    public static final String VERSION = "1";
    private static final double GENERAL_PATTERN_CARE = 0.7;
    /** How much more a pattern weighs when it builds on what residents offered to do (contributions). */
    static final double OFFER_BONUS = 0.25;
    /** How much more a pattern weighs when residents named one of its partners as someone they trust. */
    static final double TRUST_BONUS = 0.25;
    /** Longest ending a topic stem may take and still match a word. */
    private static final int MAX_STEM_ENDING = 3;
    /** Immutable and thread-safe (its javadoc): one codec for hashing inputs. */
    private static final LtcJson JSON = LtcJson.defaults();

    private final PlannerOptions options;

    public ActionPlanner(PlannerOptions options) {
        this.options = java.util.Objects.requireNonNull(options, "options");
    }

    public ActionPlanner() {
        this(PlannerOptions.defaults());
    }

    public PlannerOptions options() {
        return options;
    }

    /** Drafts a plan, taking the public-capital ratings from the capacities document. */
    public PlanDraft draft(PublicKnowledge knowledge, StageAssessment assessment, LibraryCapacities capacities) {
        return draft(knowledge, assessment, capacities, capacities == null ? List.of() : capacities.publicCapital());
    }

    /**
     * Drafts a plan.
     *
     * @param knowledge     what the community said
     * @param assessment    where it stands (a person's override wins)
     * @param capacities    what the library can do
     * @param publicCapital the public-capital ratings (may be empty: every factor then counts as unrated)
     */
    public PlanDraft draft(PublicKnowledge knowledge, StageAssessment assessment, LibraryCapacities capacities,
                           List<PublicCapitalRating> publicCapital) {
        if (knowledge == null || assessment == null || capacities == null) {
            throw InvalidInputException.field(knowledge == null ? "knowledge" : assessment == null ? "assessment"
                    : "capacities", null, "is required to draft a plan");
        }
        List<PublicCapitalRating> ratings = publicCapital == null ? List.of() : List.copyOf(publicCapital);
        if (knowledge.themes().isEmpty()) {
            throw new InvalidInputException("public knowledge", "/themes", "themes", "[]",
                    "holds no themes: there is nothing people said to plan for");
        }
        ActionPatternCatalogue catalogue = options.catalogue();
        String stageId = assessment.effectiveStage();
        LocalDate today = LocalDate.now(options.clock());
        List<String> reasons = new ArrayList<>();

        DisclosurePolicy disclosure = disclosureOf(knowledge);
        // 1. Aspirations, most broadly held first.
        ThemeCategory aspirationCategory = aspirationCategory(knowledge);
        List<Theme> aspirationThemes = aspirationCategory == null ? new ArrayList<>(knowledge.themes())
                : new ArrayList<>(knowledge.themesIn(aspirationCategory));
        aspirationThemes.sort(BY_BREADTH);
        Theme broadest = aspirationThemes.get(0);
        // An aspiration the groups divide on, or most voters reject, cannot carry a shared plan: serve the broadest
        // one people share when there is one.
        Theme aspiration = aspirationThemes.stream().filter(t -> !Stance.contested(t)).findFirst().orElse(null);
        ThemeCategory servedCategory = aspirationCategory;
        if (aspiration == null && ThemeCategory.ASPIRATIONS.equals(aspirationCategory)) {
            // every aspiration divides the groups: a change people share is common ground to plan from, where
            // planning for a divided aspiration would take a side
            List<Theme> changes = new ArrayList<>(knowledge.themesIn(ThemeCategory.CHANGES));
            changes.sort(BY_BREADTH);
            aspiration = changes.stream().filter(t -> !Stance.contested(t)).findFirst().orElse(null);
            if (aspiration != null) {
                servedCategory = ThemeCategory.CHANGES;
            }
        }
        if (aspiration == null) {
            aspiration = broadest;
        }
        List<PlanDraft.RankedTheme> rankedAspirations = aspirationThemes.stream()
                .map(t -> new PlanDraft.RankedTheme(t.id(), t.label(), shownParticipants(t, disclosure),
                        t.breadth().conversations())).toList();
        reasons.add("Serves the most broadly held aspiration, '" + aspiration.label() + "' ("
                + participantsLabel(shownParticipants(aspiration, disclosure), disclosure) + " participants"
                + (servedCategory == null || servedCategory.equals(ThemeCategory.ASPIRATIONS) ? ""
                : aspirationCategory.equals(ThemeCategory.ASPIRATIONS)
                ? "; opinion groups divide on every aspiration, so the broadest change people share stands in"
                : "; no aspirations were themed, so the broadest '" + aspirationCategory + "' theme stands in")
                + ").");
        if (aspiration != broadest) {
            reasons.add("Not '" + broadest.label() + "', though broader: " + Stance.why(broadest) + ".");
        }

        // 2. Issues people care about, broadest first.
        List<Theme> issues = new ArrayList<>(knowledge.themes().stream()
                .filter(t -> !t.category().equals(ThemeCategory.UNCATEGORISED)).toList());
        if (issues.isEmpty()) {
            issues.addAll(knowledge.themes());
        }
        issues.sort(BY_BREADTH);
        double maxReach = Math.max(1, issues.stream().mapToInt(ActionPlanner::reach).max().orElse(1));

        // 3. Public capital that is lacking.
        Map<String, PublicCapitalLevel> levels = new LinkedHashMap<>();
        ratings.forEach(r -> levels.put(r.factorId(), r.level()));
        List<String> lacking = ratings.stream().filter(r -> r.level() != PublicCapitalLevel.ABUNDANT)
                .sorted(Comparator.comparing((PublicCapitalRating r) -> r.level() == PublicCapitalLevel.LACKING ? 0 : 1)
                        .thenComparing(PublicCapitalRating::factorId))
                .map(PublicCapitalRating::factorId).toList();
        reasons.add(ratings.isEmpty() ? "No public-capital ratings were given: every factor counts as unrated (0.5)."
                : "Public capital lacking: " + (lacking.isEmpty() ? "none" : String.join(", ", lacking)) + ".");

        // 4. Score every pattern, building on what residents offered and on whom they said they trust.
        List<Theme> offered = knowledge.themesIn(ThemeCategory.CONTRIBUTIONS);
        List<Theme> trusted = knowledge.themesIn(ThemeCategory.ACTIONS);
        List<Scored> fitting = new ArrayList<>();
        List<PlanDraft.Flagged> flagged = new ArrayList<>();
        for (ActionPattern pattern : catalogue.patterns()) {
            Scored s = score(pattern, issues, aspiration, maxReach, capacities, levels, offered, trusted, disclosure);
            if (!pattern.fits(stageId)) {
                if (s.score > 0) {
                    flagged.add(new PlanDraft.Flagged(pattern.id(), pattern.title(), stageId,
                            pattern.why(stageId).orElse("The catalogue does not say this pattern fits " + stageId + "."),
                            s.score));
                }
                continue;
            }
            fitting.add(s);
        }
        Comparator<Scored> best = Comparator.comparingDouble((Scored s) -> -s.score)
                .thenComparingLong(s -> tieBreak(s.pattern.id()));
        fitting.sort(best);
        flagged.sort(Comparator.comparingDouble((PlanDraft.Flagged f) -> -f.score())
                .thenComparing(PlanDraft.Flagged::patternId));

        // 5. Select and build actions.
        List<Action> actions = new ArrayList<>();
        List<PlanDraft.Candidate> candidates = new ArrayList<>();
        Set<String> planThemes = new LinkedHashSet<>();
        planThemes.add(aspiration.id());
        Set<String> planCapital = new LinkedHashSet<>();
        List<Commitment> commitments = new ArrayList<>();
        List<Measure> measures = new ArrayList<>();
        Set<String> usedCapacities = new LinkedHashSet<>();
        Set<String> chosen = choose(fitting, stageId, reasons);
        for (Scored s : fitting) {
            boolean select = chosen.contains(s.pattern.id());
            List<String> why = new ArrayList<>(s.reasons);
            why.add("Fits " + stageId + ": " + s.pattern.why(stageId).orElse("tagged as fitting"));
            candidates.add(new PlanDraft.Candidate(s.pattern.id(), s.pattern.title(), s.score, s.care, s.can, s.lack,
                    s.themeIds, s.capacityIds, select, why));
            if (!select) {
                continue;
            }
            Action action = action(s, stageId, today, capacities, why);
            actions.add(action);
            planThemes.addAll(s.themeIds);
            planCapital.addAll(s.pattern.grows());
            usedCapacities.addAll(s.capacityIds);
            commitments.add(new Commitment("c-" + s.pattern.id(), "Share back what '" + s.pattern.title()
                    + "' did and learnt", capacities.library(), action.due(), CommitmentStatus.OPEN));
            measures.add(new Measure("m-" + s.pattern.id(), s.pattern.measure(), null, null));
        }
        if (actions.isEmpty()) {
            reasons.add("No pattern that fits " + stageId + " matched both an issue people raised and a capacity"
                    + " of the library: add capacities (tags " + catalogue.capacityTags() + ") or patterns.");
            // Say what it would take: the patterns people's words call for most, with what each needs.
            fitting.stream().filter(s -> s.care > 0 && !s.pattern.needs().isEmpty())
                    .sorted(Comparator.comparingDouble((Scored s) -> -s.care * s.lack)
                            .thenComparingLong(s -> tieBreak(s.pattern.id())))
                    .limit(3).forEach(s -> reasons.add("To do '" + s.pattern.title() + "' the library needs: "
                            + String.join(", ", s.pattern.needs()) + "."));
        }
        commitments.add(0, new Commitment("c-share-plan", "Share this plan back with the people who took part",
                capacities.library(), today.plusDays(30), CommitmentStatus.OPEN));
        reasons.add("Stage " + stageId + " (" + (assessment.override() != null ? "set by " + assessment.override().by()
                : String.format(Locale.ROOT, "%.0f%% likely", 100 * assessment.probability(stageId))) + "): "
                + flagged.size() + " pattern(s) that speak to what people said were kept out because they do not fit it.");

        String issue = issue(knowledge, aspiration);
        List<String> people = people(knowledge);
        List<String> capitalOrdered = planCapital.stream()
                .sorted(Comparator.comparingDouble((String f) -> -lackWeight(levels.get(f))).thenComparing(f -> f))
                .toList();
        ShareBackPlan shareBack = shareBack(capacities, today);
        String stageRationale = catalogue.stageGuidance().getOrDefault(stageId,
                "Every action is tagged in catalogue " + catalogue.id() + " as fitting stage " + stageId + ".");
        ActionPlan plan = new ActionPlan(options.planId(), "Action plan: " + aspiration.label(), aspiration.label(),
                List.copyOf(planThemes), issue, people, assessment.frameworkId(), stageId, stageRationale, actions,
                capitalOrdered, commitments, shareBack, measures, provenance(knowledge, assessment, capacities, ratings));
        PlanDraft.SweetSpot sweetSpot = new PlanDraft.SweetSpot(
                issues.stream().limit(5).map(Theme::id).toList(), List.copyOf(usedCapacities), lacking);
        return new PlanDraft(plan, rankedAspirations, sweetSpot, candidates, flagged, reasons);
    }

    /**
     * The best eligible patterns (a theme, a capacity, a score above 0), at most {@code maxActions}. At Sustain and
     * Renew one of them must renew leadership (Harwood: the stage must renew its leaders): when none of the best
     * does, the best eligible one that does replaces the last.
     */
    private Set<String> choose(List<Scored> ranked, String stageId, List<String> reasons) {
        List<Scored> eligible = ranked.stream()
                .filter(s -> s.score > 0 && !s.capacityIds.isEmpty() && !s.themeIds.isEmpty()).toList();
        List<Scored> top = new ArrayList<>(eligible.subList(0, Math.min(options.maxActions(), eligible.size())));
        String required = STAGE_REQUIRES.get(stageId);
        if (required != null && !top.isEmpty() && top.stream().noneMatch(s -> s.pattern.grows().contains(required))) {
            eligible.stream().filter(s -> s.pattern.grows().contains(required)).findFirst().ifPresent(s -> {
                Scored out = top.set(top.size() - 1, s);
                reasons.add("At " + stageId + " the plan must grow " + required + ": '" + s.pattern.title()
                        + "' takes the place of '" + out.pattern.title() + "'.");
            });
        }
        Set<String> ids = new LinkedHashSet<>();
        top.forEach(s -> ids.add(s.pattern.id()));
        return ids;
    }

    /** A public-capital factor a stage's plan must grow (Harwood: Sustain and Renew must renew leadership). */
    private static final Map<String, String> STAGE_REQUIRES = Map.of("sustain-renew", "strong-diverse-leadership");

    // ------------------------------------------------------------------ scoring

    private record Scored(ActionPattern pattern, double score, double care, double can, double lack,
                          List<String> themeIds, List<String> capacityIds, List<String> reasons) {
    }

    private Scored score(ActionPattern pattern, List<Theme> issues, Theme aspiration, double maxReach,
                         LibraryCapacities capacities, Map<String, PublicCapitalLevel> levels, List<Theme> offered,
                         List<Theme> trusted, DisclosurePolicy disclosure) {
        List<String> reasons = new ArrayList<>();
        // Care: the themes it speaks to.
        List<Theme> matched;
        double factor;
        if (pattern.topics().isEmpty()) {
            matched = new ArrayList<>();
            matched.add(aspiration);
            issues.stream().filter(t -> !t.id().equals(aspiration.id())).limit(options.maxThemesPerAction() - 1L)
                    .forEach(matched::add);
            factor = GENERAL_PATTERN_CARE;
        } else {
            matched = issues.stream().filter(t -> speaksTo(pattern, t)).limit(options.maxThemesPerAction()).toList();
            factor = 1;
        }
        double care = matched.isEmpty() ? 0 : factor * matched.stream().mapToInt(ActionPlanner::reach).max().orElse(0)
                / maxReach;
        care = Math.min(1, care);
        if (matched.isEmpty()) {
            reasons.add("Speaks to no issue people raised (topics " + pattern.topics() + ").");
        } else {
            reasons.add("Speaks to " + quoteLabels(matched, disclosure) + (pattern.topics().isEmpty() ? " (serves any issue)" : "")
                    + String.format(Locale.ROOT, "; care %.2f.", care));
        }
        // Can: what the library has of what it needs.
        Set<String> capacityIds = new LinkedHashSet<>();
        List<String> missing = new ArrayList<>();
        for (String need : pattern.needs()) {
            capacities.capacities().stream().filter(c -> c.kind() != CapacityKind.PARTNER && c.offers(need)).findFirst()
                    .or(() -> capacities.capacities().stream().filter(c -> c.offers(need)).findFirst())
                    .ifPresentOrElse(c -> capacityIds.add(c.id()), () -> missing.add(need));
        }
        double can = pattern.needs().isEmpty() ? 1 : (pattern.needs().size() - missing.size()) / (double) pattern.needs().size();
        reasons.add("The library has " + (pattern.needs().size() - missing.size()) + " of " + pattern.needs().size()
                + " things it needs" + (missing.isEmpty() ? "" : "; missing " + missing) + String.format(Locale.ROOT,
                "; can %.2f.", can));
        for (PatternPartner pp : pattern.partners()) {
            partnerFor(pp, capacities).ifPresent(c -> capacityIds.add(c.id()));
        }
        // Lack: the public capital it grows.
        double lack = pattern.grows().isEmpty() ? 0.5
                : pattern.grows().stream().mapToDouble(f -> lackWeight(levels.get(f))).average().orElse(0.5);
        reasons.add("Grows " + pattern.grows() + String.format(Locale.ROOT, "; lack %.2f.", lack));
        double score = care * can * lack;
        // Build on what residents offered: a contribution theme that names the pattern's issue or what it needs.
        List<String> offerWords = new ArrayList<>(pattern.topics());
        offerWords.addAll(pattern.needs());
        Theme offer = offered.stream().filter(t -> mentions(t, offerWords, true)).findFirst().orElse(null);
        if (offer != null) {
            score *= 1 + OFFER_BONUS;
            reasons.add("Builds on what residents offered: '" + offer.label() + "' (score x" + (1 + OFFER_BONUS) + ").");
        }
        // And on partners they said they trust: an actions theme that names one of the pattern's partners.
        List<String> partnerWords = new ArrayList<>();
        for (PatternPartner pp : pattern.partners()) {
            partnerWords.addAll(pp.tags());
            partnerFor(pp, capacities).ifPresent(c -> partnerWords.addAll(words(c.name())));
        }
        Theme trust = trusted.stream().filter(t -> mentions(t, partnerWords, true)).findFirst().orElse(null);
        if (trust != null) {
            score *= 1 + TRUST_BONUS;
            reasons.add("Works with partners residents said they trust: '" + trust.label() + "' (score x"
                    + (1 + TRUST_BONUS) + ").");
        }
        return new Scored(pattern, score, care, can, lack, matched.stream().map(Theme::id).toList(),
                List.copyOf(capacityIds), reasons);
    }

    private static boolean speaksTo(ActionPattern pattern, Theme theme) {
        return mentions(theme, pattern.topics(), false);
    }

    /** Words every partner or resident carries, which say nothing about whom people trust or what they offer. */
    private static final Set<String> GENERIC = Set.of("residents", "resident", "partner", "community", "people",
            "library", "local");

    /** Significant words of a name (four letters or more), lower case, for matching against what people said. */
    private static List<String> words(String name) {
        return java.util.Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 4).toList();
    }

    /** Whether a theme's label, key terms or quotes hold a word that is one of {@code stems} plus a short ending. */
    private static boolean mentions(Theme theme, List<String> stems, boolean quotes) {
        StringBuilder text = new StringBuilder(theme.label());
        theme.keyTerms().forEach(k -> text.append(' ').append(k));
        if (quotes) {
            theme.quotes().forEach(q -> text.append(' ').append(q.text()));
        }
        for (String word : text.toString().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            for (String raw : stems) {
                String stem = raw.toLowerCase(Locale.ROOT).replace('-', ' ').split(" ")[0];
                if (stem.isEmpty() || GENERIC.contains(stem)) {
                    continue;
                }
                // A stem matches a word that starts with it and adds at most a short ending ("bus" matches
                // "buses", not "business").
                if (word.startsWith(stem) && word.length() - stem.length() <= MAX_STEM_ENDING) {
                    return true;
                }
            }
        }
        return false;
    }

    static double lackWeight(PublicCapitalLevel level) {
        if (level == null) {
            return 0.5;
        }
        return switch (level) {
            case LACKING -> 1.0;
            case IN_POCKETS -> 0.6;
            case ABUNDANT -> 0.2;
        };
    }

    private long tieBreak(String patternId) {
        return new SplittableRandom(options.seed() * 0x9E3779B97F4A7C15L + patternId.hashCode()).nextLong();
    }

    /**
     * The disclosure threshold the public knowledge was made with ({@code ltc.privacy.minParticipants} in its
     * provenance), the default k when it records none: a plan shows no count of people the knowledge would not.
     */
    public static DisclosurePolicy disclosureOf(PublicKnowledge knowledge) {
        String k = knowledge.provenance().options().get(DisclosurePolicy.PROPERTY);
        return k == null ? DisclosurePolicy.defaults() : DisclosurePolicy.bind(Map.of(DisclosurePolicy.PROPERTY, k));
    }

    /**
     * A theme's participants as a plan may show them: 0 when fewer than k, as public knowledge records it, and
     * checked again here, so a hand-edited document cannot put a count under k into the plan (issue 17). Never the
     * notes standing in for people, which ranking uses ({@link #reach}) and which can be a count of a few people.
     */
    static int shownParticipants(Theme t, DisclosurePolicy k) {
        int n = t.breadth().participants();
        return k.suppress(n) ? 0 : n;
    }

    /** A shown count of participants in words: the number, or "fewer than k" for the 0 that stands for it. */
    public static String participantsLabel(int shown, DisclosurePolicy k) {
        return shown == 0 ? "fewer than " + k.minParticipants() : k.countLabel(shown);
    }

    /** Breadth for ranking only, never shown: participants (notes when participants are unknown). */
    static int reach(Theme t) {
        return t.breadth().participants() > 0 ? t.breadth().participants() : t.evidence().size();
    }

    static final Comparator<Theme> BY_BREADTH = Comparator.comparingInt((Theme t) -> -reach(t))
            .thenComparingInt(t -> -t.breadth().conversations())
            .thenComparingInt(t -> -t.evidence().size())
            .thenComparing(Theme::id);

    private static ThemeCategory aspirationCategory(PublicKnowledge knowledge) {
        for (ThemeCategory c : List.of(ThemeCategory.ASPIRATIONS, ThemeCategory.CHANGES)) {
            // by the sections, as the themes are then read: a sub-theme in a category (its parent filed elsewhere,
            // or dropped in review) does not make a category the plan can draw from
            if (!knowledge.themesIn(c).isEmpty()) {
                return c;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ building the plan

    private Action action(Scored s, String stageId, LocalDate today, LibraryCapacities capacities, List<String> why) {
        ActionPattern p = s.pattern;
        List<Partner> partners = new ArrayList<>();
        for (PatternPartner pp : p.partners()) {
            partners.add(partnerFor(pp, capacities)
                    .map(c -> new Partner(c.name(), c.layer() != null ? c.layer() : pp.layer(),
                            c.leaderType() != null ? c.leaderType() : pp.leaderType(), pp.role()))
                    .orElse(new Partner(pp.role() + " (to be found)", pp.layer(), pp.leaderType(), "likely partner")));
        }
        String rationale = String.join(" ", why) + " Draws on " + s.capacityIds.stream()
                .map(id -> capacities.capacity(id).map(c -> c.name() + " [" + id + "]").orElse(id)).toList() + ".";
        return new Action(p.id(), p.title(), p.description(), capacities.library(), partners, today,
                today.plusWeeks(p.weeks()), ActionStatus.PROPOSED, 0, 1, p.participation(), p.grows(), s.themeIds,
                rationale, List.of(), List.of(), s.capacityIds);
    }

    private static java.util.Optional<Capacity> partnerFor(PatternPartner pp, LibraryCapacities capacities) {
        return capacities.ofKind(CapacityKind.PARTNER).stream()
                .filter(c -> c.tags().stream().anyMatch(pp.tags()::contains)).findFirst();
    }

    private static String issue(PublicKnowledge knowledge, Theme aspiration) {
        for (ThemeCategory c : List.of(ThemeCategory.CONCERNS, ThemeCategory.CHANGES)) {
            List<Theme> ts = new ArrayList<>(knowledge.themesIn(c));
            ts.removeIf(t -> t.id().equals(aspiration.id()));
            if (!ts.isEmpty()) {
                ts.sort(BY_BREADTH);
                return ts.get(0).label();
            }
        }
        return null;
    }

    private static List<String> people(PublicKnowledge knowledge) {
        List<String> people = new ArrayList<>();
        people.add(knowledge.community() == null ? "Residents who took part in the conversations, and their neighbours"
                : "Residents of " + knowledge.community().name());
        for (Gap g : knowledge.gaps()) {
            people.add("People the conversations barely reached: " + g.segmentKey()
                    + (g.segmentValue() == null ? "" : " " + g.segmentValue()));
        }
        return people;
    }

    private static ShareBackPlan shareBack(LibraryCapacities capacities, LocalDate today) {
        List<String> channels = new ArrayList<>();
        capacities.capacities().stream().filter(c -> c.offers("communications") || c.offers("display-space"))
                .map(Capacity::name).forEach(channels::add);
        if (channels.isEmpty()) {
            channels.add("A short public session at the library");
        }
        return new ShareBackPlan(channels, "monthly", "Everyone who took part in the conversations, and the wider community",
                today.plusDays(30));
    }

    private Provenance provenance(PublicKnowledge knowledge, StageAssessment assessment, LibraryCapacities capacities,
                                  List<PublicCapitalRating> ratings) {
        // The one canonical digest: the inputs' data, not when they were made, so identical runs cite one hash.
        return Provenance.of(ID, VERSION, options.toProperties(), options.seed(),
                Provenance.digest(List.of(knowledge, assessment, capacities, ratings, options.catalogue())),
                options.clock().instant());
    }

    private static String quoteLabels(List<Theme> themes, DisclosurePolicy k) {
        return String.join(", ", themes.stream().map(t -> "'" + t.label() + "' ("
                + participantsLabel(shownParticipants(t, k), k) + ")").toList());
    }
}
