package org.ltc.examples.polis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.ltc.model.testdata.SharedData;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.testdata.RealData;

@RealData
class BowlingGreenTest {
    @Test
    void theRealConversationBecomesPublicKnowledgeWithEachGroupsVotes() {
        Path dir = SharedData.dir("polis-bowling-green");
        BowlingGreen.Result r = BowlingGreen.run(dir, 12, 1L,
                Clock.fixed(Instant.parse("2026-05-01T12:00:00Z"), ZoneOffset.UTC));
        assertEquals(896, r.conversations().notes().size(), "every statement, rejected ones kept and marked");
        assertTrue(r.knowledge().themes().size() >= 8, "themes");
        // the export dates every statement: the conversation ran from the first to the last one
        assertEquals(java.time.LocalDate.parse("2018-02-13"), r.knowledge().engagement().lastDay(),
                "the last statement's day (UTC)");
        assertEquals(java.time.LocalDate.parse("2018-02-02"), r.knowledge().engagement().firstDay(),
                "the first statement's day (UTC)");
        for (Theme t : r.knowledge().themes()) {
            assertTrue(!t.quotes().isEmpty(), t.label() + " has quotes");
            assertTrue(t.breadth() != null && t.breadth().participants() > 0, t.label() + " has breadth");
            assertTrue(!t.groupVotes().isEmpty(), t.label() + " has the opinion groups' votes");
            assertTrue(t.consensus() != null && t.consensus() >= 0 && t.consensus() <= 1, t.label() + " consensus");
        }
    }
}
