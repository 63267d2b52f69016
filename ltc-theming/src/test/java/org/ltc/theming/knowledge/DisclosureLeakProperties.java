package org.ltc.theming.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.ltc.model.conversation.Conversation;
import org.ltc.model.conversation.ConversationFormat;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Moderation;
import org.ltc.model.conversation.Note;
import org.ltc.model.conversation.Participant;
import org.ltc.model.knowledge.Gap;
import org.ltc.model.knowledge.GroupVote;
import org.ltc.model.knowledge.NoteRef;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeCategory;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.privacy.DisclosurePolicy;
import org.ltc.model.provenance.Provenance;

/**
 * P2 of issue 17: no figure below k, and no difference of shown figures (a total minus the shown parts of one
 * breakdown; a segment's size minus a theme's count in it), reveals a group of fewer than k people; a hidden
 * segment is never named in the gaps.
 */
class DisclosureLeakProperties {

    private static PublicKnowledge build(ConversationSet set, ThemeSet themes, int k) {
        return new PublicKnowledgeBuilder(PublicKnowledgeOptions.builder().disclosure(DisclosurePolicy.of(k))
                .codebook(null).clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).build()).build(themes, set);
    }

    private static void residualSafe(String what, int total, Map<String, Integer> shown, int k) {
        int rest = total - shown.values().stream().mapToInt(Integer::intValue).sum();
        // With nothing shown the remainder is the total itself, which describes everyone, not a group.
        assertTrue(rest == 0 || rest >= k || shown.isEmpty(), what + ": total " + total + " minus shown " + shown + " = " + rest
                + ", a group under k = " + k);
        shown.forEach((v, n) -> assertTrue(n >= k, what + ": " + v + " shows " + n + " < k " + k));
    }

    @Property(tries = 80)
    void noFigureAndNoDifferenceOfShownFiguresRevealsAGroupUnderK(@ForAll long seed,
                                                                  @ForAll @IntRange(min = 1, max = 60) int people,
                                                                  @ForAll @IntRange(min = 1, max = 30) int notes,
                                                                  @ForAll @IntRange(min = 2, max = 8) int k) {
        Random r = new Random(seed);
        ConversationSet set = PublicKnowledgeProperties.town(r, people, notes);
        PublicKnowledge pk = build(set, PublicKnowledgeProperties.themes(r, notes), k);
        Map<String, Map<String, Integer>> sizes = new HashMap<>();
        set.participants().forEach(p -> p.segments().forEach((key, v) ->
                sizes.computeIfAbsent(key, x -> new HashMap<>()).merge(v, 1, Integer::sum)));
        int total = pk.engagement().participants();
        pk.engagement().segments().forEach((key, shown) -> residualSafe("engagement " + key, total, shown, k));
        for (Gap g : pk.gaps()) {
            if (g.segmentValue() != null) {
                int size = sizes.getOrDefault(g.segmentKey(), Map.of()).getOrDefault(g.segmentValue(), 0);
                assertTrue(size == 0 || pk.engagement().segments().getOrDefault(g.segmentKey(), Map.of())
                        .containsKey(g.segmentValue()), "gap names a hidden segment: " + g);
            }
        }
        Map<String, Integer> groups = new HashMap<>();
        for (Theme t : pk.themes()) {
            t.breadth().bySegment().forEach((key, shown) -> {
                residualSafe(t.id() + " " + key, t.breadth().participants(), shown, k);
                shown.forEach((v, n) -> {
                    int rest = sizes.get(key).get(v) - n;
                    assertTrue(rest == 0 || rest >= k, t.id() + " " + key + "=" + v + ": segment minus count = " + rest);
                });
            });
            for (GroupVote g : t.groupVotes()) {
                groups.put(g.groupId(), g.members());
            }
        }
        if (!groups.isEmpty()) {
            residualSafe("opinion groups", total, groups, k);
        }
    }

    /** The example: 54 people, age bands of 30, 15, 7 and 2. */
    private static ConversationSet ages() {
        List<Participant> ps = new ArrayList<>();
        int[] sizes = {30, 15, 7, 2};
        String[] bands = {"35-64", "65+", "25-34", "18-24"};
        List<Note> ns = new ArrayList<>();
        int id = 0;
        for (int b = 0; b < sizes.length; b++) {
            for (int i = 0; i < sizes[b]; i++, id++) {
                ps.add(new Participant("p" + id, Map.of("ageBand", bands[b]), null, null));
                ns.add(new Note("n" + id, "c", null, "p" + id, "note " + id, 0, 0, 0, List.of(), Moderation.ACCEPTED,
                        null, "en"));
            }
        }
        return new ConversationSet("ages", null, null, List.of(Conversation.of("c", ConversationFormat.OTHER)), ps, ns,
                List.of(), null, null);
    }

    private static ThemeSet oneTheme(ConversationSet set) {
        List<NoteRef> ev = set.notes().stream().map(n -> NoteRef.of(n.id())).toList();
        return new ThemeSet("ages", List.of(Theme.of("t", "Buses", ThemeCategory.DEFAULTS.get(0), List.of(), ev)),
                List.of(), Provenance.of("t", "1", Map.of(), 1, "d".repeat(64), Instant.EPOCH));
    }

    @Test
    void p2_aSuppressedSegmentIsNotNamedInGaps() {
        PublicKnowledge pk = build(ages(), oneTheme(ages()), 5);
        for (Gap g : pk.gaps()) {
            assertFalse("18-24".equals(g.segmentValue()) || g.reason().contains("18-24"), "named: " + g);
        }
        assertTrue(pk.gaps().stream().anyMatch(g -> g.segmentKey().equals("ageBand") && g.segmentValue() == null),
                "the small groups are still reported, without a name: " + pk.gaps());
    }

    @Test
    void p2_totalMinusShownSegmentsDoesNotRevealTheSmallGroup() {
        PublicKnowledge pk = build(ages(), oneTheme(ages()), 5);
        Map<String, Integer> shown = pk.engagement().segments().get("ageBand");
        assertEquals(54, pk.engagement().participants());
        // 54 - (30 + 15 + 7) = 2 would name the 18-24 group's size; the 7 is hidden as its complement.
        assertEquals(new TreeSet<>(List.of("35-64", "65+")), new TreeSet<>(shown.keySet()));
        residualSafe("ageBand", 54, shown, 5);
    }

    @Test
    void p2_themeParticipantsMinusBySegmentDoesNotRevealTheSmallGroup() {
        PublicKnowledge pk = build(ages(), oneTheme(ages()), 5);
        Theme t = pk.themes().get(0);
        assertEquals(54, t.breadth().participants());
        residualSafe("theme", 54, t.breadth().bySegment().getOrDefault("ageBand", Map.of()), 5);
    }
}
