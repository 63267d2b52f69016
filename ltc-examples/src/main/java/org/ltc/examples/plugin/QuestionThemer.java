package org.ltc.examples.plugin;

import org.ltc.theming.ThemeLabellers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;
import org.ltc.model.conversation.Question;
import org.ltc.model.knowledge.NoteRef;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeCategory;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.plugin.Options;
import org.ltc.model.provenance.Provenance;
import org.ltc.theming.Themer;
import org.ltc.theming.ThemingRequest;

/**
 * An example third-party themer, the way a tool builder writes one: it sorts notes by the guide question
 * they answer, the first step many libraries take with sticky notes. Found through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.ltc.theming.Themer}); id {@code "by-question"}.
 *
 * <p>Options: {@code ltc.theming.by-question.min-notes} (default 1), questions with fewer notes are left
 * unassigned. Immutable and thread-safe, as the SPI requires.
 */
public final class QuestionThemer implements Themer {
    /** The id; declared as a constant so discovery creates this themer only when a run asks for it. */
    public static final String ID = "by-question";
    private static final String PREFIX = "ltc.theming.by-question.";
    private static final Set<String> STOP = Set.of("the", "and", "that", "this", "with", "have", "they", "there",
            "their", "what", "when", "where", "would", "could", "should", "about", "just", "like", "from", "more",
            "some", "people", "want", "need", "because", "into", "only", "your", "them", "here", "were", "been");
    private final int minNotes;

    public QuestionThemer() {
        this(1);
    }

    public QuestionThemer(int minNotes) {
        if (minNotes < 1) {
            throw new InvalidOptionsException(PREFIX + "min-notes", minNotes, "must be at least 1");
        }
        this.minNotes = minNotes;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ThemeSet theme(ThemingRequest request) {
        Map<String, String> opts = Options.under(PREFIX, request.options(), Set.of("min-notes"));
        int min = opts.containsKey("min-notes")
                ? Options.intValue(PREFIX + "min-notes", opts.get("min-notes"), 1, Integer.MAX_VALUE) : minNotes;
        ConversationSet set = request.conversations();
        Map<String, List<Note>> byQuestion = new LinkedHashMap<>();
        List<String> unassigned = new ArrayList<>();
        request.cancellation().check("theming by question");
        long done = 0;
        for (Note n : set.notes()) {
            request.progress().progress("grouping notes", done++, set.notes().size());
            request.cancellation().check("theming by question");
            if (n.questionId() == null) {
                unassigned.add(n.id());
            } else {
                byQuestion.computeIfAbsent(n.questionId(), q -> new ArrayList<>()).add(n);
            }
        }
        request.progress().progress("grouping notes", done, set.notes().size());
        request.cancellation().check("theming by question");
        List<Theme> themes = new ArrayList<>();
        for (Map.Entry<String, List<Note>> e : new TreeMap<>(byQuestion).entrySet()) {
            if (e.getValue().size() < min) {
                e.getValue().forEach(n -> unassigned.add(n.id()));
                continue;
            }
            Question q = set.guide() == null ? null : set.guide().question(e.getKey()).orElse(null);
            String label = q == null ? "Answers to question " + e.getKey() : q.text();
            ThemeCategory category = q == null || q.category() == null ? ThemeCategory.UNCATEGORISED : q.category();
            themes.add(Theme.of("q-" + e.getKey(), label, category, topWords(e.getValue()),
                    e.getValue().stream().map(n -> NoteRef.of(n.id())).toList()));
        }
        unassigned.sort(Comparator.naturalOrder());
        String input = Provenance.digest(set);
        ThemeSet grouped = new ThemeSet(set.id(), themes, unassigned, Provenance.of(id(), version(),
                Map.of(PREFIX + "min-notes", Integer.toString(min)), request.seed(), input,
                request.clock().instant()));
        // the question is what was asked, not what was said: the theme is named by what its notes share
        return ThemeLabellers.relabel(grouped, request, null, Map.of());
    }

    /** The most frequent longer words: a crude label, good enough for an example. */
    private static List<String> topWords(List<Note> notes) {
        Map<String, Integer> counts = new HashMap<>();
        for (Note n : notes) {
            for (String w : n.text().toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
                if (w.length() >= 4 && !STOP.contains(w)) {
                    counts.merge(w, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(6).map(Map.Entry::getKey).toList();
    }
}
