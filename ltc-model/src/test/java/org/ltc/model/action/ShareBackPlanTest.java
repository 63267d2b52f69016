package org.ltc.model.action;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a sentence names the share-back channels after "through". */
class ShareBackPlanTest {
    private static String through(String... channels) {
        return new ShareBackPlan(List.of(channels), null, null, null).channelsInSentence();
    }

    @Test
    void aCommonNounPhraseLosesTheCapitalOfItsArticle() {
        assertEquals("a short public session at the library", through("A short public session at the library"));
        assertEquals("an open house; the branch newsletter", through("An open house", "The branch newsletter"));
    }

    @Test
    void namesAndOtherChannelsAreWrittenAsGiven() {
        assertEquals("The Daily News; Lobby display wall; A; Annual report", through("The Daily News",
                "Lobby display wall", "A", "Annual report"));
        assertEquals("", through());
    }
}
