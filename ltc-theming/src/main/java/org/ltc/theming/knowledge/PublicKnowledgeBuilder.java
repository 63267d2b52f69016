package org.ltc.theming.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ltc.model.InvalidInputException;
import org.ltc.model.conversation.Conversation;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Moderation;
import org.ltc.model.conversation.Note;
import org.ltc.model.conversation.Participant;
import org.ltc.model.conversation.Question;
import org.ltc.model.conversation.Vote;
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
import org.ltc.model.privacy.DisclosurePolicy;
import org.ltc.model.privacy.Redactor;
import org.ltc.model.provenance.Provenance;
import org.ltc.model.provenance.ProvenanceStep;
import org.ltc.theming.codebook.Code;
import org.ltc.theming.codebook.CodebookMatcher;

/**
 * Turns a {@link ThemeSet} and the {@link ConversationSet} it was made from into {@link PublicKnowledge}: the
 * themes grouped by public-knowledge category, each with its reach, strength, evidence and, with Polis votes,
 * how each opinion group voted; who was engaged; who was missing; and a draft community story.
 *
 * <p>What each measure means:
 * <ul>
 *   <li><b>Category</b>: the theme's own category when its themer (or a person curating it) set one; else the
 *       category of the guide question most of its notes answer; else the category of the codebook code most
 *       of its notes match; else uncategorised.</li>
 *   <li><b>Breadth</b>: the conversations its notes came from; the participants it reached, that is who wrote
 *       one of its notes or voted to agree with one; how many values of each segment key those people cover;
 *       and per segment value how many of them it reached, shown only when both that count and the segment's
 *       size are at least the disclosure threshold k (small-cell suppression).</li>
 *   <li><b>Frequency</b>: how many notes support it ({@link Theme#frequency()}).</li>
 *   <li><b>Intensity</b>: the evidence-weighted mean over its notes of how strongly each was backed: with
 *       votes, the share of agree votes among all votes on the note; without, from the note-taker's counts,
 *       {@code (agrees + emphasis) / (agrees + emphasis + disagrees + 1)}.</li>
 *   <li><b>Quotes</b>: its best-fitting notes (then those no other theme quotes, then the most agreed-with), never a note a moderator rejected
 *       or from a conversation whose participants did not consent to quotes, always in redacted words: a set
 *       that is not redacted by its own record is redacted first with the default options.</li>
 *   <li><b>Group votes and consensus</b>: for each opinion group of at least k members, its agree, disagree
 *       and pass votes on the theme's notes and its Laplace-smoothed agree rate {@code (agrees + 1) / (votes +
 *       2)}; the consensus is the product of those rates over the groups, the group-informed consensus of
 *       Polis (Small, Bjorkegren, Erkkilä, Shaw and Megill, "Polis: Scaling deliberation by mapping high
 *       dimensional opinion spaces", Recerca 26(2), 2021) taken over a theme's notes instead of one
 *       comment. It is high only when every group tends to agree.</li>
 *   <li><b>Gaps</b>: segment values with fewer than k participants, with fewer notes than
 *       {@link PublicKnowledgeOptions#gapShare()} of an even split, or expected but absent.</li>
 * </ul>
 *
 * <p>Deterministic (no randomness; everything sorted). Immutable and thread-safe.
 */
public final class PublicKnowledgeBuilder {
    /** The codec used to hash inputs; immutable and thread-safe, so shared. */
    /** The id recorded in provenance. */
    public static final String ALGORITHM_ID = "public-knowledge";
    /** The version recorded in provenance; changes whenever results may change. */
    public static final String VERSION = "1";

    private final PublicKnowledgeOptions options;

    public PublicKnowledgeBuilder() {
        this(PublicKnowledgeOptions.defaults());
    }

