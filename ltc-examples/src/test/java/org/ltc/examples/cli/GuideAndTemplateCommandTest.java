package org.ltc.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltc.model.conversation.Conversation;
import org.ltc.model.conversation.ConversationFormat;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;
import org.ltc.model.conversation.Question;
import org.ltc.model.io.LtcJson;
import org.ltc.model.knowledge.PublicKnowledge;
import tools.jackson.databind.JsonNode;

/**
 * A librarian's spreadsheet with its guide: the bundled Millbrook notes as CSV with {@code millbrook-guide.csv}
 * and {@code millbrook-conversations.csv}, through {@code ltc import} and {@code ltc theme}; and the templates of
 * {@code ltc template notes}, read back unchanged.
 */
class GuideAndTemplateCommandTest {
    static final Path SAMPLE = Path.of("src/main/resources/org/ltc/examples/sample");
    static final Path NOTES = SAMPLE.resolve("millbrook-notes.csv");
    static final Path GUIDE = SAMPLE.resolve("millbrook-guide.csv");
    static final Path CONVERSATIONS = SAMPLE.resolve("millbrook-conversations.csv");

    private static Cli.Run ltc(String... args) {
        return Cli.run(args);
    }

    private static String[] csvArgs(String... more) {
        List<String> a = new java.util.ArrayList<>(List.of("--csv", NOTES.toString(), "--text-column", "text",
                "--note-id-column", "note_id", "--conversation-column", "conversation", "--question-column",
                "question", "--participant-column", "participant", "--segment-column", "neighbourhood"));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    private static String[] concat(String first, String[] rest, String... more) {
        List<String> a = new java.util.ArrayList<>();
        a.add(first);
        a.addAll(List.of(rest));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    @Test
    void importCarriesTheGuideTheCommunityAndEachConversationsDetails(@TempDir Path dir) {
        Path out = dir.resolve("millbrook.json");
        var r = ltc(concat("import", csvArgs("--guide", GUIDE.toString(), "--conversations", CONVERSATIONS.toString(),
                "--community", "Millbrook", "--out", out.toString())));
        assertEquals(0, r.code(), r.err());
        ConversationSet set = LtcJson.defaults().read(out, ConversationSet.class);
        assertEquals("Millbrook", set.community().name());
        assertEquals(7, set.guide().questions().size());
        assertEquals("aspirations", set.guide().question("q1").orElseThrow().category().id());
        assertEquals(7, set.conversations().size());
        Conversation c5 = set.conversations().stream().filter(c -> c.id().equals("c5")).findFirst().orElseThrow();
        assertEquals(ConversationFormat.ONLINE, c5.format());
        assertEquals(LocalDate.of(2026, 3, 24), c5.date());
        assertEquals("Online evening conversation", c5.title());
        assertEquals(set.guide().id(), c5.guideId());
        // The same notes as the bundled frame holds, so the CSV route loses nothing the demo has.
        assertEquals(197, set.notes().size());
    }

    @Test
    void themesFromTheSpreadsheetTakeTheirCategoryFromTheQuestionAnswered(@TempDir Path dir) throws Exception {
        Map<String, String> categoryOf = new HashMap<>();
        for (String line : Files.readAllLines(GUIDE).subList(1, 8)) {
            String[] f = line.split(",");
            categoryOf.put(f[0], f[f.length - 1]);
        }
        var byQuestion = ltc(concat("theme", csvArgs("--guide", GUIDE.toString(), "--themer", "by-question",
                "--out", dir.resolve("q").toString(), "--json")));
        assertEquals(0, byQuestion.code(), byQuestion.err());
        JsonNode themes = LtcJson.defaults().mapper().readTree(byQuestion.out()).get("themes");
        assertEquals(7, themes.size());
        for (JsonNode t : themes) {
            String question = t.get("id").asString().substring(2);
            assertEquals(categoryOf.get(question), t.get("category").asString(), t.toString());
            assertFalse(t.get("label").asString().startsWith("Answers to question"), t.toString());
        }

        // The default themer's themes land in the guide's categories (by the question their notes answer when
        // the themer gives none), not in "uncategorised".
        var byMeaning = ltc(concat("theme", csvArgs("--guide", GUIDE.toString(), "--out", dir.resolve("k").toString())));
        assertEquals(0, byMeaning.code(), byMeaning.err());
        PublicKnowledge pk = LtcJson.defaults().read(dir.resolve("k/public-knowledge.json"), PublicKnowledge.class);
        Set<String> used = new HashSet<>();
        pk.themes().forEach(t -> used.add(t.category().id()));
        assertTrue(used.size() >= 5, "themes spread over the guide's categories: " + used);
        assertTrue(new HashSet<>(categoryOf.values()).containsAll(used), used.toString());
    }

    @Test
    void aNoteNamingAQuestionTheGuideLacksIsABadRowNamingItsLine(@TempDir Path dir) throws Exception {
        Path guide = dir.resolve("guide.csv");
        Files.write(guide, Files.readAllLines(GUIDE).subList(0, 5));   // q1..q4 only
        var strict = ltc(concat("import", csvArgs("--guide", guide.toString(), "--out", dir.resolve("s.json").toString())));
        assertEquals(2, strict.code());
        assertTrue(strict.err().contains("line 30: field 'question' names no question of the guide guide"), strict.err());
        assertFalse(Files.exists(dir.resolve("s.json")));

        var lenient = ltc(concat("import", csvArgs("--guide", guide.toString(), "--lenient", "--out",
                dir.resolve("l.json").toString())));
        assertEquals(0, lenient.code(), lenient.err());
        assertTrue(lenient.err().contains("rejected: "), lenient.err());
        ConversationSet kept = LtcJson.defaults().read(dir.resolve("l.json"), ConversationSet.class);
        assertTrue(kept.notes().size() > 50 && kept.notes().size() < 197, "kept " + kept.notes().size());
        assertTrue(kept.notes().stream().map(Note::questionId).allMatch(List.of("q1", "q2", "q3", "q4")::contains));
    }

    @Test
    void theNotesTemplateImportsUnchangedWithTheBuiltInTenQuestionGuide(@TempDir Path dir) throws Exception {
        Path notes = dir.resolve("notes.csv");
        var t = ltc("template", "notes", "--out", notes.toString());
        assertEquals(0, t.code(), t.err());
        assertTrue(Files.exists(dir.resolve("guide.csv")) && Files.exists(dir.resolve("conversations.csv")));
        assertEquals(2, ltc("template", "notes", "--out", notes.toString()).code(), "does not overwrite");
        Path out = dir.resolve("notes.json");
        var imp = ltc("import", "--csv", notes.toString(), "--text-column", "text", "--note-id-column", "note_id",
                "--conversation-column", "conversation", "--question-column", "question", "--participant-column",
                "participant", "--segment-column", "neighbourhood", "--guide", dir.resolve("guide.csv").toString(),
                "--conversations", dir.resolve("conversations.csv").toString(), "--community", "Our town",
                "--out", out.toString());
        assertEquals(0, imp.code(), imp.err());
        ConversationSet set = LtcJson.defaults().read(out, ConversationSet.class);
        assertEquals(10, set.guide().questions().size());
        assertEquals(List.of("q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9", "q10"),
                set.guide().questions().stream().map(Question::id).toList());
        assertEquals("our-town", set.community().id());
        assertEquals(ConversationFormat.KITCHEN_TABLE, set.conversations().get(0).format());
        assertNotNull(set.conversations().get(0).date());
        assertEquals(2, set.notes().size());
    }

    @Test
    void theDefaultCodebookIsWrittenAsRefiQdaAndThemesWithIt(@TempDir Path dir) {
        Path qdc = dir.resolve("default.qdc");
        var w = ltc("codebook", "--out", qdc.toString(), "--json");
        assertEquals(0, w.code(), w.err());
        assertTrue(w.out().contains("\"codes\":27"), w.out());
        var th = ltc(concat("theme", csvArgs("--themer", "codebook", "--set", "ltc.theming.codebook.file=" + qdc)));
        assertEquals(0, th.code(), th.err());
    }
}
