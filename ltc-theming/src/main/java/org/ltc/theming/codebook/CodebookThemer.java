package org.ltc.theming.codebook;

import org.ltc.theming.ThemeLabellers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;
import org.ltc.model.conversation.Question;
import org.ltc.model.knowledge.NoteRef;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeCategory;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.plugin.PhaseClock;
import org.ltc.model.plugin.ConfiguredPlugin;
import org.ltc.model.provenance.Provenance;
import org.ltc.theming.Themer;
import org.ltc.theming.ThemingRequest;
import org.ltc.theming.internal.HeapEstimate;

/**
 * Guided theming from a codebook (id {@code codebook}): deductive coding as in qualitative content analysis
 * (Mayring, "Qualitative Content Analysis", 2000; Braun &amp; Clarke's codebook thematic analysis), automated
 * by matching each code's seed terms and phrases against the lightly stemmed words of each note.
 *
 * <p>A note carries every code it matches with enough evidence ({@link CodebookOptions#minScore()}); its
 * weight in a theme is its score for that code relative to its best code, halved when that score rests on a
 * single seed term, so a note that plainly belongs to a theme holds weight 1. Notes that match no code are reported as unassigned, never hidden. With
 * {@link CodebookOptions#splitByCategory()} a code's notes are split by the category of the guide question
 * each note answers, so the themes fall into the public-knowledge buckets the conversation was designed to
 * fill; notes answering no categorised question take the code's own category.
 *
 * <p>Deterministic: no randomness is used (the seed is recorded), and it runs on the calling thread whatever
 * {@link ThemingRequest#threads()} says, so results cannot depend on it. Immutable and thread-safe.
 */
public final class CodebookThemer extends ConfiguredPlugin<CodebookOptions> implements Themer {
    /** The codec used to hash inputs; immutable and thread-safe, so shared. */
    /** The themer's id. */
    public static final String ID = "codebook";
    private static final String PHASE = "matching notes to codes";

    /** A themer with the default codebook and options (what ServiceLoader creates). */
    public CodebookThemer() {
        this(CodebookOptions.defaults());
    }

    public CodebookThemer(CodebookOptions options) {
        super(ID, options);
    }

    /** Heap per note beyond the note itself: its place in a theme's evidence (see {@link HeapEstimate}). */
    static final long HEAP_PER_NOTE = 550;

    @Override
    public ThemeSet theme(ThemingRequest request) {
        CodebookOptions opts = options(request.options());
        request.cancellation().check("codebook theming");
        ConversationSet set = request.conversations();
        List<Code> codes = opts.codebook().codes();
        CodebookMatcher matcher = new CodebookMatcher(opts.codebook());
        Map<String, ThemeCategory> questionCategory = new HashMap<>();
        if (set.guide() != null) {
            for (Question q : set.guide().questions()) {
                if (q.category() != null) {
                    questionCategory.put(q.id(), q.category());
                }
            }
        }
        // (code index, category) -> notes with their scores, in input order
        Map<Key, List<Scored>> groups = new TreeMap<>();
        Map<Key, Map<String, Integer>> matchedTerms = new HashMap<>();
        List<String> unassigned = new ArrayList<>();
        // rejected and meta statements are never themed
        List<Note> notes = org.ltc.theming.ThemableNotes.of(set).notes();
        HeapEstimate.require(request, ID, notes, HEAP_PER_NOTE);
        int every = Math.max(1, notes.size() / 100);
        for (int i = 0; i < notes.size(); i++) {
            if (i % every == 0) {
                request.progress().progress(PHASE, i, notes.size());
                request.cancellation().check("codebook theming");
            }
            Note note = notes.get(i);
            List<List<String>> hits = new ArrayList<>(codes.size());
            int[] scores = matcher.scores(note.text(), note.language(), hits);
            int best = java.util.Arrays.stream(scores).max().orElse(0);
            boolean any = false;
            for (int k = 0; k < codes.size(); k++) {
                if (scores[k] >= opts.minScore()) {
                    any = true;
                    ThemeCategory cat = opts.splitByCategory() && note.questionId() != null
                            ? questionCategory.getOrDefault(note.questionId(), codes.get(k).category())
                            : codes.get(k).category();
                    Key key = new Key(k, cat);
                    groups.computeIfAbsent(key, x -> new ArrayList<>()).add(new Scored(note.id(), i,
                            weight(scores[k], best)));
                    Map<String, Integer> counts = matchedTerms.computeIfAbsent(key, x -> new HashMap<>());
                    hits.get(k).forEach(t -> counts.merge(t, 1, Integer::sum));
                }
            }
            if (!any) {
                unassigned.add(note.id());
            }
        }
        request.progress().progress(PHASE, notes.size(), notes.size());
        request.cancellation().check("codebook theming");
        request.phases().lap(PhaseClock.CLUSTER);

        List<Theme> themes = new ArrayList<>();
        for (Map.Entry<Key, List<Scored>> e : groups.entrySet()) {
            Code code = codes.get(e.getKey().code());
            ThemeCategory cat = e.getKey().category();
            List<Scored> members = new ArrayList<>(e.getValue());
            members.sort(Comparator.comparingDouble(Scored::weight).reversed().thenComparingInt(Scored::index));
            List<NoteRef> evidence = members.stream().map(s -> new NoteRef(s.noteId(), s.weight())).toList();
            List<String> keyTerms = keyTerms(code, matchedTerms.get(e.getKey()), opts.maxKeyTerms());
            themes.add(Theme.of(themeId(code, cat, opts), code.label(), cat, keyTerms, evidence));
        }
        themes.sort(Comparator.comparingInt((Theme t) -> -t.evidence().size())
                .thenComparing(Theme::category).thenComparing(Theme::id));
        request.phases().lap(PhaseClock.LABEL);
        String inputHash = request.inputSha256();
        Map<String, String> recorded = opts.toProperties();
        ThemeSet coded = new ThemeSet(set.id(), themes, unassigned, Provenance.of(ID, version(), recorded, request.seed(),
                inputHash, request.clock().instant()));
        return ThemeLabellers.relabel(coded, request, matcher, Map.of());
    }

    /**
     * How strongly a note belongs to a code: its score relative to its best code, halved when the only evidence
     * is one seed term (a phrase or two terms make a clear member), so a note that says more about a theme
     * ranks ahead of one that merely mentions it.
     */
    static double weight(int score, int best) {
        return (double) score / best * Math.min(1.0, score / 2.0);
    }

    private static String themeId(Code code, ThemeCategory cat, CodebookOptions opts) {
        return opts.splitByCategory() ? cat.id() + "." + code.id() : code.id();
    }

    /** The seed terms and phrases that matched, most frequent first, then in codebook order. */
    private static List<String> keyTerms(Code code, Map<String, Integer> counts, int max) {
        List<String> order = new ArrayList<>(code.phrases());
        order.addAll(code.terms());
        List<String> present = new ArrayList<>(new java.util.LinkedHashSet<>(order));
        present.removeIf(t -> !counts.containsKey(t));
        present.sort(Comparator.comparingInt((String t) -> -counts.get(t)).thenComparingInt(order::indexOf));
        return present.subList(0, Math.min(max, present.size()));
    }

    private record Key(int code, ThemeCategory category) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = Integer.compare(code, o.code);
            return c != 0 ? c : category.compareTo(o.category);
        }
    }

    private record Scored(String noteId, int index, double weight) {
    }
}
