package org.ltc.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.ltc.model.InvalidInputException;
import org.ltc.model.conversation.Note;

/** The one CSV reader: true positions of bad bytes, encodings, and the rows kept around a bad one. */
class CsvReaderTest {
    /** A header and {@code rows} good rows, with the bytes of line {@code badLine} damaged at its 5th character. */
    private static byte[] fileWithBadByteOn(int rows, int badLine) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("id,text\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 2; i <= rows + 1; i++) {
            String line = "n" + i + ",Row " + i + " says the library should stay open later\n";
            byte[] b = line.getBytes(StandardCharsets.UTF_8);
            if (i == badLine) {
                int at = line.indexOf(',') + 5; // the 5th character of the text
                b[at - 1] = (byte) 0xE9; // "é" in windows-1252: not UTF-8 on its own
            }
            out.writeBytes(b);
        }
        return out.toByteArray();
    }

    private static CsvNoteImport notes(boolean lenient) {
        return CsvNoteImport.of(CsvImportOptions.builder().textColumn("text").noteIdColumn("id").lenient(lenient)
                .build());
    }

    @Test
    void invalidUtf8IsReportedAtItsTrueLineAndColumnWithAHint() {
        // Before: the error named the line where the decoder's 8 KB chunk began (line 1330 here).
        byte[] file = fileWithBadByteOn(2500, 2001);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> notes(false).importFrom(new ByteArrayInputStream(file), "notes.csv"));
        String m = e.getMessage();
        int column = "n2001,".length() + 4; // 1-based: the byte replaced was the 4th of the text
        assertTrue(m.startsWith("notes.csv line 2001: field 'text' is not valid UTF-8 text: bytes 0xE9 at column "
                + column + " of line 2001"), m);
        assertTrue(m.contains("\"CSV UTF-8\"") && m.contains("windows-1252"), m);
    }

    @Test
    void invalidUtf8EarlyInAFileIsNotLine1() {
        // Before: "line 1" for a bad byte on line 21 of a small spreadsheet export.
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> notes(false).importFrom(new ByteArrayInputStream(fileWithBadByteOn(40, 21)), "excel.csv"));
        assertTrue(e.getMessage().startsWith("excel.csv line 21:"), e.getMessage());
    }

    @Test
    void lenientImportRejectsOnlyTheRowWithBadBytes() {
        // D5: before, --lenient kept none of the good rows once a bad byte was met.
        ImportResult r = notes(true).importFrom(new ByteArrayInputStream(fileWithBadByteOn(2500, 2001)), "n.csv");
        assertEquals(2499, r.conversationSet().notes().size());
        assertEquals(1, r.report().rowsRejected());
        ImportProblem p = r.report().problems().get(0);
        assertEquals(2001, p.line());
        assertEquals("text", p.field());
        assertTrue(p.message().contains("not valid UTF-8"), p.message());
        assertTrue(r.conversationSet().notes().stream().map(Note::id).noneMatch("n2001"::equals));
        assertTrue(r.conversationSet().notes().stream().map(Note::id).anyMatch("n2002"::equals));
    }

    @Test
    void badBytesInsideAMultiLineQuotedFieldAreOnTheirOwnLine() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("id,text\nn1,\"first line\nsecond line\nthird ".getBytes(StandardCharsets.UTF_8));
        out.write(0xFF);
        out.writeBytes(" line\"\nn2,fine\n".getBytes(StandardCharsets.UTF_8));
        ImportResult r = notes(true).importFrom(new ByteArrayInputStream(out.toByteArray()), "q.csv");
        assertEquals(List.of("n2"), r.conversationSet().notes().stream().map(Note::id).toList());
        ImportProblem p = r.report().problems().get(0);
        assertEquals(2, p.line(), "the row starts on line 2");
        assertTrue(p.message().contains("0xFF at column 7 of line 4"), p.message());
    }

    @Test
    void windows1252IsReadWhenNamed() {
        byte[] file = "id,text\nn1,Caf\u00e9 hours \u2013 longer please\n".getBytes(Charset.forName("windows-1252"));
        assertThrows(InvalidInputException.class, () -> notes(false).importFrom(new ByteArrayInputStream(file), "w.csv"));
        CsvNoteImport cp1252 = CsvNoteImport.of(CsvImportOptions.builder().textColumn("text").noteIdColumn("id")
                .encoding("windows-1252").build());
        ImportResult r = cp1252.importFrom(new ByteArrayInputStream(file), "w.csv");
        assertEquals("Caf\u00e9 hours \u2013 longer please", r.conversationSet().notes().get(0).text());
        assertEquals("windows-1252", r.conversationSet().provenance().options()
                .get("ltc.import.csv.encoding"));
    }

    @Test
    void utf16WithAByteOrderMarkIsReadWhateverTheNamedEncoding() {
        String text = "id\ttext\nn1\tBiblioth\u00e8que \u00e0 Montr\u00e9al\n";
        for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes("\uFEFF".getBytes(cs));
            out.writeBytes(text.getBytes(cs));
            CsvNoteImport tab = CsvNoteImport.of(CsvImportOptions.builder().textColumn("text").noteIdColumn("id")
                    .delimiter('\t').build());
            ImportResult r = tab.importFrom(new ByteArrayInputStream(out.toByteArray()), "u.txt");
            assertEquals("Biblioth\u00e8que \u00e0 Montr\u00e9al", r.conversationSet().notes().get(0).text(), cs.name());
        }
    }

    @Test
    void utf16WithoutAByteOrderMarkIsRefusedNotReadAsNuls() {
        byte[] file = "id,text\nn1,hello\n".getBytes(StandardCharsets.UTF_16LE);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> notes(false).importFrom(new ByteArrayInputStream(file), "u.csv"));
        assertTrue(e.getMessage().contains("UTF-16") && e.getMessage().contains("byte-order mark")
                && !e.getMessage().contains("\u0000"), e.getMessage());
    }

    @Test
    void anUnknownEncodingIsAnOptionError() {
        org.ltc.model.InvalidOptionsException e = assertThrows(org.ltc.model.InvalidOptionsException.class,
                () -> CsvImportOptions.builder().textColumn("text").encoding("klingon-8").build());
        assertTrue(e.getMessage().contains("ltc.import.csv.encoding"), e.getMessage());
    }

    @Test
    void aColumnNamedTwiceInTheHeaderIsAnErrorWhenUsed() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> notes(false).importFrom(
                new ByteArrayInputStream("id,text,text\nn1,a,b\n".getBytes(StandardCharsets.UTF_8)), "d.csv"));
        assertTrue(e.getMessage().contains("'text' heads 2 columns ([2, 3])"), e.getMessage());
    }

    @Test
    void rowsCarryLinesAndTypedCellsNameTheirPlace() {
        CsvTable t = CsvTable.parse("r.csv", "a,b\n\n1,\"x\ny\"\n2.5,z\n", CsvFormat.defaults());
        assertEquals(List.of("a", "b"), t.header());
        assertEquals(List.of(3L, 5L), t.rows().stream().map(CsvRow::line).toList());
        assertEquals("x\ny", t.rows().get(0).get(1));
        assertEquals(2.5, t.rows().get(1).number(0));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> t.rows().get(1).number(1));
        assertEquals("r.csv line 5: field 'b' must be a number (rejected value: \"z\")", e.getMessage());
        assertThrows(InvalidInputException.class, () -> t.requireColumn("c", "--column"));
    }

    @Test
    void aDamagedRowIsReturnedWithItsDefectAndTheNextRowsSurvive() {
        try (CsvReader r = CsvReader.parse("b.csv", "a,b\n1,\"broken\"x\n2,ok\n3\n", CsvFormat.defaults())) {
            CsvRow broken = r.next();
            assertTrue(broken.defect().message().startsWith("broken quoting"), broken.defect().message());
            CsvRow good = r.next();
            assertNull(good.defect());
            assertEquals("ok", good.get(1));
            CsvRow shortRow = r.next();
            assertEquals("b", shortRow.defect().field());
            assertNull(r.next());
        }
    }

    @Property(tries = 300)
    void writtenLinesReadBackAsTheSameFields(@ForAll @Size(min = 1, max = 6)
            List<@StringLength(max = 12) @Chars({'a', 'b', ' ', ',', '"', '\n', '\u00e9'}) String> fields) {
        // The writer of the research files and the one reader agree, whatever the fields hold.
        List<String> header = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            header.add("h" + i);
        }
        String text = CsvFormat.defaults().line(header) + "\n" + CsvFormat.defaults().line(fields) + "\n";
        try (CsvReader r = CsvReader.parse("p.csv", text, CsvFormat.defaults())) {
            CsvRow back = r.next();
            if (fields.size() == 1 && fields.get(0).isEmpty()) {
                assertNull(back, "an empty line is no row");
                return;
            }
            assertNull(back.defect());
            assertEquals(fields, back.fields());
            assertNull(r.next());
        }
    }
}
