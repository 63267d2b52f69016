package org.ltc.model.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltc.model.InvalidInputException;
import org.ltc.model.conversation.ConversationGuide;
import org.ltc.model.conversation.Question;
import org.ltc.model.knowledge.ThemeCategory;
import org.ltc.model.stage.Dimension;
import org.ltc.model.stage.Rounding;
import org.ltc.model.stage.Stage;
import org.ltc.model.stage.StageFramework;

class ContentLibraryTest {
    private final ContentLibrary lib = ContentLibrary.builtIn();

    @Test
    void everyBuiltInFileLoadsWithItsSource() {
        assertEquals(ContentLibrary.BUILT_IN_FILES.size(), lib.sources().size());
        lib.sources().forEach(s -> assertTrue(s.length() > 40, s));
        lib.frameworks().forEach(f -> assertNotNull(f.source(), f.id()));
        lib.guides().forEach(g -> assertNotNull(g.source(), g.id()));
        lib.publicCapitalFactors().forEach(f -> assertNotNull(f.source(), f.id()));
        assertSame(lib, ContentLibrary.builtIn(), "read once, shared");
    }

    @Test
    void harwoodsFiveStagesHaveTheIdsOtherModulesRelyOn() {
        StageFramework h = lib.harwoodFiveStages();
        assertEquals("harwood-five-stages", h.id());
        assertEquals(List.of("waiting-place", "impasse", "catalytic", "growth", "sustain-renew"),
                h.stages().stream().map(Stage::id).toList());
        assertEquals(1, h.scale().min());
        assertEquals(5, h.scale().max());
        assertEquals("catalytic", h.stageFor(3.2).id());
    }

