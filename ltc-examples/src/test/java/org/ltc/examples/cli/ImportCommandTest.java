package org.ltc.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Moderation;
import org.ltc.model.conversation.Note;
import org.ltc.model.io.LtcJson;
import org.ltc.model.testdata.SharedData;
import tools.jackson.databind.JsonNode;
import org.ltc.model.testdata.RealData;
import org.ltc.examples.cli.Cli.Run;

/** {@code ltc import} end to end, through {@link LtcCommand#run}, then {@code ltc validate} on what it wrote. */
class ImportCommandTest {

    private static final String HEADER = "id,conversation,participant,neighbourhood,text\n";

    @Test
    void importsACsvRedactsPersonalDataAndTheResultValidates(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("notes.csv");
        Files.writeString(csv, HEADER
                + "n1,c1,p1,East End,\"Write to me at jo.smith@example.org, or call 270-555-0134\"\n"
                + "n2,c1,p2,Riverside,Ask Margaret Okafor about the park\n"
                + "n3,c2,p1,East End,More buses on Sundays\n");
        Path names = dir.resolve("names.txt");
        Files.writeString(names, "# people named in notes\nMargaret Okafor\n");
        Path out = dir.resolve("out/notes.json");
        Run r = Cli.run("import", "--csv", csv.toString(), "--text-column", "text", "--note-id-column", "id",
                "--conversation-column", "conversation", "--participant-column", "participant",
                "--segment-column", "neighbourhood", "--redact-names", names.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("imported 3 notes"), r.out());
        String written = Files.readString(out);
        for (String secret : List.of("jo.smith@example.org", "555-0134", "Margaret", "Okafor")) {
            assertFalse(written.contains(secret), secret + " is still in " + written);
        }
        ConversationSet set = LtcJson.defaults().read(out, ConversationSet.class);
        assertEquals(3, set.notes().size());
        assertEquals("East End", set.participants().get(0).segments().get("neighbourhood"));
        assertEquals(3, set.redaction().total());
        assertEquals("redact", set.provenance().steps().get(0).operation());
        Run valid = Cli.run("validate", out.toString());
        assertEquals(0, valid.code(), valid.err());
    }

    private static Path damaged(Path dir) throws Exception {
        Path csv = dir.resolve("damaged.csv");
        Files.writeString(csv, HEADER
                + "n1,c1,p1,East End,Fine\n"
                + "n2,c1,p2,Riverside,\"Broken quote\n"
                + "n3,c1,p3,Riverside\n"
                + "n4,c1,p4,Riverside,   \n"
                + "n5,c1,p5,Riverside," + "z".repeat(10 * 1024 * 1024) + "\n"
                + "n6,c1,p6,Riverside,Also fine\n");
        return csv;
    }

