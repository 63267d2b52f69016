package org.ltc.theming.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ltc.model.conversation.Note;
import org.ltc.model.conversation.Participant;
import org.ltc.model.conversation.Vote;
import org.ltc.model.conversation.VoteValue;
import org.ltc.model.knowledge.GroupRate;
import org.ltc.model.knowledge.OpinionGroups;
import org.ltc.model.knowledge.StatementVote;
import org.ltc.model.privacy.DisclosurePolicy;
import org.ltc.theming.text.TextAnalyzer;

/**
 * Where opinion groups agree and where they divide, statement by statement, as Polis reports them: each
 * group's Laplace-smoothed agree rate {@code (agrees + 1) / (votes + 2)} on each statement, and its
 * group-informed consensus, the product of those rates over the groups (Small, Bjorkegren, Erkkilä, Shaw and
 * Megill, "Polis: Scaling deliberation by mapping high dimensional opinion spaces", Recerca 26(2), 2021).
 * A theme pools statements that may say opposite things, so division is judged per statement, never on votes
 * pooled over a theme.
 *
 * <ul>
 *   <li>Only groups of at least k members are shown, and a group is judged on a statement only when at least
 *       {@link PublicKnowledgeOptions#minGroupVoters()} (and k) of its members voted on it.</li>
 *   <li><b>Common ground</b>: every shown group was judged and each agree rate is at least
 *       {@link PublicKnowledgeOptions#commonGroundRate()}.</li>
 *   <li><b>Dividing</b>: two judged groups' agree rates differ by at least
 *       {@link PublicKnowledgeOptions#dividingGap()}.</li>
 *   <li>A theme's consensus is the mean of its voted statements' consensus.</li>
 * </ul>
 */
final class Divisions {
    private final Index ix;
    private final PublicKnowledgeOptions options;
    private final Map<String, Integer> shownGroups = new TreeMap<>();
    private final String unavailable;

    Divisions(Index ix, PublicKnowledgeOptions options) {
        this.ix = ix;
        this.options = options;
        DisclosurePolicy k = options.disclosure();
        ix.groupMembers.forEach((g, n) -> {
            if (!ix.hiddenGroups.contains(g)) {
                shownGroups.put(g, n);
            }
        });
        Set<String> voters = new HashSet<>();
        Set<String> grouped = new HashSet<>();
        for (Vote v : ix.set.votes()) {
            voters.add(v.participantId());
            Participant p = ix.participants.get(v.participantId());
            if (p != null && p.opinionGroup() != null) {
                grouped.add(v.participantId());
            }
        }
        if (voters.isEmpty()) {
            unavailable = "no votes were recorded, so no statement can be shown as common ground or as dividing";
        } else if (grouped.isEmpty()) {
            unavailable = "no one who voted was placed in an opinion group, so there are no groups to compare";
        } else if (ix.groupMembers.size() < 2) {
            unavailable = "the votes form a single opinion group, so there are no groups to compare";
        } else if (shownGroups.size() < 2) {
            unavailable = "fewer than two opinion groups have at least " + k.minParticipants()
                    + " people, so groups cannot be compared without singling people out";
        } else {
            unavailable = null;
        }
    }

    /** The shown groups and why division cannot be judged; {@code null} when there are neither votes nor groups. */
    OpinionGroups summary() {
        if (ix.set.votes().isEmpty() && ix.groupMembers.isEmpty()) {
            return null;
        }
        return new OpinionGroups(shownGroups, unavailable);
    }

    /** A theme's statements judged: common ground, dividing and the theme's consensus. */
    Judged judge(List<Note> notes) {
        List<StatementVote> common = new ArrayList<>();
        List<StatementVote> dividing = new ArrayList<>();
        double consensusSum = 0;
        int voted = 0;
        if (shownGroups.isEmpty()) {
            return new Judged(common, dividing, null);
        }
        int minVoters = Math.max(options.minGroupVoters(), options.disclosure().minParticipants());
        for (Note n : notes) {
            Map<String, Set<String>> groupVoters = new HashMap<>();
            Map<String, Set<String>> groupAgree = new HashMap<>();
            for (Vote v : ix.votes.getOrDefault(n.id(), List.of())) {
                Participant p = ix.participants.get(v.participantId());
                if (p == null || p.opinionGroup() == null || !shownGroups.containsKey(p.opinionGroup())) {
                    continue;
                }
                groupVoters.computeIfAbsent(p.opinionGroup(), g -> new HashSet<>()).add(v.participantId());
                if (v.value() == VoteValue.AGREE) {
                    groupAgree.computeIfAbsent(p.opinionGroup(), g -> new HashSet<>()).add(v.participantId());
                }
            }
            if (groupVoters.isEmpty()) {
                continue;
            }
            double consensus = 1;
            double min = 1;
            double max = 0;
            List<GroupRate> judged = new ArrayList<>();
            for (Map.Entry<String, Integer> g : shownGroups.entrySet()) {
                int votes = groupVoters.getOrDefault(g.getKey(), Set.of()).size();
                int agrees = groupAgree.getOrDefault(g.getKey(), Set.of()).size();
                double rate = (agrees + 1.0) / (votes + 2.0);
                consensus *= rate;
                if (votes >= minVoters) {
                    min = Math.min(min, rate);
                    max = Math.max(max, rate);
                    judged.add(new GroupRate(g.getKey(), g.getValue(), votes, round(rate)));
                }
            }
            consensusSum += consensus;
            voted++;
            if (unavailable != null || judged.size() < 2) {
                continue;
            }
            String text = ix.quotable(n) ? Quotes.cut(n.text().strip(), options.maxQuoteChars())
                    : null;
            StatementVote sv = new StatementVote(n.id(), text, judged, round(max - min), round(consensus),
                    text == null ? null : TextAnalyzer.languageOf(n));
            if (max - min >= options.dividingGap()) {
                dividing.add(sv);
            } else if (judged.size() == shownGroups.size() && min >= options.commonGroundRate()) {
                common.add(sv);
            }
        }
        dividing.sort(Comparator.comparingDouble(StatementVote::spread).reversed().thenComparing(StatementVote::noteId));
        common.sort(Comparator.comparingDouble(StatementVote::consensus).reversed()
                .thenComparing(StatementVote::noteId));
        return new Judged(common, dividing, voted == 0 ? null : round(consensusSum / voted));
    }

    private static double round(double x) {
        return Math.round(x * 1e4) / 1e4;
    }

    /** One theme's statements as the groups voted on them. */
    record Judged(List<StatementVote> commonGround, List<StatementVote> dividing, Double consensus) {
    }
}
