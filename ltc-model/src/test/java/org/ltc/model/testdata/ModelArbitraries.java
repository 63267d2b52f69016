package org.ltc.model.testdata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.ltc.model.action.Action;
import org.ltc.model.action.ActionPlan;
import org.ltc.model.action.ActionStatus;
import org.ltc.model.action.Capacity;
import org.ltc.model.action.CapacityKind;
import org.ltc.model.action.CivicLayer;
import org.ltc.model.action.Commitment;
import org.ltc.model.action.CommitmentStatus;
import org.ltc.model.action.LeaderType;
import org.ltc.model.action.LibraryCapacities;
import org.ltc.model.action.Measure;
import org.ltc.model.action.ParticipationLevel;
import org.ltc.model.action.Partner;
import org.ltc.model.action.ProgressUpdate;
import org.ltc.model.action.ShareBackPlan;
import org.ltc.model.community.Community;
import org.ltc.model.conversation.Consent;
import org.ltc.model.conversation.Conversation;
import org.ltc.model.conversation.ConversationFormat;
import org.ltc.model.conversation.ConversationGuide;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Moderation;
import org.ltc.model.conversation.Note;
import org.ltc.model.conversation.Participant;
import org.ltc.model.conversation.Question;
import org.ltc.model.conversation.Vote;
import org.ltc.model.conversation.VoteValue;
import org.ltc.model.io.DocumentKind;
import org.ltc.model.knowledge.Breadth;
import org.ltc.model.knowledge.CategorySection;
import org.ltc.model.knowledge.CommunityStory;
import org.ltc.model.knowledge.Engagement;
import org.ltc.model.knowledge.Gap;
import org.ltc.model.knowledge.GroupVote;
import org.ltc.model.knowledge.NoteRef;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.knowledge.Quote;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeCategory;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.provenance.Provenance;
import org.ltc.model.provenance.ProvenanceStep;
import org.ltc.model.provenance.RedactionSummary;
import org.ltc.model.report.CommunityReport;
import org.ltc.model.stage.Anchor;
import org.ltc.model.stage.Dimension;
import org.ltc.model.stage.PublicCapitalLevel;
import org.ltc.model.stage.PublicCapitalRating;
import org.ltc.model.stage.RatingScale;
import org.ltc.model.stage.Reason;
import org.ltc.model.stage.Rounding;
import org.ltc.model.stage.Stage;
import org.ltc.model.stage.StageAssessment;
import org.ltc.model.stage.StageFramework;
import org.ltc.model.stage.StageOverride;
import org.ltc.model.stage.StageProbability;
import org.ltc.model.stage.StageRule;

/**
 * jqwik generators for every model value, valid by construction (each goes through its record's constructor),
 * including the cross-references documents require (notes name known conversations, sections name known themes,
 * a distribution sums to 1). Reusable by any test: {@code ModelArbitraries.conversationSet()}, or
 * {@link #document(DocumentKind)} for any top-level document.
 *
 * <p>Text deliberately includes quotes, backslashes, newlines, non-Latin letters and emoji, so codecs are tested
 * on what residents actually type.
 */
public final class ModelArbitraries {
    private ModelArbitraries() {
    }

    // ------------------------------------------------------------------ basics

    /** An identifier as {@code Checks.id} accepts it. */
    public static Arbitrary<String> id() {
        Arbitrary<Character> first = Arbitraries.chars().alpha().numeric();
        Arbitrary<String> rest = Arbitraries.strings().alpha().numeric().withChars('.', '_', ':', '-')
                .ofMaxLength(24);
        return Combinators.combine(first, rest).as((f, r) -> f + r);
    }

    /** {@code n} distinct ids. */
    public static Arbitrary<List<String>> ids(int min, int max) {
        return id().list().ofMinSize(min).ofMaxSize(max).uniqueElements();
    }

    /** Non-blank text as people write it. */
    public static Arbitrary<String> text() {
        Arbitrary<String> plain = Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u00a0', '\u024f')
                .withCharRange('\u0400', '\u04ff').withCharRange('\u3040', '\u30ff').withChars('\n', '\t')
                .ofMinLength(1).ofMaxLength(60);
        Arbitrary<String> special = Arbitraries.of("😀 emoji", "\"quoted\"", "back\\slash", "line\nbreak",
                "Ñandú café", "日本語のメモ", "</script>", "tab\there", "\u2028sep");
        return Arbitraries.oneOf(plain, plain, special, Combinators.combine(plain, special).as((a, b) -> a + b))
                .filter(s -> !s.isBlank());
    }

