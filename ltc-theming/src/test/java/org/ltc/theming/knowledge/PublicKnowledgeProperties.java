package org.ltc.theming.knowledge;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.ltc.model.conversation.Conversation;
import org.ltc.model.conversation.ConversationFormat;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Moderation;
import org.ltc.model.conversation.Note;
import org.ltc.model.conversation.Participant;
import org.ltc.model.conversation.Vote;
import org.ltc.model.conversation.VoteValue;
import org.ltc.model.knowledge.Gap;
import org.ltc.model.knowledge.GroupVote;
import org.ltc.model.knowledge.NoteRef;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeCategory;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.privacy.DisclosurePolicy;
import org.ltc.model.provenance.Provenance;

/** Invariants of public knowledge on random towns: reach never exceeds who took part; small cells never show. */
class PublicKnowledgeProperties {
    private static final String[] HOODS = {"East", "West", "North", "South", "Hill"};

    static ConversationSet town(Random r, int people, int notes) {
        List<Participant> ps = new ArrayList<>();
        for (int p = 0; p < people; p++) {
            ps.add(new Participant("p" + p, Map.of("hood", HOODS[r.nextInt(HOODS.length)],
                    "age", r.nextBoolean() ? "young" : "old"), r.nextInt(4) == 0 ? "G1" : "G0", null));
        }
        List<Note> ns = new ArrayList<>();
        for (int n = 0; n < notes; n++) {
            ns.add(new Note("n" + n, "c" + r.nextInt(3), null, "p" + r.nextInt(people), "note " + n, r.nextInt(3), 0,
                    0, List.of(), Moderation.ACCEPTED, null, "en"));
        }
        List<Vote> votes = new ArrayList<>();
        for (int p = 0; p < people; p++) {
            for (int n = 0; n < notes; n++) {
                if (r.nextInt(3) == 0) {
                    votes.add(new Vote("p" + p, "n" + n, VoteValue.values()[r.nextInt(3)]));
                }
            }
        }
        List<Conversation> cs = List.of(Conversation.of("c0", ConversationFormat.KITCHEN_TABLE),
                Conversation.of("c1", ConversationFormat.KITCHEN_TABLE), Conversation.of("c2", ConversationFormat.POLIS));
        return new ConversationSet("town", null, null, cs, ps, ns, votes, null, null);
    }

    static ThemeSet themes(Random r, int notes) {
        List<Theme> ts = new ArrayList<>();
        Set<String> held = new HashSet<>();
        for (int t = 0; t < 4; t++) {
            List<NoteRef> ev = new ArrayList<>();
            for (int n = 0; n < notes; n++) {
                if (r.nextInt(3) == 0) {
                    ev.add(NoteRef.of("n" + n));
                    held.add("n" + n);
                }
            }
            if (!ev.isEmpty()) {
                ts.add(Theme.of("t" + t, "Theme " + t, ThemeCategory.DEFAULTS.get(t), List.of(), ev));
            }
        }
        List<String> un = new ArrayList<>();
        for (int n = 0; n < notes; n++) {
            if (!held.contains("n" + n)) {
                un.add("n" + n);
            }
        }
        return new ThemeSet("town", ts, un, Provenance.of("t", "1", Map.of(), 1, "d".repeat(64), Instant.EPOCH));
    }

    @Property(tries = 60)
    void reachNeverExceedsParticipantsAndSmallCellsNeverShow(@ForAll long seed,
                                                            @ForAll @IntRange(min = 1, max = 40) int people,
                                                            @ForAll @IntRange(min = 1, max = 30) int notes,
                                                            @ForAll @IntRange(min = 1, max = 8) int k) {
        Random r = new Random(seed);
        ConversationSet set = town(r, people, notes);
        PublicKnowledge pk = new PublicKnowledgeBuilder(PublicKnowledgeOptions.builder()
                .disclosure(DisclosurePolicy.of(k)).codebook(null)
                .clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).build()).build(themes(r, notes), set);
        Map<String, Map<String, Integer>> sizes = new HashMap<>();
        set.participants().forEach(p -> p.segments().forEach((key, v) ->
                sizes.computeIfAbsent(key, x -> new HashMap<>()).merge(v, 1, Integer::sum)));
        Map<String, Integer> groups = new HashMap<>();
        set.participants().forEach(p -> groups.merge(p.opinionGroup(), 1, Integer::sum));
        assertTrue(pk.engagement().participants() >= people);
        for (Theme t : pk.themes()) {
            assertTrue(t.breadth().participants() <= people, t.id() + " reaches more people than took part");
            assertTrue(t.breadth().conversations() <= set.conversations().size());
            t.breadth().bySegment().forEach((key, values) -> {
                int sum = 0;
                for (Map.Entry<String, Integer> e : values.entrySet()) {
                    assertTrue(e.getValue() >= k, key + "=" + e.getKey() + " shows " + e.getValue() + " < k " + k);
                    assertTrue(sizes.get(key).get(e.getKey()) >= k, "a segment smaller than k shows");
                    assertTrue(e.getValue() <= sizes.get(key).get(e.getKey()));
                    sum += e.getValue();
                }
                assertTrue(sum <= t.breadth().participants());
            });
            for (GroupVote g : t.groupVotes()) {
                assertTrue(g.members() >= k, "group " + g.groupId() + " of " + g.members() + " shows at k " + k);
                assertTrue(g.agrees() + g.disagrees() + g.passes() <= g.members() * t.frequency());
            }
            if (t.consensus() != null) {
                assertTrue(t.consensus() > 0 && t.consensus() < 1);
            }
            assertTrue(t.intensity() >= 0 && t.intensity() <= 1);
        }
        pk.engagement().segments().values().forEach(v -> v.values().forEach(n -> assertTrue(n >= k)));
        for (Gap g : pk.gaps()) {
            assertTrue(g.participants() == 0 || g.participants() >= k, "gap shows a small count: " + g);
        }
    }
}
