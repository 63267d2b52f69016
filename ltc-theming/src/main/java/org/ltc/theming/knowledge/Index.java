package org.ltc.theming.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ltc.model.conversation.Conversation;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;
import org.ltc.model.conversation.Participant;
import org.ltc.model.conversation.Question;
import org.ltc.model.conversation.Vote;
import org.ltc.model.knowledge.ThemeCategory;
import org.ltc.model.privacy.DisclosurePolicy;
import org.ltc.theming.codebook.CodebookMatcher;

/** Look-ups over one (redacted) conversation set, built once per {@link PublicKnowledgeBuilder#build} call. */
final class Index {
    final ConversationSet set;
    final Map<String, Note> notes = new HashMap<>();
    final Map<String, Participant> participants = new HashMap<>();
    final Map<String, Conversation> conversations = new HashMap<>();
    final Map<String, List<Vote>> votes = new HashMap<>();
    /** Each question's category: its own, else the one its wording asks for ({@link Categories#ofQuestion}). */
    final Map<String, ThemeCategory> questionCategories = new HashMap<>();
    final Map<String, Map<String, Integer>> segmentSizes = new TreeMap<>();
    final Map<String, Integer> groupMembers = new TreeMap<>();
    /** Everyone who took part, as the engagement figures show it. */
    final int participantsTotal;
    /** Who wrote a note. */
    final Set<String> authors = new HashSet<>();
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
                ThemeCategory c = q.category() != null ? q.category() : Categories.ofQuestion(q.text());
                if (c != null) {
                    questionCategories.put(q.id(), c);
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

    /** Whether the note's words may be shown: not rejected, and its conversation consented to quotes. */
    boolean quotable(Note n) {
        Conversation c = conversations.get(n.conversationId());
        return n.moderation() != org.ltc.model.conversation.Moderation.REJECTED
                && (c == null || c.consent().quotesMayBeShared());
    }
}
