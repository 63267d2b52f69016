package org.ltc.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltc.examples.cli.Cli.Run;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;
import org.ltc.model.io.LtcJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The privacy defects of issue 17 on the command line, one test each, named after the defect. */
class PrivacyCommandsTest {
    private static final LtcJson JSON = LtcJson.defaults();
    private static final String HEADER = "id,conversation,participant,neighbourhood,text\n";

    static Run ltc(String... args) {
        return Cli.run(args);
    }

    /** Every file under a folder, as text. */
    static String everything(Path dir) throws IOException {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                b.append(Files.readString(p)).append('\n');
            }
        }
        return b.toString();
    }

    /** 24 notes from 12 people in two neighbourhoods, one conversation titled with a name and a phone number. */
    private static Path town(Path dir, String extraRows) throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        String[] texts = {"More buses on Sundays please", "The library should open later", "Fix the sidewalks downtown",
                "More shade trees in the park"};
        for (int i = 0; i < 24; i++) {
            String hood = i % 12 < 6 ? "East End" : "Riverside";
            csv.append("n").append(i).append(",\"Meeting at Dana's house (call 270-555-0199)\",p").append(i % 12)
                    .append(',').append(hood).append(",\"").append(texts[i % 4]).append("\"\n");
        }
        csv.append(extraRows);
        Path file = dir.resolve("notes.csv");
        Files.writeString(file, csv);
        return file;
    }

    private static Path names(Path dir) throws IOException {
        Path names = dir.resolve("names.txt");
        Files.writeString(names, "Dana\nMaria Lopez\n");
        return names;
    }

    private static String[] csvArgs(Path csv) {
        return new String[] {"--csv", csv.toString(), "--text-column", "text", "--note-id-column", "id",
                "--conversation-column", "conversation", "--participant-column", "participant",
                "--segment-column", "neighbourhood"};
    }

    private static String[] concat(String[] a, String... b) {
        List<String> l = new ArrayList<>(List.of(a));
        l.addAll(List.of(b));
        return l.toArray(String[]::new);
    }

    @Test
    void p1_segmentValuesAndConversationTitlesAreRedactedOnImportThemeAndReport(@TempDir Path dir) throws Exception {
        Path csv = town(dir, "n90,Book club,p90,214 Elm Street,We need a teen room\n"
                + "n91,Book club,p91,Maria Lopez,Quieter study space\n");
        Path set = dir.resolve("out/set.json");
        Run imp = ltc(concat(new String[] {"import"}, concat(csvArgs(csv), "--redact-names", names(dir).toString(),
                "--out", set.toString())));
        assertEquals(0, imp.code(), imp.err());
        Run theme = ltc("theme", "--input", set.toString(), "--themer", "codebook", "--out", dir.resolve("out").toString());
        assertEquals(0, theme.code(), theme.err());
        Run report = ltc("report", "--input", dir.resolve("out/report.json").toString(), "--out",
                dir.resolve("out").toString());
        assertEquals(0, report.code(), report.err());
        String all = everything(dir.resolve("out")) + imp.out() + imp.err() + theme.out() + theme.err();
        for (String secret : List.of("Dana", "dana", "270-555-0199", "214 Elm", "Maria", "Lopez")) {
            assertFalse(all.contains(secret), secret + " survived");
        }
    }

    @Test
    void p3_themeFromACsvRedactsTheListedNames(@TempDir Path dir) throws Exception {
        Path csv = town(dir, "n90,Book club,p90,East End,Maria Lopez wants a teen room\n");
        Path out = dir.resolve("out");
        Run theme = ltc(concat(new String[] {"theme"}, concat(csvArgs(csv), "--themer", "codebook",
                "--redact-names", names(dir).toString(), "--out", out.toString())));
        assertEquals(0, theme.code(), theme.err());
        String all = everything(out) + theme.out() + theme.err();
        assertFalse(all.contains("Maria"), all);
        assertFalse(all.contains("Dana"), "the conversation title's name survived");
    }

    @Test
    void p5_notesAddedToAnImportedSetAfterImportAreRedactedByTheme(@TempDir Path dir) throws Exception {
        Path csv = town(dir, "");
        Path set = dir.resolve("set.json");
        Run imp = ltc(concat(new String[] {"import"}, concat(csvArgs(csv), "--out", set.toString())));
        assertEquals(0, imp.code(), imp.err());
        ConversationSet imported = JSON.read(set, ConversationSet.class);
        List<Note> notes = new ArrayList<>(imported.notes());
        for (int i = 0; i < 6; i++) {
            notes.add(new Note("added" + i, imported.notes().get(0).conversationId(), null, "p" + i,
                    "More buses please, call me on 270-555-0177 or write jo@example.org", 0, 0, 0, List.of(), null,
                    null, null));
        }
        JSON.write(imported.withNotes(notes, imported.redaction()), set);
        Path out = dir.resolve("out");
        Run theme = ltc("theme", "--input", set.toString(), "--themer", "codebook", "--out", out.toString());
        assertEquals(0, theme.code(), theme.err());
        String all = everything(out) + theme.out();
        assertFalse(all.contains("270-555-0177"), all);
        assertFalse(all.contains("jo@example.org"), all);
    }

    @Test
    void p5_reportRendersNoCountUnderKFromAnEditedReportJson(@TempDir Path dir) throws Exception {
        Path csv = town(dir, "");
        Path out = dir.resolve("out");
        Run theme = ltc(concat(new String[] {"theme"}, concat(csvArgs(csv), "--themer", "codebook", "--out",
                out.toString())));
        assertEquals(0, theme.code(), theme.err());
        Path reportJson = out.resolve("report.json");
        JsonNode envelope = JSON.mapper().readTree(Files.readString(reportJson));
        JsonNode root = envelope.get("data");
        ObjectNode segments = (ObjectNode) root.get("knowledge").get("engagement").get("segments").get("neighbourhood");
        segments.put("Tiny Hamlet", 2);
        for (JsonNode t : root.get("knowledge").get("themes")) {
            ((ObjectNode) t.get("breadth")).put("participants", 3);
            ObjectNode by = ((ObjectNode) t.get("breadth")).putObject("bySegment").putObject("neighbourhood");
            by.put("Small Street", 2);
        }
        Files.writeString(reportJson, JSON.mapper().writeValueAsString(envelope));
        Run report = ltc("report", "--input", reportJson.toString(), "--out", out.toString());
        assertEquals(0, report.code(), report.err());
        String html = Files.readString(out.resolve("index.html"));
        assertFalse(html.contains("Tiny Hamlet"), "a group of 2 is shown");
        assertFalse(html.contains("Small Street"), "a cell of 2 is shown");
        assertFalse(html.contains(" 3 people"), "a theme reaching 3 people is counted");
        assertTrue(html.contains("fewer than 5 people"), "the small reach is said in words");
    }

    @Test
    void p6_aMisspelledPrivacyKeyIsAnErrorOnTheCommandLine(@TempDir Path dir) throws Exception {
        Path csv = town(dir, "");
        Run theme = ltc(concat(new String[] {"theme"}, concat(csvArgs(csv), "--themer", "codebook",
                "--set", "ltc.privacy.minParticipnats=50")));
        assertEquals(2, theme.code(), theme.out() + theme.err());
        assertTrue(theme.err().contains("ltc.privacy.minParticipnats"), theme.err());
        assertTrue(theme.err().contains("ltc.privacy.minParticipants"), "the known keys are named: " + theme.err());
    }

    @Test
    void i2_terminalControlSequencesInInputAreShownVisiblyInErrorsAndSummaries(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, HEADER + "n\u001b]0;pwned\u0007,c1,p1,East,\"hi \u001b[2J there\"\n");
        Run imp = ltc(concat(new String[] {"import"}, concat(csvArgs(csv), "--out", dir.resolve("x.json").toString())));
        assertEquals(2, imp.code(), imp.err());
        assertFalse(imp.err().contains("\u001b"), "a raw ESC reached the terminal: " + imp.err());
        assertTrue(imp.err().contains("\\u001B"), imp.err());
        Path ok = town(dir, "n99,c9,p1,East End,\"\u001b]52;c;cGF5bG9hZA==\u0007 More buses on Sundays please\"\n");
        Run theme = ltc(concat(new String[] {"theme"}, concat(csvArgs(ok), "--themer", "codebook")));
        assertEquals(0, theme.code(), theme.err());
        assertFalse((theme.out() + theme.err()).contains("\u001b"), theme.out());
        assertEquals("a\\u001B]0;t\\u0007 \\u202Eb\\n", Terminal.visible("a\u001b]0;t\u0007 \u202eb\n"));
    }

    @Test
    void d4_aNoteThatRedactionWouldLengthenIsKeptWithinTheLimit(@TempDir Path dir) throws Exception {
        String longNote = "Dana ".repeat(Note.MAX_TEXT_CHARS / 5).strip();
        Path csv = dir.resolve("long.csv");
        Files.writeString(csv, HEADER + "n1,c1,p1,East,\"" + longNote + "\"\nn2,c1,p2,East,Short note\n");
        Path set = dir.resolve("set.json");
        Run imp = ltc(concat(new String[] {"import"}, concat(csvArgs(csv), "--redact-names", names(dir).toString(),
                "--out", set.toString())));
        assertEquals(0, imp.code(), imp.err());
        ConversationSet s = JSON.read(set, ConversationSet.class);
        assertEquals(2, s.notes().size());
        assertTrue(s.notes().get(0).text().length() <= Note.MAX_TEXT_CHARS);
        assertFalse(s.notes().get(0).text().contains("Dana"));
    }

    @Test
    void i3_bidiOverridesInUserTextAreIsolatedInTheHtml(@TempDir Path dir) throws Exception {
        Path csv = town(dir, "");
        Files.writeString(csv, Files.readString(csv).replace("East End", "\u202eEast End")
                .replace("More buses", "\u202eMore buses"));
        Path out = dir.resolve("out");
        Run theme = ltc(concat(new String[] {"theme"}, concat(csvArgs(csv), "--themer", "codebook", "--out",
                out.toString())));
        assertEquals(0, theme.code(), theme.err());
        Run report = ltc("report", "--input", out.resolve("report.json").toString(), "--out", out.toString());
        assertEquals(0, report.code(), report.err());
        String html = Files.readString(out.resolve("index.html"));
        int at = html.indexOf('\u202e');
        assertTrue(at >= 0, "the override is kept as written, isolated");
        for (; at >= 0; at = html.indexOf('\u202e', at + 1)) {
            boolean inBdi = html.lastIndexOf("<bdi>", at) > html.lastIndexOf("</bdi>", at);
            boolean isolated = html.lastIndexOf('\u2068', at) > html.lastIndexOf('\u2069', at);
            assertTrue(inBdi || isolated, "not isolated: " + html.substring(Math.max(0, at - 120), at + 20));
        }
    }
}