    public PublicKnowledgeBuilder(PublicKnowledgeOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public PublicKnowledgeOptions options() {
        return options;
    }

    /**
     * The public knowledge of these themes, heard in these conversations. A set that is not redacted by its own
     * record is redacted first with the default options ({@link Redactor#ensureRedacted(ConversationSet, Map)}),
     * so no quote, segment value or place is ever published unredacted.
     */
    public PublicKnowledge build(ThemeSet themeSet, ConversationSet unchecked) {
        Objects.requireNonNull(themeSet, "themeSet");
        Objects.requireNonNull(unchecked, "set");
        ConversationSet set = Redactor.ensureRedacted(unchecked, Map.of());
        if (themeSet.conversationSetId() != null && !themeSet.conversationSetId().equals(set.id())) {
            throw new InvalidInputException(null, "/conversationSetId", "conversationSetId",
                    themeSet.conversationSetId(), "names another conversation set than the one given (" + set.id() + ")");
        }
        Index ix = new Index(set, options);
        for (int t = 0; t < themeSet.themes().size(); t++) {
            List<NoteRef> ev = themeSet.themes().get(t).evidence();
            for (int e = 0; e < ev.size(); e++) {
                if (!ix.notes.containsKey(ev.get(e).noteId())) {
                    throw new InvalidInputException(null, "/themes/" + t + "/evidence/" + e, "noteId",
                            ev.get(e).noteId(), "names no note in conversation set " + set.id());
                }
            }
        }
        List<Theme> themes = new ArrayList<>();
        Set<String> quoted = new HashSet<>();
        for (Theme theme : themeSet.themes()) {
            themes.add(measure(theme, ix, quoted));
        }
        themes.sort(Comparator.comparing(Theme::category).thenComparing(PublicKnowledgeBuilder::byReach));
        Map<ThemeCategory, List<String>> byCategory = new TreeMap<>();
        themes.forEach(t -> byCategory.computeIfAbsent(t.category(), c -> new ArrayList<>()).add(t.id()));
        List<CategorySection> sections = new ArrayList<>();
        byCategory.forEach((c, ids) -> sections.add(new CategorySection(c, ids)));

        // the notes are the input (the same digest as the theme set's and a stage assessment's); the theme set
        // is cited by its own digest in the "theme" step
        String hash = Provenance.digest(set);
        Provenance provenance = Provenance.of(ALGORITHM_ID, VERSION, options.toProperties(),
                themeSet.provenance().seed(), hash, options.clock().instant());
        Map<String, String> themed = new TreeMap<>();
        themed.put("algorithmId", themeSet.provenance().algorithmId());
        themed.put("algorithmVersion", themeSet.provenance().algorithmVersion());
        themed.put("seed", Long.toString(themeSet.provenance().seed()));
        themed.put("themeSetSha256", Provenance.digest(themeSet));
        provenance = provenance.withStep(new ProvenanceStep("theme", themed, null));
        for (ProvenanceStep step : themeSet.provenance().steps()) {
            provenance = provenance.withStep(step);
        }
        return new PublicKnowledge(set.community(), engagement(ix), themes, sections, themeSet.unassigned(),
                gaps(ix), story(themes, ix), provenance);
    }

    private static int byReach(Theme a, Theme b) {
        int c = Integer.compare(b.breadth().participants(), a.breadth().participants());
        if (c == 0) {
            c = Integer.compare(b.frequency(), a.frequency());
        }
        return c != 0 ? c : a.id().compareTo(b.id());
    }

    // ------------------------------------------------------------------ one theme

    private Theme measure(Theme theme, Index ix, Set<String> quoted) {
        DisclosurePolicy k = options.disclosure();
        List<Note> notes = theme.evidence().stream().map(r -> ix.notes.get(r.noteId())).toList();
        Set<String> conversations = new TreeSet<>();
        Set<String> reached = new TreeSet<>();
        for (Note n : notes) {
            conversations.add(n.conversationId());
            if (n.participantId() != null) {
                reached.add(n.participantId());
            }
            for (Vote v : ix.votes.getOrDefault(n.id(), List.of())) {
                if (v.value() == org.ltc.model.conversation.VoteValue.AGREE) {
                    reached.add(v.participantId());
                }
            }
        }
        Map<String, Integer> segments = new TreeMap<>();
        Map<String, Map<String, Integer>> bySegment = new TreeMap<>();
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (String p : reached) {
            Participant participant = ix.participants.get(p);
            if (participant != null) {
                participant.segments().forEach((key, value) ->
                        counts.computeIfAbsent(key, x -> new TreeMap<>()).merge(value, 1, Integer::sum));
            }
        }
        counts.forEach((key, values) -> {
            segments.put(key, values.size());
            // Hidden with the segment: a value hidden in the engagement figures, or one where the segment's size
            // minus this count (its people who did not raise the theme) is a group under k.
            Set<String> alsoHidden = new TreeSet<>(ix.hiddenSegments.getOrDefault(key, Set.of()));
            values.forEach((value, n) -> {
                int rest = ix.segmentSizes.get(key).get(value) - n;
                if (k.suppress(rest)) {
                    alsoHidden.add(value);
                }
            });
            Set<String> hidden = k.hidden(values, reached.size(), alsoHidden);
            Map<String, Integer> shown = new TreeMap<>();
            values.forEach((value, n) -> {
                if (n > 0 && !hidden.contains(value)) {
                    shown.put(value, n);
                }
            });
            if (!shown.isEmpty()) {
                bySegment.put(key, shown);
            }
        });
        Breadth breadth = new Breadth(conversations.size(), reached.size(), segments, bySegment);

        List<GroupVote> groupVotes = groupVotes(notes, ix);
        Double consensus = null;
        if (!groupVotes.isEmpty()) {
            double product = 1;
            for (GroupVote g : groupVotes) {
                product *= g.agreeRate();
            }
            consensus = product;
        }
        ThemeCategory category = category(theme, notes, ix);
        return theme.withCategory(category).withMeasures(quotes(theme, ix, quoted), breadth, intensity(theme, ix), groupVotes,
                consensus);
    }

    private ThemeCategory category(Theme theme, List<Note> notes, Index ix) {
        if (!theme.category().equals(ThemeCategory.UNCATEGORISED) || notes.isEmpty()) {
            return theme.category();
        }
        ThemeCategory fromQuestions = majority(notes.stream().map(n -> n.questionId() == null ? null
                : ix.questionCategories.get(n.questionId())).toList(), notes.size());
        if (fromQuestions != null) {
            return fromQuestions;
        }
        if (ix.matcher != null) {
            List<ThemeCategory> votes = new ArrayList<>();
            for (Note n : notes) {
                List<Code> best = ix.matcher.best(n.text(), n.language());
                votes.add(best.isEmpty() ? null : best.get(0).category());
            }
            ThemeCategory fromCodes = plurality(votes);
            if (fromCodes != null) {
                return fromCodes;
            }
        }
        return ThemeCategory.UNCATEGORISED;
    }

    /** The category more than half of all notes have, or {@code null}. */
    private static ThemeCategory majority(List<ThemeCategory> cats, int of) {
        Map<ThemeCategory, Integer> c = new TreeMap<>();
        cats.stream().filter(Objects::nonNull).forEach(x -> c.merge(x, 1, Integer::sum));
        return c.entrySet().stream().filter(e -> e.getValue() * 2 > of).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** The most common non-null category (ties: report order), or {@code null}. */
    private static ThemeCategory plurality(List<ThemeCategory> cats) {
        Map<ThemeCategory, Integer> c = new TreeMap<>();
        cats.stream().filter(Objects::nonNull).forEach(x -> c.merge(x, 1, Integer::sum));
        ThemeCategory best = null;
        int most = 0;
        for (Map.Entry<ThemeCategory, Integer> e : c.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    private double intensity(Theme theme, Index ix) {
        double sum = 0;
        double weights = 0;
        for (NoteRef ref : theme.evidence()) {
            Note n = ix.notes.get(ref.noteId());
            int[] v = ix.tally(n.id());
            int votes = v[0] + v[1] + v[2];
            double s = votes > 0 ? (double) v[0] / votes
                    : (double) (n.agrees() + n.emphasis()) / (n.agrees() + n.emphasis() + n.disagrees() + 1);
            sum += ref.weight() * s;
            weights += ref.weight();
        }
        return weights == 0 ? 0 : Math.min(1, Math.max(0, sum / weights));
    }

    /** Quotes for a theme; a note another theme already quotes comes last, so themes show different voices. */
    private List<Quote> quotes(Theme theme, Index ix, Set<String> quoted) {
        List<NoteRef> candidates = new ArrayList<>();
        for (NoteRef ref : theme.evidence()) {
            Note n = ix.notes.get(ref.noteId());
            Conversation c = ix.conversations.get(n.conversationId());
            if (n.moderation() != Moderation.REJECTED && (c == null || c.consent().quotesMayBeShared())) {
                candidates.add(ref);
            }
        }
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < theme.evidence().size(); i++) {
            order.put(theme.evidence().get(i).noteId(), i);
        }
        candidates.sort(Comparator.comparingDouble((NoteRef r) -> -r.weight())
                .thenComparing(r -> quoted.contains(r.noteId()))
                .thenComparingInt(r -> -ix.support(ix.notes.get(r.noteId())))
                .thenComparingInt(r -> ix.notes.get(r.noteId()).text().length() > options.maxQuoteChars() ? 1 : 0)
                .thenComparingInt(r -> order.get(r.noteId())));
        List<Quote> quotes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NoteRef ref : candidates) {
            if (quotes.size() >= options.quotesPerTheme()) {
                break;
            }
            String text = cut(ix.notes.get(ref.noteId()).text().strip(), options.maxQuoteChars());
            if (text.length() < 3 || text.equals(Redactor.EMPTY_TEXT)
                    || !seen.add(text.toLowerCase(Locale.ROOT).replaceAll("\\W+", " ").strip())) {
                continue;
            }
            quotes.add(new Quote(ref.noteId(), text));
            quoted.add(ref.noteId());
        }
        return quotes;
    }

    static String cut(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ");
        if (oneLine.length() <= max) {
            return oneLine;
        }
        int at = oneLine.lastIndexOf(' ', max - 1);
        return (at > max / 2 ? oneLine.substring(0, at) : oneLine.substring(0, max - 1)).strip() + "\u2026";
    }

    private List<GroupVote> groupVotes(List<Note> notes, Index ix) {
        if (ix.groupMembers.isEmpty()) {
            return List.of();
        }
        Map<String, int[]> tally = new TreeMap<>();
        boolean any = false;
        for (Note n : notes) {
            for (Vote v : ix.votes.getOrDefault(n.id(), List.of())) {
                Participant p = ix.participants.get(v.participantId());
                if (p == null || p.opinionGroup() == null) {
                    continue;
                }
                int[] t = tally.computeIfAbsent(p.opinionGroup(), g -> new int[3]);
                t[v.value().ordinal()]++;
                any = true;
            }
        }
        if (!any) {
            return List.of();
        }
        List<GroupVote> out = new ArrayList<>();
        ix.groupMembers.forEach((group, members) -> {
            if (ix.hiddenGroups.contains(group)) {
                return;
            }
            int[] t = tally.getOrDefault(group, new int[3]);
            int votes = t[0] + t[1] + t[2];
            out.add(new GroupVote(group, members, t[0], t[1], t[2], (t[0] + 1.0) / (votes + 2.0)));
        });
        return out;
    }

    // ------------------------------------------------------------------ the whole listening

    private Engagement engagement(Index ix) {
        ConversationSet set = ix.set;
        int participants = ix.participantsTotal;
        Set<String> places = new TreeSet<>();
        set.conversations().forEach(c -> {
            if (c.place() != null) {
                places.add(c.place());
            }
        });
        Map<String, Map<String, Integer>> segments = new TreeMap<>();
        int suppressed = 0;
        for (Map.Entry<String, Map<String, Integer>> e : ix.segmentSizes.entrySet()) {
            Map<String, Integer> shown = new TreeMap<>();
            Set<String> hidden = ix.hiddenSegments.get(e.getKey());
            for (Map.Entry<String, Integer> v : e.getValue().entrySet()) {
                if (!hidden.contains(v.getKey())) {
                    shown.put(v.getKey(), v.getValue());
                } else {
                    suppressed++;
                }
            }
            segments.put(e.getKey(), shown);
        }
        return new Engagement(set.conversations().size(), participants, set.notes().size(), set.votes().size(),
                List.copyOf(places), segments, suppressed);
    }

    private List<Gap> gaps(Index ix) {
        DisclosurePolicy k = options.disclosure();
        Map<String, Map<String, Integer>> notesBySegment = new TreeMap<>();
        for (Note n : ix.set.notes()) {
            Participant p = n.participantId() == null ? null : ix.participants.get(n.participantId());
            if (p != null) {
                p.segments().forEach((key, value) ->
                        notesBySegment.computeIfAbsent(key, x -> new TreeMap<>()).merge(value, 1, Integer::sum));
            }
        }
        List<Gap> gaps = new ArrayList<>();
        Set<String> keys = new TreeSet<>(ix.segmentSizes.keySet());
        keys.addAll(options.expectedSegments().keySet());
        for (String key : keys) {
            Map<String, Integer> sizes = ix.segmentSizes.getOrDefault(key, Map.of());
            if (sizes.isEmpty()) {
                gaps.add(new Gap(key, null, 0, "no participant has a " + key + " recorded"));
                continue;
            }
            Map<String, Integer> notes = notesBySegment.getOrDefault(key, Map.of());
            Set<String> values = new TreeSet<>(sizes.keySet());
            values.addAll(options.expectedSegments().getOrDefault(key, List.of()));
            int total = notes.values().stream().mapToInt(Integer::intValue).sum();
            double even = values.isEmpty() ? 0 : (double) total / values.size();
            Set<String> hidden = ix.hiddenSegments.getOrDefault(key, Set.of());
            int small = 0;
            for (String value : values) {
                int size = sizes.getOrDefault(value, 0);
                int said = notes.getOrDefault(value, 0);
                if (size == 0) {
                    gaps.add(new Gap(key, value, 0, "nobody with " + key + " " + value + " took part"));
                } else if (hidden.contains(value)) {
                    // Never named: a named small group plus the shown figures is the group's size by subtraction.
                    small++;
                } else if (said < options.gapShare() * even) {
                    gaps.add(new Gap(key, value, size, said + " notes, under " + Math.round(options.gapShare() * 100)
                            + "% of an even share (" + String.format(Locale.ROOT, "%.1f", even) + ")"));
                }
            }
            if (small > 0) {
                gaps.add(new Gap(key, null, 0, small + (small == 1 ? " group" : " groups") + " of " + key
                        + " not named or counted: too few people to report on separately (fewer than "
                        + k.minParticipants() + " in a group, or a figure that would reveal one)"));
            }
        }
        return gaps;
    }

    /**
     * "We want a community with ___, but people are concerned about ___. So we need to work on ___." from the
     * widest aspiration, concern and change (or action); a category with no theme lends the widest theme not yet
     * used. A theme is named in the story by the codebook code most of its notes match, when there is one, so the
     * draft reads as one sentence ("concerned about roads and traffic"); otherwise by its label, a list of terms
     * as it is and a resident's words in quotation marks.
     */
    private CommunityStory story(List<Theme> themes, Index ix) {
        if (themes.isEmpty()) {
            return null;
        }
        List<Theme> byReach = new ArrayList<>(themes);
        byReach.sort(PublicKnowledgeBuilder::byReach);
        Set<String> used = new HashSet<>();
        String aspiration = storyName(pick(byReach, used, ThemeCategory.ASPIRATIONS), ix);
        String challenge = storyName(pick(byReach, used, ThemeCategory.CONCERNS), ix);
        String need = storyName(pick(byReach, used, ThemeCategory.CHANGES, ThemeCategory.ACTIONS), ix);
        String text = "We want a community with " + aspiration + ", but people are concerned about " + challenge
                + ". So we need to work on " + need + ".";
        return new CommunityStory(aspiration, challenge, need, text);
    }

    /** The widest theme of these categories, else the widest theme not yet used, else the widest theme. */
    private static Theme pick(List<Theme> byReach, Set<String> used, ThemeCategory... categories) {
        List<ThemeCategory> wanted = List.of(categories);
        for (Theme t : byReach) {
            if (wanted.contains(t.category()) && used.add(t.id())) {
                return t;
            }
        }
        for (Theme t : byReach) {
            if (used.add(t.id())) {
                return t;
            }
        }
        return byReach.get(0);
    }

    private String storyName(Theme t, Index ix) {
        String label = t.label();
        if (ix.matcher != null) {
            Map<String, Integer> votes = new TreeMap<>();
            for (NoteRef r : t.evidence()) {
                Note n = ix.notes.get(r.noteId());
                List<Code> best = ix.matcher.best(n.text(), n.language());
                if (!best.isEmpty()) {
                    votes.merge(best.get(0).label(), 1, Integer::sum);
                }
            }
            String top = null;
            int most = 0;
            for (Map.Entry<String, Integer> e : votes.entrySet()) {
                if (e.getValue() > most) {
                    top = e.getKey();
                    most = e.getValue();
                }
            }
            if (top != null && most * 2 >= t.evidence().size()) {
                return lowerFirst(top);
            }
        }
        return label.contains(", ") || !label.contains(" ") ? lowerFirst(label) : "\u201c" + label + "\u201d";
    }

    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }

    /** Look-ups over one conversation set, built once per call. */
    private static final class Index {
        final ConversationSet set;
        final Map<String, Note> notes = new HashMap<>();
        final Map<String, Participant> participants = new HashMap<>();
        final Map<String, Conversation> conversations = new HashMap<>();
        final Map<String, List<Vote>> votes = new HashMap<>();
        final Map<String, ThemeCategory> questionCategories = new HashMap<>();
        final Map<String, Map<String, Integer>> segmentSizes = new TreeMap<>();
        final Map<String, Integer> groupMembers = new TreeMap<>();
        /** Everyone who took part, as the engagement figures show it. */
        final int participantsTotal;
        /** Per segment key, the values whose figures are hidden (primary and complementary suppression). */
        final Map<String, Set<String>> hiddenSegments = new TreeMap<>();
        /** Opinion groups whose figures are hidden, by the same rule. */
        final Set<String> hiddenGroups;
        final CodebookMatcher matcher;

        Index(ConversationSet set, PublicKnowledgeOptions options) {
            this.set = set;
            set.notes().forEach(n -> notes.put(n.id(), n));
            set.conversations().forEach(c -> conversations.put(c.id(), c));
            for (Participant p : set.participants()) {
                participants.put(p.id(), p);
                p.segments().forEach((k, v) -> segmentSizes.computeIfAbsent(k, x -> new TreeMap<>())
                        .merge(v, 1, Integer::sum));
                if (p.opinionGroup() != null) {
                    groupMembers.merge(p.opinionGroup(), 1, Integer::sum);
                }
            }
            set.votes().forEach(v -> votes.computeIfAbsent(v.noteId(), x -> new ArrayList<>()).add(v));
            Set<String> authors = new HashSet<>();
            set.notes().forEach(n -> {
                if (n.participantId() != null) {
                    authors.add(n.participantId());
                }
            });
            int counted = set.conversations().stream().mapToInt(Conversation::participantCount).sum();
            participantsTotal = Math.max(Math.max(set.participants().size(), authors.size()), counted);
            DisclosurePolicy k = options.disclosure();
            segmentSizes.forEach((key, sizes) -> hiddenSegments.put(key, k.hidden(sizes, participantsTotal, Set.of())));
            hiddenGroups = k.hidden(groupMembers, participantsTotal, Set.of());
            if (set.guide() != null) {
                for (Question q : set.guide().questions()) {
                    if (q.category() != null) {
                        questionCategories.put(q.id(), q.category());
                    }
                }
            }
            matcher = options.codebook() == null ? null : new CodebookMatcher(options.codebook());
        }

        /** Agree, disagree and pass votes on the note. */
        int[] tally(String noteId) {
            int[] t = new int[3];
            for (Vote v : votes.getOrDefault(noteId, List.of())) {
                t[v.value().ordinal()]++;
            }
            return t;
        }

        /** Net agreement: agree minus disagree votes, or the note-taker's counts without votes. */
        int support(Note n) {
            int[] t = tally(n.id());
            return t[0] + t[1] + t[2] > 0 ? t[0] - t[1] : n.agrees() - n.disagrees();
        }
    }
}
