package org.ltc.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltc.examples.cli.Cli.Run;
import org.ltc.model.io.LtcJson;
import tools.jackson.databind.JsonNode;

/** Every command that reads CSV reads it through the one reader: encodings, bad bytes, limits, labels. */
class CsvInputCommandsTest {
    private static Path labelled(Path dir, String middle) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("id,text,topic");
        for (int i = 0; i < 30; i++) {
            lines.add(i + ",bus route fare " + i + ",g" + (i % 3));
            if (i == 10) {
                lines.add(middle);
            }
        }
        Path file = dir.resolve("labelled.csv");
        Files.write(file, lines);
        return file;
    }

    @Test
    void d6_evaluateRefusesBrokenQuotesInsteadOfMergingRows(@TempDir Path dir) throws Exception {
        // D6: before, an unclosed quote swallowed the following rows into one text, silently.
        Path file = labelled(dir, "99,\"an unclosed quote,g1");
        Run r = Cli.run("evaluate", "--input", file.toString(), "--text-column", "text", "--label-column", "topic",
                "--k", "3");
        assertEquals(2, r.code(), r.both());
        assertTrue(r.err().contains(file + " line 13") && r.err().contains("broken quoting"), r.err());
    }

    @Test
    void d6_evaluateRefusesTwentyThousandColumns(@TempDir Path dir) throws Exception {
        // D6: before, a row of 20,000 fields passed; the import's limit is 10,000.
        Path file = labelled(dir, "99,wide row,g1" + ",x".repeat(20_000));
        Run r = Cli.run("evaluate", "--input", file.toString(), "--text-column", "text", "--label-column", "topic");
        assertEquals(2, r.code(), r.both());
        assertTrue(r.err().contains(file + " line 13") && r.err().contains("more than 10000 fields"), r.err());
    }

    @Test
    void d6_evaluateNamesFileLineAndColumnOfABlankLabel(@TempDir Path dir) throws Exception {
        Path file = labelled(dir, "99,a text without a label,");
        Run r = Cli.run("evaluate", "--input", file.toString(), "--text-column", "text", "--label-column", "topic");
        assertEquals(2, r.code(), r.both());
        assertTrue(r.err().contains(file + " line 13: field 'topic' must not be blank"), r.err());
    }

    @Test
    void importReadsWindows1252WhenToldAndSaysHowWhenNot(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("excel.csv");
        StringBuilder sb = new StringBuilder("text\n");
        for (int i = 1; i <= 25; i++) {
            sb.append(i == 21 ? "Caf\u00e9 opening hours\n" : "row " + i + "\n");
        }
        Files.write(file, sb.toString().getBytes(Charset.forName("windows-1252")));
        Run bad = Cli.run("import", "--csv", file.toString(), "--text-column", "text", "--out",
                dir.resolve("a.json").toString());
        assertEquals(2, bad.code(), bad.both());
        assertTrue(bad.err().contains("line 22") && bad.err().contains("column 4") && bad.err().contains("CSV UTF-8")
                && bad.err().contains("windows-1252"), bad.err());
        Run good = Cli.run("import", "--csv", file.toString(), "--text-column", "text", "--encoding", "windows-1252",
                "--out", dir.resolve("b.json").toString());
        assertEquals(0, good.code(), good.both());
        assertTrue(Files.readString(dir.resolve("b.json")).contains("Caf\u00e9 opening hours"));
    }

    @Test
    void d5_lenientImportKeepsTheRowsAroundOneWithBadBytes(@TempDir Path dir) throws Exception {
        // D5: before, the bad row's error was "line 1" and --lenient kept none of the good rows.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("text\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 1; i <= 30; i++) {
            bytes.writeBytes(("note number " + i).getBytes(StandardCharsets.UTF_8));
            if (i == 17) {
                bytes.write(0xC3); // a UTF-8 lead byte with no continuation
            }
            bytes.write('\n');
        }
        Path file = dir.resolve("notes.csv");
        Files.write(file, bytes.toByteArray());
        Run r = Cli.run("import", "--csv", file.toString(), "--text-column", "text", "--lenient", "--json", "--out",
                dir.resolve("n.json").toString());
        assertEquals(0, r.code(), r.both());
        org.ltc.model.conversation.ConversationSet set = LtcJson.defaults().read(dir.resolve("n.json"),
                org.ltc.model.conversation.ConversationSet.class);
        assertEquals(29, set.notes().size());
        assertTrue(r.err().contains("line 18") && r.err().contains("not valid UTF-8"), r.both());
    }

    @Test
    void agreementOnYesNoLabels(@TempDir Path dir) throws Exception {
        // Before: exit 2, "must be a number".
        Path file = dir.resolve("two.csv");
        Files.writeString(file, "unit,ana,ben\nu1,yes,yes\nu2,no,no\nu3,yes,no\nu4,no,no\nu5,yes,yes\n");
        Run r = Cli.run("agreement", "--input", file.toString(), "--metric", "cohen", "--json");
        assertEquals(0, r.code(), r.both());
        // Po = 0.8, Pe = 0.6*0.4 + 0.4*0.6 = 0.48 (ana: 3 yes; ben: 2 yes), kappa = 0.32 / 0.52.
        assertEquals(0.32 / 0.52, LtcJson.defaults().mapper().readTree(r.out()).get("value").asDouble(), 1e-9);
        Run weighted = Cli.run("agreement", "--input", file.toString(), "--metric", "cohen", "--weights", "linear");
        assertEquals(2, weighted.code(), weighted.both());
        assertTrue(weighted.err().contains("declare their order"), weighted.err());
    }

    @Test
    void agreementFleissFromRaterColumnsAndOrdinalAlphaByDeclaredOrder(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("three.csv");
        Files.writeString(file, "r1,r2,r3\nlow,low,low\nhigh,high,medium\nmedium,medium,medium\nlow,medium,low\n"
                + "high,high,high\n");
        Run fleiss = Cli.run("agreement", "--input", file.toString(), "--metric", "fleiss", "--json");
        assertEquals(0, fleiss.code(), fleiss.both());
        assertEquals(3, LtcJson.defaults().mapper().readTree(fleiss.out()).get("raters").asInt());
        Run ordinal = Cli.run("agreement", "--input", file.toString(), "--metric", "krippendorff", "--level", "ordinal",
                "--order", "low,medium,high");
        assertEquals(0, ordinal.code(), ordinal.both());
        assertTrue(ordinal.out().startsWith("Krippendorff's alpha (ordinal) = "), ordinal.out());
        Run unordered = Cli.run("agreement", "--input", file.toString(), "--metric", "krippendorff", "--level",
                "ordinal");
        assertEquals(2, unordered.code(), unordered.both());
    }
}
