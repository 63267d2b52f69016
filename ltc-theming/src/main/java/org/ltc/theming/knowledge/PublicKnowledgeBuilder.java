package org.ltc.theming.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ltc.model.InvalidInputException;
import org.ltc.model.conversation.Conversation;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;
import org.ltc.model.conversation.Participant;
import org.ltc.model.conversation.Vote;
import org.ltc.model.conversation.VoteValue;
import org.ltc.model.knowledge.Breadth;
import org.ltc.model.knowledge.CategorySection;
import org.ltc.model.knowledge.Engagement;
import org.ltc.model.knowledge.GroupVote;
import org.ltc.model.knowledge.NoteRef;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.knowledge.Quote;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeCategory;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.plugin.RunContext;
import org.ltc.model.privacy.DisclosurePolicy;
import org.ltc.model.privacy.Redactor;
import org.ltc.model.provenance.Provenance;
import org.ltc.model.provenance.ProvenanceStep;

/**
 * Turns a {@link ThemeSet} and the {@link ConversationSet} it was made from into {@link PublicKnowledge}: the
 * themes grouped by public-knowledge category, each with its reach, strength, evidence and, with Polis votes,
 * how each opinion group voted; who was engaged; who was missing; and a draft community story.
 *
 * <p>What each measure means:
 * <ul>
 *   <li><b>Category</b>: see {@link Categories}: a person's curation stands; a theme mostly of statements about
 *       the participants themselves is uncategorised; else the category of the guide question most of its notes
 *       answered (its own or the one its wording asks for); the codebook decides only when no question does.</li>
 *   <li><b>Breadth</b>: the conversations its notes came from; who {@code wrote} its notes, who {@code agreed}
 *       with at least one of them and who {@code voted} on them, each a count of distinct people, left out when
 *       under the disclosure threshold k; {@code participants}, those who wrote or agreed (0 under k); how many
 *       values of each segment key those people cover, and per value how many of them, shown only when both that
 *       count and the segment's size are at least k (small-cell suppression).</li>
 *   <li><b>Frequency</b>: how many notes support it ({@link Theme#frequency()}).</li>
 *   <li><b>Intensity</b>: the evidence-weighted mean over its notes of how strongly each was backed: with
 *       votes, the share of agree votes among all votes on the note; without, from the note-taker's counts,
 *       {@code (agrees + emphasis) / (agrees + emphasis + disagrees + 1)}.</li>
 *   <li><b>Quotes</b> ({@link Quotes}): its best-fitting notes (then those no other theme quotes, then the most agreed-with), never
 *       a note a moderator rejected or from a conversation whose participants did not consent to quotes, always
 *       in redacted words: a set that is not redacted by its own record is redacted first with the
 *       default options.</li>
 *   <li><b>Common ground, dividing statements and consensus</b>: per statement, see {@link Divisions} (Polis's
 *       per-group Laplace-smoothed agree rates and group-informed consensus); the theme's consensus is the mean
 *       over its voted statements. The pooled {@code groupVotes} (each group's votes over all the theme's notes)
 *       are kept for compatibility but hide division, so a report shows the statements.</li>
 *   <li><b>Gaps</b>: see {@link Gaps}: judged per person; opinion groups are never gaps.</li>
 *   <li><b>Story</b>: see {@link Story}.</li>
 * </ul>
 *
 * <p>Deterministic (no randomness; everything sorted). Immutable and thread-safe.
 */