    @Test
    void aDamagedCsvExitsTwoNamingTheLineAndWritesNothing(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.json");
        Run r = Cli.run("import", "--csv", damaged(dir).toString(), "--text-column", "text", "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("damaged.csv line 3: field 'text'"), r.err());
        assertTrue(r.err().contains("broken quoting"), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line, no stack trace: " + r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void lenientKeepsEveryGoodRowAndListsEachBadOne(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.json");
        Run r = Cli.run("import", "--csv", damaged(dir).toString(), "--text-column", "text", "--note-id-column", "id",
                "--lenient", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("n1", "n6"), LtcJson.defaults().read(out, ConversationSet.class).notes().stream()
                .map(Note::id).toList());
        for (String line : List.of("line 3", "line 4", "line 5", "line 6")) {
            assertTrue(r.err().contains("damaged.csv " + line + ":"), line + " missing from " + r.err());
        }
        assertTrue(r.err().length() < 5000, "a 10 MB field must not be echoed");
        assertTrue(r.out().contains("rejected rows at lines: 3, 4, 5, 6"), r.out());
        assertEquals(0, Cli.run("validate", out.toString()).code());
    }

    @Test
    void jsonSummaryIsOneObject(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.json");
        Run r = Cli.run("import", "--csv", damaged(dir).toString(), "--text-column", "text", "--lenient", "--json",
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode summary = LtcJson.defaults().mapper().readTree(r.out());
        assertEquals(2, summary.get("notesImported").asInt());
        assertEquals(4, summary.get("rowsRejected").asInt());
        assertEquals(3, summary.get("problems").get(0).get("line").asInt());
        assertEquals("text", summary.get("problems").get(0).get("field").asString());
        assertTrue(summary.get("redaction").isObject());
    }

    @Test
    void personalDataInARejectedValueIsRedactedInMessagesToo(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("p.csv");
        Files.writeString(csv, "participant,text\njo.smith@example.org,Hello\np2,Fine\n");
        String out = dir.resolve("o.json").toString();
        Run strict = Cli.run("import", "--csv", csv.toString(), "--text-column", "text", "--participant-column",
                "participant", "--out", out);
        assertEquals(2, strict.code());
        assertTrue(strict.err().contains("line 2: field 'participant'"), strict.err());
        assertFalse(strict.err().contains("jo.smith@example.org"), strict.err());
        Run lenient = Cli.run("import", "--csv", csv.toString(), "--text-column", "text", "--participant-column",
                "participant", "--lenient", "--json", "--out", out);
        assertEquals(0, lenient.code(), lenient.err());
        assertFalse(lenient.err().contains("jo.smith@example.org"), lenient.err());
        assertFalse(lenient.out().contains("jo.smith@example.org"), lenient.out());
        assertTrue(lenient.out().contains("[email]"), lenient.out());
    }

    @Test
    void lenientWithNoGoodRowStillFails(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "text\n \n\"\"\n");
        Path out = dir.resolve("out.json");
        Run r = Cli.run("import", "--csv", csv.toString(), "--text-column", "text", "--lenient", "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no good row"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void usageErrorsExitTwo(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("a.csv");
        Files.writeString(csv, "text\nhello\n");
        String out = dir.resolve("o.json").toString();
        assertEquals(2, Cli.run("import", "--csv", csv.toString(), "--out", out).code());
        assertEquals(2, Cli.run("import", "--csv", csv.toString(), "--text-column", "nope", "--out", out).code());
        assertEquals(2, Cli.run("import", "--text-column", "text", "--out", out).code());
        assertEquals(2, Cli.run("import", "--csv", csv.toString(), "--polis", dir.toString(), "--text-column", "text",
                "--out", out).code());
        assertTrue(Cli.run("import", "--help").out().contains("--polis"));
    }

    @Test
    void importsTheBundledMillbrookSampleWithEveryColumnMapped(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("millbrook-notes.csv");
        try (var in = ImportCommandTest.class.getResourceAsStream("/org/ltc/examples/sample/millbrook-notes.csv")) {
            Files.copy(in, csv);
        }
        Path out = dir.resolve("mb.json");
        Run r = Cli.run("import", "--csv", csv.toString(), "--text-column", "text", "--note-id-column", "note_id",
                "--conversation-column", "conversation", "--question-column", "question",
                "--participant-column", "participant", "--segment-column", "neighbourhood",
                "--segment-column", "age_band", "--language-column", "language", "--agrees-column", "agrees",
                "--emphasis-column", "emphasis", "--format", "kitchen_table", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        ConversationSet set = LtcJson.defaults().read(out, ConversationSet.class);
        long rows = Files.readAllLines(csv).stream().skip(1).filter(l -> !l.isBlank()).count();
        assertEquals(rows, set.notes().size());
        assertTrue(set.participants().stream().allMatch(p -> p.segments().containsKey("neighbourhood")));
        assertTrue(set.redaction().total() > 0, "the sample holds an e-mail address and a phone number");
        assertEquals(0, Cli.run("validate", out.toString()).code());
    }

    @Test
    @RealData
    void importsTheRealPolisExportAndTheResultValidates(@TempDir Path dir) throws Exception {
        Path polis = SharedData.dir("polis-bowling-green");
        Path out = dir.resolve("bg.json");
        Run r = Cli.run("import", "--polis", polis.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("imported 896 notes"), r.out());
        assertTrue(r.out().contains("2031 participants, 225524 votes"), r.out());
        Run valid = Cli.run("validate", out.toString());
        assertEquals(0, valid.code(), valid.err());
        // What validate read back, counted in the text (a second full parse of 25 MB would double the time).
        String written = Files.readString(out);
        assertEquals(896, count(written, "\"conversationId\" : \""));
        assertEquals(289, count(written, "\"moderation\" : \"" + Moderation.REJECTED + "\""));
        assertEquals(225_524, count(written, "\"value\" : \""));
        assertTrue(written.contains("CC BY 4.0"));
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }
}
