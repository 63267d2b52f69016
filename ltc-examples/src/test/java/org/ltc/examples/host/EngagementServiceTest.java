package org.ltc.examples.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltc.examples.demo.MillbrookSample;
import org.ltc.model.InvalidInputException;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.privacy.RedactionOptions;
import org.ltc.model.privacy.Redactor;
import org.ltc.model.stage.StageAssessment;

class EngagementServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void aHostStoresConversationsAndAsksForThemesAndAStage(@TempDir Path store) throws Exception {
        EngagementService service = new EngagementService(store,
                Redactor.create(RedactionOptions.builder().name("Tom Becker").build()), CLOCK);
        String id = service.save(MillbrookSample.conversations(CLOCK));
        assertEquals(List.of(id), service.ids());
        String stored = Files.readString(store.resolve(id + ".conversations.json"));
        assertFalse(stored.contains("Tom Becker") || stored.contains("dana.whitfield@example.org"),
                "the store never holds the raw personal data");

        PublicKnowledge knowledge = service.themes(id, "kmeans", 1);
        assertTrue(knowledge.themes().size() >= 4, "themes");
        assertTrue(knowledge.themes().stream().allMatch(t -> !t.evidence().isEmpty()), "each theme has evidence");

        StageAssessment stage = service.stage(id, "signals", 1);
        assertTrue(service.framework().stage(stage.mostLikely()).isPresent());
        assertEquals(1.0, stage.distribution().stream().mapToDouble(p -> p.probability()).sum(), 1e-9);
        assertTrue(Files.isRegularFile(store.resolve(id + ".assessment.json")));
        // Asking again gives the same answer: the host can cache or recompute freely.
        assertEquals(stage, service.stage(id, "signals", 1));

        // The whole report in one call, a draft in its own folder.
        var report = service.report(id, MillbrookSample.capacities(), null, 1);
        assertFalse(report.plan().actions().isEmpty(), "a plan from the branch's capacities");
        assertTrue(Files.readString(store.resolve(id + "-report/index.html"))
                .contains("<meta name=\"ltc-status\" content=\"draft\">"));
        assertEquals(List.of(id), service.ids(), "the report folder is not taken for a stored set");
    }

    @Test
    void anUnknownSetIsABadRequestThatNamesIt(@TempDir Path store) {
        EngagementService service = new EngagementService(store, Redactor.defaults(), CLOCK);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> service.load("nowhere"));
        assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
    }
}
