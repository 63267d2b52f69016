package org.ltc.theming.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ltc.model.conversation.Note;
import org.ltc.model.conversation.Participant;
import org.ltc.model.knowledge.Gap;
import org.ltc.model.privacy.DisclosurePolicy;

/**
 * Who was not, or barely, heard: segment values nobody came from, values too small to report on, and values
 * whose people wrote few notes each. A value's share is judged per person, against the notes per person of
 * everyone with that segment recorded, so a small group that spoke as much as anyone is not a gap and a large
 * one that stayed quiet is. Opinion groups (clusters of how people voted, such as Polis's {@code polis-group})
 * are not demographic segments and are never gaps: being outvoted is not being unheard.
 */
final class Gaps {
    private Gaps() {
    }

    static List<Gap> of(Index ix, PublicKnowledgeOptions options) {
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
            if (opinionGrouping(ix, key)) {
                continue;
            }
            Map<String, Integer> sizes = ix.segmentSizes.getOrDefault(key, Map.of());
            if (sizes.isEmpty()) {
                gaps.add(new Gap(key, null, 0, "no participant has a " + key + " recorded"));
                continue;
            }
            Map<String, Integer> notes = notesBySegment.getOrDefault(key, Map.of());
            Set<String> values = new TreeSet<>(sizes.keySet());
            values.addAll(options.expectedSegments().getOrDefault(key, List.of()));
            int totalNotes = notes.values().stream().mapToInt(Integer::intValue).sum();
            int totalPeople = sizes.values().stream().mapToInt(Integer::intValue).sum();
            double perPerson = totalPeople == 0 ? 0 : (double) totalNotes / totalPeople;
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
                } else if ((double) said / size < options.gapShare() * perPerson) {
                    gaps.add(new Gap(key, value, size, String.format(Locale.ROOT,
                            "wrote %.1f notes per person, under %d%% of the %.1f per person of everyone with a %s"
                                    + " recorded", (double) said / size, Math.round(options.gapShare() * 100),
                            perPerson, key)));
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

    /** Whether a segment key only repeats each participant's opinion group. */
    static boolean opinionGrouping(Index ix, String key) {
        boolean any = false;
        for (Participant p : ix.set.participants()) {
            String v = p.segments().get(key);
            if (v == null) {
                continue;
            }
            if (!v.equals(p.opinionGroup())) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