    @Test
    void theCommunityReadinessModelHasNineStagesSixDimensionsAndNineAnchorsEach() {
        StageFramework crm = lib.communityReadiness();
        assertEquals(List.of("no-awareness", "denial-resistance", "vague-awareness", "preplanning", "preparation",
                "initiation", "stabilization", "confirmation-expansion", "high-level-community-ownership"),
                crm.stages().stream().map(Stage::id).toList());
        assertEquals(List.of("community-efforts", "community-knowledge-of-efforts", "leadership", "community-climate",
                "community-knowledge-of-issue", "resources"), crm.dimensions().stream().map(Dimension::id).toList());
        for (Dimension d : crm.dimensions()) {
            assertEquals(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0),
                    d.anchors().stream().map(a -> a.score()).toList(), d.id());
        }
        assertEquals(Rounding.FLOOR, crm.rule().rounding());
        assertTrue(crm.rule().weights().isEmpty(), "equal weights");
        // the published rule: overall score rounded down
        assertEquals("preplanning", crm.stageFor(4.83).id());
        assertEquals("preparation", crm.stageFor(5.0).id());
    }

    @Test
    void harwoodsNinePublicCapitalFactors() {
        assertEquals(List.of("social-gatherings", "organized-spaces", "boundary-spanning-organizations",
                "safe-havens", "strong-diverse-leadership", "informal-networks", "conscious-community-discussion",
                "norms-for-public-life", "shared-purpose"),
                lib.publicCapitalFactors().stream().map(f -> f.id()).toList());
    }

    @Test
    void theAskQuestionsOpenBothGuides() {
        ConversationGuide ask = lib.guide(ContentLibrary.ASK_EXERCISE).orElseThrow();
        assertEquals(List.of("What kind of community do you want to live in?", "Why is that important to you?",
                "How is that different from how you see things now?",
                "What are some of the things that need to happen to create that kind of community?"),
                ask.questions().stream().map(Question::text).toList());
        ConversationGuide full = lib.guide(ContentLibrary.COMMUNITY_CONVERSATION).orElseThrow();
        assertEquals(10, full.questions().size());
        assertEquals(ask.questions().stream().map(Question::text).toList(),
                full.questions().subList(0, 4).stream().map(Question::text).toList());
        assertEquals(ThemeCategory.ASPIRATIONS, full.questions().get(0).category());
    }

    @Test
    void idsAreUniqueAcrossEverything() {
        Set<String> stageIds = new HashSet<>();
        for (StageFramework f : lib.frameworks()) {
            for (Stage s : f.stages()) {
                assertTrue(stageIds.add(f.id() + "/" + s.id()));
            }
        }
        Set<String> factorIds = new HashSet<>();
        lib.publicCapitalFactors().forEach(f -> assertTrue(factorIds.add(f.id())));
        assertThrows(InvalidInputException.class, () -> new ContentLibrary(List.of("x"), List.of(),
                List.of(lib.harwoodFiveStages(), lib.harwoodFiveStages()), List.of()));
    }

    @Test
    void aHostFileReplacesTheBuiltInItemOfTheSameIdAndAddsNewOnes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ours.json");
        Files.writeString(file, """
                {"source": "Springfield Public Library, our licensed guide (2025)",
                 "guides": [{"id": "ask-exercise", "title": "Our opening questions",
                             "questions": [{"id": "a1", "text": "What do you love about Springfield?",
                                            "category": "aspirations"}]}],
                 "publicCapitalFactors": [{"id": "local-media", "name": "A local newspaper people read"}]}
                """);
        ContentLibrary host = ContentLibrary.load(file);
        ContentLibrary merged = lib.replacedBy(host);
        assertEquals("What do you love about Springfield?",
                merged.guide("ask-exercise").orElseThrow().questions().get(0).text());
        assertEquals(lib.guides().size(), merged.guides().size(), "replaced in place, not added");
        assertEquals(0, merged.guides().indexOf(merged.guide("ask-exercise").orElseThrow()));
        assertEquals(10, merged.publicCapitalFactors().size());
        assertTrue(merged.sources().contains("Springfield Public Library, our licensed guide (2025)"));
        assertEquals(lib.frameworks(), merged.frameworks());
        // the built-ins themselves are untouched
        assertEquals(4, ContentLibrary.builtIn().guide("ask-exercise").orElseThrow().questions().size());
    }

    @Test
    void aFolderOfFilesLoadsTogetherAndARepeatedIdNamesBothFiles(@TempDir Path dir) throws IOException {
        for (String name : ContentLibrary.BUILT_IN_FILES) {
            try (var in = ContentLibrary.class.getResourceAsStream(name)) {
                Files.write(dir.resolve(name), in.readAllBytes());
            }
        }
        ContentLibrary copy = ContentLibrary.load(dir);
        // files load in name order, so compare as sets
        assertEquals(Set.copyOf(lib.frameworks()), Set.copyOf(copy.frameworks()));
        assertEquals(lib.guides(), copy.guides());
        assertEquals(lib.publicCapitalFactors(), copy.publicCapitalFactors());
        Files.copy(dir.resolve("public-capital.json"), dir.resolve("public-capital-2.json"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ContentLibrary.load(dir));
        assertTrue(e.getMessage().contains("public-capital-2.json") && e.getMessage().contains("public-capital.json"),
                e.getMessage());
    }

    @Test
    void badContentNamesTheSourceThePointerAndTheField() {
        String missingSource = "{\"guides\": []}";
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ContentLibrary.load(
                new ByteArrayInputStream(missingSource.getBytes(StandardCharsets.UTF_8)), "host.json"));
        assertTrue(e.getMessage().contains("host.json") && e.getMessage().contains("source"), e.getMessage());
        String badStage = """
                {"source": "s", "frameworks": [{"id": "f", "name": "F", "scale": {"min": 1, "max": 2},
                 "rule": {"rounding": "FLOOR"}, "dimensions": [],
                 "stages": [{"id": "a", "number": 1, "name": "A", "description": "a"},
                            {"id": "b", "number": 3, "name": "B", "description": "b"}]}]}
                """;
        e = assertThrows(InvalidInputException.class, () -> ContentLibrary.load(
                new ByteArrayInputStream(badStage.getBytes(StandardCharsets.UTF_8)), "host.json"));
        assertTrue(e.getMessage().contains("host.json") && e.getMessage().contains("/frameworks/0"), e.getMessage());
        assertFalse(assertThrows(InvalidInputException.class, () -> ContentLibrary.load(
                new ByteArrayInputStream("{not json".getBytes(StandardCharsets.UTF_8)), "host.json"))
                .getMessage().isBlank());
        assertThrows(InvalidInputException.class, () -> lib.requireFramework("no-such"));
    }
}
