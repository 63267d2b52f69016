package org.ltc.calibration.contract;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ltc.calibration.CalibrationInput;
import org.ltc.model.content.ContentLibrary;
import org.ltc.model.conversation.Conversation;
import org.ltc.model.conversation.ConversationFormat;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Moderation;
import org.ltc.model.conversation.Note;
import org.ltc.model.stage.IndicatorRating;
import org.ltc.model.stage.PublicCapitalLevel;
import org.ltc.model.stage.PublicCapitalRating;
import org.ltc.model.stage.StageFramework;

/**
 * Small, hand-made inputs for calibrator tests: Riverton, a fictional town whose notes carry stage signals
 * (mostly Impasse, some Waiting Place, a little Catalytic), with three team members' placements on
 * Harwood's five stages; and key-informant ratings on the Community Readiness Model.
 */
public final class CalibrationFixtures {
    /** The time every fixture input records in provenance. */
    public static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    /** The seed every fixture input carries. */
    public static final long SEED = 42L;

    private CalibrationFixtures() {
    }

    public static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    public static StageFramework harwood() {
        return ContentLibrary.builtIn().harwoodFiveStages();
    }

    public static StageFramework communityReadiness() {
        return ContentLibrary.builtIn().communityReadiness();
    }

    /** Riverton's notes: two conversations, twelve notes (one rejected by moderation). */
    public static ConversationSet riverton() {
        List<Conversation> conversations = List.of(
                new Conversation("c1", null, "Riverton library", null, ConversationFormat.KITCHEN_TABLE, null, null, 9,
                        null, null),
                new Conversation("c2", null, "Eastside church hall", null, ConversationFormat.KITCHEN_TABLE, null, null,
                        11, null, null));
        List<Note> notes = new ArrayList<>();
        String[][] texts = {
            {"c1", "Enough is enough. We are fed up with the flooding on Mill Street and nobody fixes it."},
            {"c1", "People are frustrated; the council and the neighbourhood groups just blame each other."},
            {"c1", "The town is divided, and the same old arguments come up at every meeting."},
            {"c1", "Someone should do something about the empty shops downtown."},
            {"c1", "The city should fix the roads. Nothing ever changes here."},
            {"c1", "It is ridiculous that the bus stops at six."},
            {"c2", "A few of us started a homework club in the church basement."},
            {"c2", "I would help with a community garden if someone organised it."},
            {"c2", "We are tired of being ignored by the county."},
            {"c2", "Neighbors used to know each other; now there are no gatherings."},
            {"c2", "Our leaders do not listen, and there is no real discussion in public."},
        };
        for (int i = 0; i < texts.length; i++) {
            notes.add(new Note("n" + (i + 1), texts[i][0], null, null, texts[i][1], i % 3, i % 2, 0, List.of(),
                    Moderation.ACCEPTED, null, "en"));
        }
        notes.add(new Note("n12", "c2", null, null, "Buy cheap watches at example dot com", 0, 5, 0, List.of(),
                Moderation.REJECTED, null, "en"));
        return ConversationSet.of("riverton", conversations, notes);
    }

    /** Three team members' placements of Riverton on Harwood's five stages (2, 2, 3), citing notes. */
    public static List<IndicatorRating> rivertonJudgements() {
        return List.of(new IndicatorRating("team-judgement", 2, "ana", null, List.of("n1", "n2")),
                new IndicatorRating("team-judgement", 2, "ben", null, List.of("n3")),
                new IndicatorRating("team-judgement", 3, "cho", null, List.of("n7")));
    }

    /** Riverton's public capital as the team rated it. */
    public static List<PublicCapitalRating> rivertonPublicCapital() {
        return List.of(new PublicCapitalRating("informal-networks", PublicCapitalLevel.IN_POCKETS, "ana", List.of("n10")),
                new PublicCapitalRating("conscious-community-discussion", PublicCapitalLevel.LACKING, "ana",
                        List.of("n11")));
    }

    /** Everything known about Riverton, on Harwood's five stages: notes, team judgements, public capital. */
    public static CalibrationInput rivertonInput() {
        return new CalibrationInput(harwood(), rivertonJudgements(), rivertonPublicCapital(), null, riverton(),
                Map.of(), Map.of(), SEED, null, null, clock());
    }

    /**
     * Community Readiness Model ratings: three interviews, two scorers each plus their agreed (consensus)
     * score on every dimension. Consensus scores by dimension (interviews i1, i2, i3):
     * efforts 4, 5, 4; knowledge of efforts 3, 4, 3; leadership 5, 5, 4; climate 4, 3, 4; knowledge of the
     * issue 4, 4, 5; resources 3, 4, 4. Dimension means 4.33, 3.33, 4.67, 3.67, 4.33, 3.67; overall 4.00:
     * stage 4, Preplanning.
     */
    public static List<IndicatorRating> readinessRatings() {
        String[] dims = {"community-efforts", "community-knowledge-of-efforts", "leadership", "community-climate",
            "community-knowledge-of-issue", "resources"};
        double[][] consensus = {{4, 5, 4}, {3, 4, 3}, {5, 5, 4}, {4, 3, 4}, {4, 4, 5}, {3, 4, 4}};
        // scorer A and B differ around the agreed score
        double[][] offsetA = {{0, 0, -1}, {0, 1, 0}, {0, 0, 0}, {1, 0, 0}, {0, -1, 0}, {0, 0, 1}};
        double[][] offsetB = {{0, 1, 0}, {-1, 0, 0}, {0, 0, 1}, {0, 0, -1}, {0, 0, 0}, {1, 0, 0}};
        List<IndicatorRating> ratings = new ArrayList<>();
        for (int d = 0; d < dims.length; d++) {
            for (int i = 0; i < 3; i++) {
                String interview = "i" + (i + 1);
                ratings.add(new IndicatorRating(dims[d], consensus[d][i] + offsetA[d][i], "scorer-a", interview, List.of()));
                ratings.add(new IndicatorRating(dims[d], consensus[d][i] + offsetB[d][i], "scorer-b", interview, List.of()));
                ratings.add(new IndicatorRating(dims[d], consensus[d][i], "consensus", interview,
                        List.of("transcript-" + interview)));
            }
        }
        return ratings;
    }

    /** The Community Readiness Model with {@link #readinessRatings()}. */
    public static CalibrationInput readinessInput() {
        return new CalibrationInput(communityReadiness(), readinessRatings(), List.of(), null, null, Map.of(), Map.of(),
                SEED, null, null, clock());
    }
}