public final class PublicKnowledgeBuilder {
    /** The codec used to hash inputs; immutable and thread-safe, so shared. */
    /** The id recorded in provenance. */
    public static final String ALGORITHM_ID = "public-knowledge";
    /** The version recorded in provenance; changes whenever results may change. */
    public static final String VERSION = "3";

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
        return build(themeSet, unchecked, null);
    }

    /**
     * As {@link #build(ThemeSet, ConversationSet)}, for a caller that already holds the set's digest (for
     * example the {@code inputSha256} of the theme set it just made from this very set): a million notes are not
     * serialised and hashed a second time.
     *
     * @param setSha256 {@link Provenance#digest}{@code (unchecked)}, or {@code null} to compute it; used only when
     *                  the set needs no redaction here (else the redacted set is hashed)
     */
    public PublicKnowledge build(ThemeSet themeSet, ConversationSet unchecked, String setSha256) {
        return build(themeSet, unchecked, setSha256, RunContext.of(0));
    }

    /**
     * As {@link #build(ThemeSet, ConversationSet, String)}, on the context's threads (its executor, thread count
     * and cancellation; nothing else of it is read): each theme's category, which matches every note of a theme the
     * guide does not categorise against the codebook, is found on them. The result is the same on any number of
     * threads.
     */
    public PublicKnowledge build(ThemeSet themeSet, ConversationSet unchecked, String setSha256, RunContext context) {
        Objects.requireNonNull(themeSet, "themeSet");
        Objects.requireNonNull(context, "context");
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
        Divisions divisions = new Divisions(ix, options);
        Set<String> curated = new HashSet<>();
        for (ProvenanceStep step : themeSet.provenance().steps()) {
            if (step.operation().equals("recategorise") && step.parameters().containsKey("themeId")) {
                curated.add(step.parameters().get("themeId"));
            }
        }
        // the categories first, on the context's threads (each theme's alone); the measures after, in theme order,
        // since a note quoted under one theme is not quoted again under a later one
        List<Theme> given = themeSet.themes();
        List<List<Note>> notes = new ArrayList<>(given.size());
        given.forEach(theme -> notes.add(theme.evidence().stream().map(r -> ix.notes.get(r.noteId())).toList()));
        List<ThemeCategory> categories = context.workers().map(given.size(), "public knowledge",
                t -> Categories.of(given.get(t), notes.get(t), ix, curated));
        for (int t = 0; t < given.size(); t++) {
            themes.add(measure(given.get(t), notes.get(t), ix, quoted, divisions, categories.get(t)));
        }
        themes.sort(Comparator.comparing(Theme::category).thenComparing(PublicKnowledgeBuilder::byReach));
        Map<ThemeCategory, List<String>> byCategory = new TreeMap<>();
        // sections and the story lead with the top level; sub-themes stay in the themes list under their parent
        List<Theme> topLevel = themes.stream().filter(Theme::topLevel).toList();
        topLevel.forEach(t -> byCategory.computeIfAbsent(t.category(), c -> new ArrayList<>()).add(t.id()));
        List<CategorySection> sections = new ArrayList<>();
        byCategory.forEach((c, ids) -> sections.add(new CategorySection(c, ids)));

        // the notes are the input (the same digest as the theme set's and a stage assessment's); the theme set
        // is cited by its own digest in the "theme" step
        String hash = setSha256 != null && set == unchecked ? setSha256 : Provenance.digest(set);
        Provenance provenance = Provenance.of(ALGORITHM_ID, VERSION, options.toProperties(),
                themeSet.provenance().seed(), hash, options.clock().instant());
        if (set.provenance() != null) {
            Map<String, String> imported = new TreeMap<>(set.provenance().options());
            imported.put("algorithmId", set.provenance().algorithmId());
            imported.put("algorithmVersion", set.provenance().algorithmVersion());
            imported.put("inputSha256", set.provenance().inputSha256());
            provenance = provenance.withStep(new ProvenanceStep("import", imported, null));
        }
        Map<String, String> redacted = new TreeMap<>();
        if (set.redaction() != null) {
            redacted.put("notesChanged", Integer.toString(set.redaction().notesChanged()));
            set.redaction().counts().forEach((kind, n) -> redacted.put("replaced." + kind, Integer.toString(n)));
        } else {
            redacted.put("quotesOnly", "true");
        }
        provenance = provenance.withStep(new ProvenanceStep("redact", redacted, null));
        Map<String, String> themed = new TreeMap<>(themeSet.provenance().options());
        themed.put("algorithmId", themeSet.provenance().algorithmId());
        themed.put("algorithmVersion", themeSet.provenance().algorithmVersion());
        themed.put("seed", Long.toString(themeSet.provenance().seed()));
        themed.put("themeSetSha256", Provenance.digest(themeSet));
        provenance = provenance.withStep(new ProvenanceStep("theme", themed, null));
        for (ProvenanceStep step : themeSet.provenance().steps()) {
            provenance = provenance.withStep(step);
        }
        if (set != unchecked) {
            // The set given was not redacted by its record: say here that this step redacted it, and how.
            Map<String, String> how = new TreeMap<>(set.redaction().options());
            set.redaction().counts().forEach((kind, n) -> how.put("count." + kind, String.valueOf(n)));
            provenance = provenance.withStep(new ProvenanceStep(Redactor.ALGORITHM_ID, how, null));
        }
        return new PublicKnowledge(set.community(), engagement(ix), themes, sections, themeSet.unassigned(),
                Gaps.of(ix, options), Story.draft(storyOrder(themes)), provenance, divisions.summary());
    }

    /** The themes as the story reads them: top-level themes first, then sub-themes, each in report order. */
    private static List<Theme> storyOrder(List<Theme> themes) {
        List<Theme> out = new ArrayList<>(themes.stream().filter(Theme::topLevel).toList());
        themes.stream().filter(t -> !t.topLevel()).forEach(out::add);
        return out;
    }

    private static int byReach(Theme a, Theme b) {
        int c = Integer.compare(b.breadth().participants(), a.breadth().participants());
        if (c == 0) {
            c = Integer.compare(b.frequency(), a.frequency());
        }
        return c != 0 ? c : a.id().compareTo(b.id());
    }

    // ------------------------------------------------------------------ one theme

    /** A count of people as it may be shown: {@code null} when it is under the disclosure threshold. */
    private Integer shown(int people) {
        return options.disclosure().suppress(people) ? null : people;
    }

    /** One theme's measures; {@code notes} are its evidence's notes, in order. */
    private Theme measure(Theme theme, List<Note> notes, Index ix, Set<String> quoted, Divisions divisions,
                          ThemeCategory category) {
        DisclosurePolicy k = options.disclosure();
        Set<String> conversations = new TreeSet<>();
        Set<String> wrote = new TreeSet<>();
        Set<String> agreed = new TreeSet<>();
        Set<String> voted = new TreeSet<>();
        for (Note n : notes) {
            conversations.add(n.conversationId());
            if (n.participantId() != null) {
                wrote.add(n.participantId());
            }
            for (Vote v : ix.votes.getOrDefault(n.id(), List.of())) {
                voted.add(v.participantId());
                if (v.value() == VoteValue.AGREE) {
                    agreed.add(v.participantId());
                }
            }
        }
        Set<String> reached = new TreeSet<>(wrote);
        reached.addAll(agreed);
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
        boolean anyVotes = !ix.set.votes().isEmpty();
        Breadth breadth = new Breadth(conversations.size(), k.suppress(reached.size()) ? 0 : reached.size(),
                segments, bySegment, shown(wrote.size()), anyVotes ? shown(agreed.size()) : null,
                anyVotes ? shown(voted.size()) : null);

        List<GroupVote> groupVotes = groupVotes(notes, ix);
        Divisions.Judged judged = divisions.judge(notes);
        List<Quote> quotes = Quotes.pick(theme, ix, quoted, options.quotesPerTheme(), options.maxQuoteChars());
        return theme.withCategory(category).withMeasures(quotes, breadth, intensity(theme, ix),
                groupVotes, judged.consensus()).withDivisions(judged.commonGround(), judged.dividing());
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
        Set<String> voters = new HashSet<>();
        set.votes().forEach(v -> voters.add(v.participantId()));
        // The days people spoke: each conversation's own date, and each note's time (a Polis export dates every
        // statement, not the conversation), in UTC so the same data gives the same days on any machine.
        java.time.LocalDate first = null;
        java.time.LocalDate last = null;
        List<java.time.LocalDate> days = new ArrayList<>();
        set.conversations().forEach(c -> {
            if (c.date() != null) {
                days.add(c.date());
            }
        });
        set.notes().forEach(n -> {
            if (n.createdAt() != null) {
                days.add(java.time.LocalDate.ofInstant(n.createdAt(), java.time.ZoneOffset.UTC));
            }
        });
        for (java.time.LocalDate d : days) {
            first = first == null || d.isBefore(first) ? d : first;
            last = last == null || d.isAfter(last) ? d : last;
        }
        return new Engagement(set.conversations().size(), participants, set.notes().size(), set.votes().size(),
                List.copyOf(places), segments, suppressed, ix.authors.isEmpty() ? null : shown(ix.authors.size()),
                voters.isEmpty() ? null : shown(voters.size()), first, last);
    }
}