    /** Optional text: {@code null} or non-blank. */
    public static Arbitrary<String> optionalText() {
        return text().injectNull(0.3);
    }

    public static Arbitrary<String> optionalId() {
        return id().injectNull(0.3);
    }

    public static Arbitrary<List<String>> texts() {
        return text().list().ofMaxSize(3);
    }

    public static Arbitrary<Instant> instant() {
        return Combinators.combine(Arbitraries.longs().between(0, 4_102_444_800L), Arbitraries.integers().between(0, 999_999_999),
                        Arbitraries.of(true, false))
                .as((s, n, whole) -> Instant.ofEpochSecond(s, whole ? 0 : n));
    }

    public static Arbitrary<LocalDate> date() {
        return Arbitraries.longs().between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    /** A number in [0, 1] with many digits, and the edges. */
    public static Arbitrary<Double> unit() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(0, 1).ofScale(12), Arbitraries.of(0.0, 1.0, 0.1, 1.0 / 3));
    }

    public static Arbitrary<Integer> count() {
        return Arbitraries.integers().between(0, 100_000);
    }

    public static Arbitrary<Map<String, Integer>> counts() {
        return Arbitraries.maps(text(), count()).ofMaxSize(3);
    }

    public static Arbitrary<Map<String, String>> properties() {
        return Arbitraries.maps(text(), text()).ofMaxSize(3);
    }

    // ------------------------------------------------------------------ provenance

    public static Arbitrary<ProvenanceStep> provenanceStep() {
        return Combinators.combine(text(), properties(), optionalText()).as(ProvenanceStep::new);
    }

    public static Arbitrary<Provenance> provenance() {
        Arbitrary<String> sha = Arbitraries.strings().withChars("0123456789abcdef").ofLength(64);
        return Combinators.combine(text(), text(), properties(), Arbitraries.longs(), sha, text(), text(), instant())
                .flatAs((algorithm, version, options, seed, hash, library, java, at) -> provenanceStep().list()
                        .ofMaxSize(2).map(steps -> new Provenance(algorithm, version, options, seed, hash, library,
                                java, at, steps)));
    }

    public static Arbitrary<RedactionSummary> redactionSummary() {
        Arbitrary<Map<String, Integer>> byKind = Arbitraries.maps(Arbitraries.of("email", "phone", "address", "name"),
                count()).ofMaxSize(4);
        return Combinators.combine(byKind, count()).as(RedactionSummary::new);
    }

    // ------------------------------------------------------------------ conversation

    public static Arbitrary<Community> community() {
        return Combinators.combine(id(), text(), optionalText(), optionalText()).as(Community::new);
    }

    public static Arbitrary<ThemeCategory> category() {
        Arbitrary<String> custom = Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-')
                .ofMaxLength(20).map(s -> "x" + s);
        return Arbitraries.oneOf(Arbitraries.of(ThemeCategory.DEFAULTS), custom.map(ThemeCategory::of));
    }

    public static Arbitrary<Question> question(String id) {
        return Combinators.combine(text(), category().injectNull(0.3)).as((t, c) -> new Question(id, t, c));
    }

    public static Arbitrary<ConversationGuide> conversationGuide() {
        Arbitrary<List<Question>> questions = ids(0, 4).flatMap(ids -> combineAll(ids.stream().map(ModelArbitraries::question).toList()));
        return Combinators.combine(id(), text(), optionalText(), questions).as(ConversationGuide::new);
    }

    public static Arbitrary<Consent> consent() {
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false), optionalText()).as(Consent::new);
    }

    public static Arbitrary<Conversation> conversation(String id) {
        return Combinators.combine(optionalText(), optionalText(), date().injectNull(0.3),
                        Arbitraries.of(ConversationFormat.class), optionalText(), optionalText(), Arbitraries.integers().between(0, 500),
                        consent())
                .flatAs((title, place, date, format, facilitator, noteTaker, count, consent) -> optionalId().map(
                        guideId -> new Conversation(id, title, place, date, format, facilitator, noteTaker, count, consent, guideId)));
    }

    public static Arbitrary<Participant> participant(String id) {
        return Combinators.combine(Arbitraries.maps(text(), text()).ofMaxSize(2), optionalText(), optionalText())
                .as((segments, group, name) -> new Participant(id, segments, group, name));
    }

    public static Arbitrary<Note> note(String id, List<String> conversationIds, List<String> participantIds,
                                       List<String> questionIds) {
        Arbitrary<String> participant = participantIds.isEmpty() ? Arbitraries.just(null)
                : Arbitraries.of(participantIds).injectNull(0.3);
        Arbitrary<String> question = questionIds.isEmpty() ? Arbitraries.just(null)
                : Arbitraries.of(questionIds).injectNull(0.3);
        return Combinators.combine(Arbitraries.of(conversationIds), question, participant, text(), count(), count(),
                        Arbitraries.integers().between(0, 5), texts())
                .flatAs((c, q, p, t, a, d, e, tags) -> Combinators.combine(Arbitraries.of(Moderation.class),
                                instant().injectNull(0.3), Arbitraries.of("en", "es", "fr-CA").injectNull(0.3))
                        .as((m, at, lang) -> new Note(id, c, q, p, t, a, d, e, tags, m, at, lang)));
    }

    public static Arbitrary<ConversationSet> conversationSet() {
        return Combinators.combine(id(), community().injectNull(0.3), conversationGuide().injectNull(0.5),
                        ids(1, 3), ids(0, 4), ids(0, 6))
                .flatAs((id, community, guide, conversationIds, participantIds, noteIds) -> {
                    List<String> questionIds = guide == null ? List.of() : guide.questions().stream().map(Question::id).toList();
                    Arbitrary<List<Conversation>> conversations = combineAll(conversationIds.stream()
                            .map(ModelArbitraries::conversation).toList());
                    Arbitrary<List<Participant>> participants = combineAll(participantIds.stream()
                            .map(ModelArbitraries::participant).toList());
                    Arbitrary<List<Note>> notes = combineAll(noteIds.stream()
                            .map(n -> note(n, conversationIds, participantIds, questionIds)).toList());
                    Arbitrary<List<Vote>> votes = votes(participantIds, noteIds);
                    return Combinators.combine(conversations, participants, notes, votes,
                                    redactionSummary().injectNull(0.5), provenance().injectNull(0.5))
                            .as((c, p, n, v, r, prov) -> new ConversationSet(id, community, guide, c, p, n, v, r, prov));
                });
    }

    private static Arbitrary<List<Vote>> votes(List<String> participantIds, List<String> noteIds) {
        if (participantIds.isEmpty() || noteIds.isEmpty()) {
            return Arbitraries.just(List.of());
        }
        Arbitrary<Vote> vote = Combinators.combine(Arbitraries.of(participantIds), Arbitraries.of(noteIds),
                Arbitraries.of(VoteValue.class)).as(Vote::new);
        return vote.list().ofMaxSize(6).map(list -> {
            // One vote per participant and note.
            Map<String, Vote> unique = new LinkedHashMap<>();
            list.forEach(v -> unique.putIfAbsent(v.participantId() + "\u0000" + v.noteId(), v));
            return List.copyOf(unique.values());
        });
    }

    // ------------------------------------------------------------------ knowledge

    public static Arbitrary<Breadth> breadth() {
        return Combinators.combine(count(), count(), counts(), Arbitraries.maps(text(), counts()).ofMaxSize(2))
                .as(Breadth::new);
    }

    public static Arbitrary<NoteRef> noteRef(String noteId) {
        Arbitrary<Double> weight = Arbitraries.oneOf(Arbitraries.doubles().between(1e-9, 1).ofScale(12), Arbitraries.just(1.0));
        return weight.map(w -> new NoteRef(noteId, w));
    }

    public static Arbitrary<GroupVote> groupVote() {
        return Combinators.combine(text(), count(), count(), count(), count(), unit()).as(GroupVote::new);
    }

    public static Arbitrary<Theme> theme(String id) {
        Arbitrary<List<NoteRef>> evidence = ids(0, 4).flatMap(ids -> combineAll(ids.stream().map(ModelArbitraries::noteRef).toList()));
        Arbitrary<Quote> quote = Combinators.combine(id(), text()).as(Quote::new);
        return Combinators.combine(text(), category(), texts(), evidence, quote.list().ofMaxSize(2), breadth(), unit(),
                        groupVote().list().ofMaxSize(2))
                .flatAs((label, category, terms, ev, quotes, breadth, intensity, groups) ->
                        Combinators.combine(unit().injectNull(0.4), Arbitraries.of(true, false))
                                .as((consensus, pinned) -> new Theme(id, label, category, terms, ev, quotes, breadth,
                                        intensity, groups, consensus, pinned)));
    }

    public static Arbitrary<List<Theme>> themes() {
        return ids(0, 3).flatMap(ids -> combineAll(ids.stream().map(ModelArbitraries::theme).toList()));
    }

    public static Arbitrary<ThemeSet> themeSet() {
        return Combinators.combine(optionalId(), themes(), texts(), provenance()).as(ThemeSet::new);
    }

    public static Arbitrary<Engagement> engagement() {
        return Combinators.combine(count(), count(), count(), count(), texts(),
                Arbitraries.maps(text(), counts()).ofMaxSize(2), count()).as(Engagement::new);
    }

    public static Arbitrary<Gap> gap() {
        return Combinators.combine(text(), optionalText(), count(), text()).as(Gap::new);
    }

    public static Arbitrary<CommunityStory> story() {
        return Combinators.combine(text(), text(), text(), text()).as(CommunityStory::new);
    }

    public static Arbitrary<PublicKnowledge> publicKnowledge() {
        return themes().flatMap(themes -> {
            List<String> themeIds = themes.stream().map(Theme::id).toList();
            Arbitrary<List<String>> someIds = themeIds.isEmpty() ? Arbitraries.just(List.of())
                    : Arbitraries.of(themeIds).list().ofMaxSize(3);
            Arbitrary<CategorySection> section = Combinators.combine(category(), someIds).as(CategorySection::new);
            return Combinators.combine(community().injectNull(0.3), engagement(), section.list().ofMaxSize(3), texts(),
                            gap().list().ofMaxSize(2), story().injectNull(0.3), provenance())
                    .as((c, e, s, u, g, st, p) -> new PublicKnowledge(c, e, themes, s, u, g, st, p));
        });
    }

    // ------------------------------------------------------------------ stage

    public static Arbitrary<StageFramework> stageFramework() {
        Arbitrary<List<String>> stageIds = ids(2, 6);
        Arbitrary<List<String>> dimensionIds = ids(0, 4);
        return Combinators.combine(id(), text(), optionalText(), stageIds, dimensionIds,
                        Arbitraries.doubles().between(-10, 10).ofScale(3), Arbitraries.doubles().between(0.5, 20).ofScale(3),
                        Arbitraries.of(Rounding.class))
                .flatAs((id, name, source, sIds, dIds, min, span, rounding) -> {
                    List<Arbitrary<Stage>> stages = new ArrayList<>();
                    for (int i = 0; i < sIds.size(); i++) {
                        int number = i + 1;
                        String sid = sIds.get(i);
                        stages.add(Combinators.combine(text(), text()).as((n, d) -> new Stage(sid, number, n, d)));
                    }
                    Arbitrary<List<Dimension>> dimensions = combineAll(dIds.stream().map(ModelArbitraries::dimension).toList());
                    Arbitrary<Map<String, Double>> weights = dIds.isEmpty() ? Arbitraries.just(Map.of())
                            : Arbitraries.maps(Arbitraries.of(dIds), Arbitraries.doubles().between(0, 5).ofScale(4)).ofMaxSize(dIds.size());
                    return Combinators.combine(combineAll(stages), dimensions, weights)
                            .as((s, d, w) -> new StageFramework(id, name, source, s, d, new RatingScale(min, min + span),
                                    new StageRule(rounding, w)));
                });
    }

    public static Arbitrary<Dimension> dimension(String id) {
        Arbitrary<List<Anchor>> anchors = Arbitraries.doubles().between(-100, 100).ofScale(3).set().ofMaxSize(4)
                .flatMap(scores -> {
                    List<Double> sorted = scores.stream().sorted().toList();
                    return combineAll(sorted.stream().map(s -> text().map(d -> new Anchor(s, d))).toList());
                });
        return Combinators.combine(text(), text(), anchors).as((n, d, a) -> new Dimension(id, n, d, a));
    }

    public static Arbitrary<StageAssessment> stageAssessment() {
        return stageAssessment(id());
    }

    public static Arbitrary<StageAssessment> stageAssessment(Arbitrary<String> frameworkId) {
        Arbitrary<List<Double>> raw = Arbitraries.doubles().between(0.001, 1).ofScale(6).list().ofMinSize(1).ofMaxSize(6);
        return Combinators.combine(frameworkId, ids(6, 6), raw, unit(), reason().list().ofMaxSize(3), provenance())
                .flatAs((fid, stageIds, weights, confidence, reasons, provenance) -> {
                    double sum = weights.stream().mapToDouble(Double::doubleValue).sum();
                    List<StageProbability> distribution = new ArrayList<>();
                    int best = 0;
                    for (int i = 0; i < weights.size(); i++) {
                        distribution.add(new StageProbability(stageIds.get(i), weights.get(i) / sum));
                        if (weights.get(i) > weights.get(best)) {
                            best = i;
                        }
                    }
                    String mostLikely = stageIds.get(best);
                    List<String> used = stageIds.subList(0, weights.size());
                    Arbitrary<StageOverride> override = Combinators.combine(Arbitraries.of(used), text(), text(), instant())
                            .as(StageOverride::new);
                    return override.injectNull(0.5).map(o -> new StageAssessment(fid, distribution, mostLikely,
                            confidence, reasons, o, provenance));
                });
    }

    public static Arbitrary<Reason> reason() {
        return Combinators.combine(text(), optionalId(), Arbitraries.doubles().between(-5, 5).ofScale(6), texts())
                .as(Reason::new);
    }

    // ------------------------------------------------------------------ action

    public static Arbitrary<Partner> partner() {
        return Combinators.combine(text(), Arbitraries.of(CivicLayer.class).injectNull(0.3),
                Arbitraries.of(LeaderType.class).injectNull(0.3), optionalText()).as(Partner::new);
    }

    public static Arbitrary<ProgressUpdate> progressUpdate() {
        return Combinators.combine(date(), Arbitraries.doubles().between(0, 100).ofScale(4), optionalText())
                .as(ProgressUpdate::new);
    }

    public static Arbitrary<Action> action(String id, int depth) {
        Arbitrary<List<Action>> children = depth <= 0 ? Arbitraries.just(List.of())
                : ids(0, 2).flatMap(ids -> combineAll(ids.stream().map(c -> action(c, depth - 1)).toList()));
        Arbitrary<LocalDate[]> dates = Combinators.combine(date().injectNull(0.4), Arbitraries.integers().between(0, 400)
                .injectNull(0.4)).as((start, days) -> new LocalDate[] {start,
                start == null || days == null ? null : start.plusDays(days)});
        return Combinators.combine(text(), optionalText(), optionalText(), partner().list().ofMaxSize(2), dates,
                        Arbitraries.of(ActionStatus.class), Arbitraries.doubles().between(0, 100).ofScale(3),
                        Arbitraries.doubles().between(0.01, 10).ofScale(3))
                .flatAs((title, description, owner, partners, d, status, percent, weight) ->
                        Combinators.combine(Arbitraries.of(ParticipationLevel.class).injectNull(0.3), texts(), texts(),
                                        optionalText(), progressUpdate().list().ofMaxSize(2), children, ids(0, 2))
                                .as((level, capital, themeIds, rationale, updates, kids, capacityIds) -> new Action(id,
                                        title, description, owner, partners, d[0], d[1], status, percent, weight, level,
                                        capital, themeIds, rationale, updates, kids, capacityIds)));
    }

    public static Arbitrary<ActionPlan> actionPlan() {
        Arbitrary<List<Action>> actions = ids(0, 3).flatMap(ids -> combineAll(ids.stream().map(a -> action(a, 1)).toList()));
        Arbitrary<List<Commitment>> commitments = ids(0, 2).flatMap(ids -> combineAll(ids.stream().map(c ->
                Combinators.combine(text(), text(), date().injectNull(0.4), Arbitraries.of(CommitmentStatus.class))
                        .as((what, who, due, status) -> new Commitment(c, what, who, due, status))).toList()));
        Arbitrary<ShareBackPlan> shareBack = Combinators.combine(texts(), optionalText(), optionalText(),
                date().injectNull(0.4)).as(ShareBackPlan::new);
        Arbitrary<Measure> measure = Combinators.combine(id(), text(), optionalText(), optionalText()).as(Measure::new);
        return Combinators.combine(id(), text(), text(), texts(), optionalText(), texts(), optionalId(), optionalId())
                .flatAs((id, title, aspiration, themeIds, issue, people, frameworkId, stageId) ->
                        Combinators.combine(optionalText(), actions, texts(), commitments, shareBack.injectNull(0.4),
                                        measure.list().ofMaxSize(2), provenance().injectNull(0.4))
                                .as((rationale, a, capital, c, share, m, p) -> new ActionPlan(id, title, aspiration,
                                        themeIds, issue, people, frameworkId, stageId, rationale, a, capital, c, share, m, p)));
    }

    public static Arbitrary<Capacity> capacity(String id) {
        Arbitrary<String> tag = Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-').ofMaxLength(12)
                .map(t -> "t" + t);
        return Combinators.combine(Arbitraries.of(CapacityKind.class), text(), optionalText(), tag.list().ofMaxSize(3),
                        Arbitraries.of(CivicLayer.class).injectNull(0.3), Arbitraries.of(LeaderType.class).injectNull(0.3))
                .as((kind, name, description, tags, layer, leader) -> kind == CapacityKind.PARTNER
                        ? new Capacity(id, kind, name, description, tags, layer, leader)
                        : new Capacity(id, kind, name, description, tags, null, null));
    }

    public static Arbitrary<PublicCapitalRating> publicCapitalRating(String factorId) {
        return Combinators.combine(Arbitraries.of(PublicCapitalLevel.class), optionalId(), texts())
                .as((level, rater, evidence) -> new PublicCapitalRating(factorId, level, rater, evidence));
    }

    public static Arbitrary<LibraryCapacities> libraryCapacities() {
        Arbitrary<List<Capacity>> capacities = ids(0, 4).flatMap(ids -> combineAll(ids.stream().map(ModelArbitraries::capacity).toList()));
        Arbitrary<List<PublicCapitalRating>> ratings = ids(0, 3).flatMap(ids -> combineAll(ids.stream()
                .map(ModelArbitraries::publicCapitalRating).toList()));
        return Combinators.combine(text(), capacities, ratings, texts()).as(LibraryCapacities::new);
    }

    // ------------------------------------------------------------------ report

    public static Arbitrary<CommunityReport> communityReport() {
        return Combinators.combine(text(), publicKnowledge(), stageFramework().injectNull(0.4),
                        actionPlan().injectNull(0.5), Arbitraries.integers().between(1, 20), texts())
                .flatAs((title, knowledge, framework, plan, k, attributions) -> {
                    Arbitrary<StageAssessment> assessment = framework == null ? stageAssessment()
                            : stageAssessment(Arbitraries.just(framework.id()));
                    return assessment.injectNull(0.4).map(a -> new CommunityReport(title, knowledge, framework, a, plan,
                            k, attributions));
                });
    }

    /** Any top-level document of a kind. */
    public static Arbitrary<?> document(DocumentKind kind) {
        return switch (kind) {
            case CONVERSATION_SET -> conversationSet();
            case THEME_SET -> themeSet();
            case PUBLIC_KNOWLEDGE -> publicKnowledge();
            case STAGE_ASSESSMENT -> stageAssessment();
            case ACTION_PLAN -> actionPlan();
            case STAGE_FRAMEWORK -> stageFramework();
            case CONVERSATION_GUIDE -> conversationGuide();
            case COMMUNITY_REPORT -> communityReport();
            case LIBRARY_CAPACITIES -> libraryCapacities();
        };
    }

    /** Any top-level document of any kind. */
    public static Arbitrary<Object> anyDocument() {
        return Arbitraries.of(DocumentKind.class).flatMap(k -> document(k).map(d -> (Object) d));
    }

    /** A list holding one value from each arbitrary, in order. */
    public static <T> Arbitrary<List<T>> combineAll(List<Arbitrary<T>> arbitraries) {
        if (arbitraries.isEmpty()) {
            return Arbitraries.just(List.of());
        }
        return Combinators.combine(arbitraries).as(List::copyOf);
    }
}
