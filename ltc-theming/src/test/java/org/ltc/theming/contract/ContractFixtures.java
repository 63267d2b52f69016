package org.ltc.theming.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.ltc.model.knowledge.ThemeCategory;

/**
 * A small, made-up town for contract tests: three conversations, a three-question guide, twelve participants
 * in two neighbourhoods and two opinion groups, 48 notes on four topics (buses, rents, parks, safety) and
 * some votes. Built in code, so it is the same on every machine.
 */
public final class ContractFixtures {
    private static final String[][] TOPICS = {
        {"the bus", "buses", "public transit", "bus routes"},
        {"rent", "housing", "affordable housing", "rents"},
        {"the park", "parks", "playgrounds", "green space"},
        {"safety", "crime", "street lights", "police patrols"},
    };
    private static final String[] FRAMES = {
        "We need better %s for everyone in town.",
        "I worry about %s in my neighbourhood.",
        "A town where %s works for families.",
        "More money should go to %s.",
        "Nobody listens to us about %s.",
        "Our kids deserve good %s near home.",
    };

    private ContractFixtures() {
    }

    /** The town's conversations and notes. */
    public static ConversationSet town() {
        ConversationGuide guide = new ConversationGuide("fixture-guide", "Fixture guide",
                "Questions 1-4 paraphrase the opening sequence of Harwood-trained guides.", List.of(
                        new Question("q1", "What kind of community do you want to live in?", ThemeCategory.ASPIRATIONS),
                        new Question("q4", "What needs to happen to create that kind of community?",
                                ThemeCategory.CHANGES),
                        new Question("q5", "What worries you most?", ThemeCategory.CONCERNS)));
        List<Conversation> conversations = List.of(
                Conversation.of("c1", ConversationFormat.KITCHEN_TABLE),
                Conversation.of("c2", ConversationFormat.KITCHEN_TABLE),
                Conversation.of("c3", ConversationFormat.COMMUNITY_FORUM));
        List<Participant> participants = new ArrayList<>();
        for (int p = 0; p < 12; p++) {
            participants.add(new Participant("p" + p, Map.of("neighbourhood", p % 2 == 0 ? "East End" : "Riverside"),
                    p % 3 == 0 ? "g1" : "g0", null));
        }
        String[] questions = {"q1", "q4", "q5"};
        List<Note> notes = new ArrayList<>();
        int n = 0;
        for (int t = 0; t < TOPICS.length; t++) {
            for (int i = 0; i < 12; i++) {
                String text = String.format(java.util.Locale.ROOT, FRAMES[(i + t) % FRAMES.length],
                        TOPICS[t][i % TOPICS[t].length]);
                notes.add(new Note(String.format(java.util.Locale.ROOT, "n%02d", n), "c" + (1 + n % 3),
                        questions[(n / 3) % 3], "p" + (n % 12), text, n % 4, n % 2, n % 3, List.of(),
                        Moderation.ACCEPTED, null, "en"));
                n++;
            }
        }
        List<Vote> votes = new ArrayList<>();
        for (int p = 0; p < 12; p++) {
            for (int k = 0; k < notes.size(); k += 5) {
                VoteValue v = (p + k) % 3 == 0 ? VoteValue.DISAGREE : (p + k) % 5 == 0 ? VoteValue.PASS : VoteValue.AGREE;
                votes.add(new Vote("p" + p, notes.get(k).id(), v));
            }
        }
        return new ConversationSet("fixture-town", null, guide, conversations, participants, notes, votes, null, null);
    }

    /** The same town with no notes (and so no votes). */
    public static ConversationSet empty() {
        ConversationSet town = town();
        return new ConversationSet(town.id(), town.community(), town.guide(), town.conversations(),
                town.participants(), List.of(), List.of(), null, null);
    }
}
