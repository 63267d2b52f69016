package org.ltc.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltc.model.InvalidInputException;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;
import org.ltc.model.conversation.Participant;
import org.ltc.model.provenance.Hashing;

class CsvNoteImportTest {
    private static final String HEADER = "note_id,conversation,question,participant,neighbourhood,agrees,text\n";
    private static final CsvImportOptions FULL = CsvImportOptions.builder()
            .textColumn("text").noteIdColumn("note_id").conversationColumn("conversation")
            .questionColumn("question").participantColumn("participant").segmentColumns("neighbourhood")
            .agreesColumn("agrees").build();
    private static final CsvImportOptions LENIENT = FULL.toBuilder().lenient(true).build();

    private static ImportResult run(CsvImportOptions options, String csv) {
        return CsvNoteImport.of(options).importFrom(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "notes.csv");
    }

    private static InvalidInputException strictFailure(String csv) {
        return assertThrows(InvalidInputException.class, () -> run(FULL, csv));
    }

    @Test
    void importsEveryMappedColumn() {
        String csv = HEADER
                + "m1,c1,q1,p1,North Hills,3,A town where kids have somewhere safe to go\n"
                + "m2,c1,q1,p2,Riverside,0,\"Neighbours who know each other, again\"\n"
                + "m3,c2,q2,p1,North Hills,,Buses on Sundays\n";
        Instant t = Instant.parse("2026-01-02T03:04:05Z");
        ImportResult r = CsvNoteImport.of(FULL).withClock(Clock.fixed(t, ZoneOffset.UTC)).importFrom(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "notes.csv");
        ConversationSet set = r.conversationSet();
        assertEquals("notes", set.id());
        assertEquals(List.of("m1", "m2", "m3"), set.notes().stream().map(Note::id).toList());
        Note m2 = set.notes().get(1);
        assertEquals("Neighbours who know each other, again", m2.text());
        assertEquals("p2", m2.participantId());
        assertEquals("q1", m2.questionId());
        assertEquals(3, set.notes().get(0).agrees());
        assertEquals(0, set.notes().get(2).agrees());
        assertEquals(List.of("c1", "c2"), set.conversations().stream().map(c -> c.id()).toList());
        assertEquals(2, set.conversations().get(0).participantCount());
        assertEquals(List.of(new Participant("p1", Map.of("neighbourhood", "North Hills"), null, null),
                new Participant("p2", Map.of("neighbourhood", "Riverside"), null, null)), set.participants());
        assertEquals(Hashing.sha256(csv), set.provenance().inputSha256());
        assertEquals(t, set.provenance().createdAt());
        assertEquals("text", set.provenance().options().get("ltc.import.csv.textColumn"));
        assertEquals(new ImportReport("notes.csv", 3, 3, 0, List.of(), 0), r.report());
    }

    @Test
    void onlyTheTextColumnIsNeeded() {
        ConversationSet set = run(CsvImportOptions.of("said"), "said,other\nMore benches,x\n\nLibrary hours,y\n")
                .conversationSet();
        assertEquals(List.of("n2", "n4"), set.notes().stream().map(Note::id).toList());
        assertEquals(CsvImportOptions.DEFAULT_CONVERSATION_ID, set.notes().get(0).conversationId());
        assertTrue(set.participants().isEmpty());
    }

    @Test
    void quotedLineBreaksEscapedQuotesCrlfAndBomAreRead() {
        String csv = "\uFEFFid,text\r\na,\"Line one\r\nline \"\"two\"\"\"\r\nb,plain\r\n";
        ImportResult r = run(CsvImportOptions.builder().textColumn("text").noteIdColumn("id").build(), csv);
        assertEquals("Line one\nline \"two\"", r.conversationSet().notes().get(0).text());
        assertEquals("plain", r.conversationSet().notes().get(1).text());
    }

    @Test
    void brokenQuotingNamesTheLineAndFieldAndLenientKeepsTheLaterRows() {
        String csv = HEADER
                + "m1,c1,q1,p1,North Hills,3,Fine\n"
                + "m2,c1,q1,p2,Riverside,0,\"This quote is never closed\n"
                + "m3,c1,q1,p3,Riverside,1,\"Still fine, with a comma\"\n"
                + "m4,c1,q1,p4,Riverside,1,Fine too\n";
        InvalidInputException e = strictFailure(csv);
        assertEquals("notes.csv", e.source());
        assertEquals("line 3", e.location());
        assertEquals("text", e.field());
        assertTrue(e.getMessage().contains("broken quoting"), e.getMessage());
        assertTrue(e.getMessage().startsWith("notes.csv line 3: field 'text'"), e.getMessage());

        ImportResult r = run(LENIENT, csv);
        assertEquals(List.of("m1", "m3", "m4"), r.conversationSet().notes().stream().map(Note::id).toList());
        assertEquals(1, r.report().problems().size());
        assertEquals(3, r.report().problems().get(0).line());
        assertEquals(4, r.report().rowsRead());
        assertEquals(1, r.report().rowsRejected());
    }

    @Test
    void aQuoteNeverClosedUntilTheEndLosesOnlyItsOwnRow() {
        String csv = HEADER
                + "m1,c1,q1,p1,North Hills,3,\"Open quote, never closed\n"
                + "m2,c1,q1,p2,Riverside,0,plain\n"
                + "m3,c1,q1,p3,Riverside,1,plain too\n";
        ImportResult r = run(LENIENT, csv);
        assertEquals(List.of("m2", "m3"), r.conversationSet().notes().stream().map(Note::id).toList());
        assertEquals(2, r.report().problems().get(0).line());
        assertTrue(r.report().problems().get(0).message().contains("never closed"));
    }

    @Test
    void anUnclosedQuoteBeforeAHugeRowIsCutAtTheFieldLimitAndTheRowsItSwallowedAreReadAgain() {
        String csv = HEADER
                + "m1,c1,q1,p1,North Hills,3,\"Open quote, never closed\n"
                + "m2,c1,q1,p2,Riverside,0,plain\n"
                + "m3,c1,q1,p3,Riverside,0," + "z".repeat(3 * 1024 * 1024) + "\n"
                + "m4,c1,q1,p4,Riverside,1,plain too\n";
        ImportResult r = run(LENIENT, csv);
        assertEquals(List.of("m2", "m4"), r.conversationSet().notes().stream().map(Note::id).toList());
        assertEquals(List.of(2L, 4L), r.report().problems().stream().map(ImportProblem::line).toList());
        assertTrue(r.report().problems().get(0).message().contains("closing \" is probably missing"));
    }

    @Test
    void aMissingColumnNamesTheLineAndTheColumn() {
        String csv = HEADER + "m1,c1,q1,p1,North Hills,3,Fine\nm2,c1,q1,p2,Riverside,0\n";
        InvalidInputException e = strictFailure(csv);
        assertEquals("line 3", e.location());
        assertEquals("text", e.field());
        assertTrue(e.getMessage().contains("missing"), e.getMessage());
    }

    @Test
    void aColumnMissingFromTheHeaderIsNamedWithTheColumnsThatExist() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> run(CsvImportOptions.of("comment"), "id,text\n1,hello\n"));
        assertEquals("line 1", e.location());
        assertEquals("comment", e.field());
        assertTrue(e.getMessage().contains("[id, text]"), e.getMessage());
        // Lenient mode cannot import anything either: a wrong mapping is never a bad row.
        assertThrows(InvalidInputException.class,
                () -> run(CsvImportOptions.builder().textColumn("comment").lenient(true).build(), "id,text\n"));
    }

    @Test
    void anEmptyTextNamesTheLineAndField() {
        InvalidInputException e = strictFailure(HEADER + "m1,c1,q1,p1,North Hills,3,   \n");
        assertEquals("line 2", e.location());
        assertEquals("text", e.field());
        assertTrue(e.getMessage().contains("must not be blank"), e.getMessage());
    }

    @Test
    void aTenMegabyteFieldIsRejectedWithoutFloodingTheMessage() {
        String huge = "x".repeat(10 * 1024 * 1024);
        String csv = HEADER + "m1,c1,q1,p1,North Hills,3,Fine\n"
                + "m2,c1,q1,p2,Riverside,0," + huge + "\n"
                + "m3,c1,q1,p3,Riverside,0,\"" + huge + "\"\n"
                + "m4,c1,q1,p4,Riverside,0,Also fine\n";
        InvalidInputException e = strictFailure(csv);
        assertEquals("line 3", e.location());
        assertEquals("text", e.field());
        assertTrue(e.getMessage().contains("10485760 characters long"), e.getMessage());
        assertTrue(e.getMessage().length() < 400, "message of " + e.getMessage().length() + " characters");
        assertTrue(e.rejectedValue().length() <= ImportProblem.MAX_VALUE_CHARS);

        ImportResult r = run(LENIENT, csv);
        assertEquals(List.of("m1", "m4"), r.conversationSet().notes().stream().map(Note::id).toList());
        assertEquals(List.of(3L, 4L), r.report().problems().stream().map(ImportProblem::line).toList());
    }

    @Test
    void aTextLongerThanANoteMayBeIsRejectedByTheModelRule() {
        String csv = HEADER + "m1,c1,q1,p1,North Hills,3," + "y".repeat(Note.MAX_TEXT_CHARS + 1) + "\n";
        InvalidInputException e = strictFailure(csv);
        assertEquals("text", e.field());
        assertTrue(e.getMessage().contains("longer than"), e.getMessage());
    }

    @Test
    void badCountsIdsAndRepeatedIdsAreBadRows() {
        String csv = HEADER
                + "m1,c1,q1,p1,North Hills,many,Text\n"
                + "m2,c1,q1,p1,North Hills,-2,Text\n"
                + "m3,c1,q 1,p1,North Hills,1,Text\n"
                + "m4,c1,q1,jane@example.org,North Hills,1,Text\n"
                + "m5,c1,q1,p1,North Hills,1,Text\n"
                + "m5,c1,q1,p1,North Hills,1,Text again\n"
                + ",c1,q1,p1,North Hills,1,Text\n";
        ImportResult r = run(LENIENT, csv);
        assertEquals(List.of("m5"), r.conversationSet().notes().stream().map(Note::id).toList());
        List<String> fields = r.report().problems().stream().map(ImportProblem::field).toList();
        assertEquals(List.of("agrees", "agrees", "question", "participant", "note_id", "note_id"), fields);
        assertEquals(List.of(2L, 3L, 4L, 5L, 7L, 8L), r.report().problems().stream().map(ImportProblem::line).toList());
        assertTrue(r.report().problems().get(4).message().contains("repeats the note id of line 6"));
        InvalidInputException e = strictFailure(csv);
        assertEquals("line 2", e.location());
        assertEquals("many", e.rejectedValue());
    }

    @Test
    void extraFieldsBeyondTheHeaderAreABadRowUnlessEmpty() {
        CsvImportOptions o = CsvImportOptions.builder().textColumn("text").lenient(true).build();
        ImportResult r = run(o, "id,text\n1,fine,,\n2,not fine,surprise\n");
        assertEquals(1, r.conversationSet().notes().size());
        assertEquals("column 3", r.report().problems().get(0).field());
    }

    @Test
    void rowAndColumnLimitsStopHostileFiles() {
        String csv = "text\na\nb\nc\n";
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> run(CsvImportOptions.builder().textColumn("text").maxRows(2).lenient(true).build(), csv));
        assertEquals("line 4", e.location());
        assertTrue(e.getMessage().contains("ltc.import.csv.maxRows"), e.getMessage());
        ImportResult r = run(CsvImportOptions.builder().textColumn("text").maxColumns(3).lenient(true).build(),
                "text,b,c\nok,1,2\nwide,1,2,3,4,5\n");
        assertEquals(1, r.conversationSet().notes().size());
        assertTrue(r.report().problems().get(0).message().contains("maxColumns"));
    }

    @Test
    void invalidUtf8IsReportedWithItsLine() {
        byte[] bytes = "text\nfine\nbad \u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CsvNoteImport.of(
                CsvImportOptions.of("text")).importFrom(new ByteArrayInputStream(bytes), "latin1.csv"));
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
        assertEquals("latin1.csv", e.source());
    }

    @Test
    void segmentsWithoutAParticipantBecomeNoteTags() {
        CsvImportOptions o = CsvImportOptions.builder().textColumn("text").segmentColumns("area", "age").build();
        Note n = run(o, "area,age,text\nEast End,,Parks\n").conversationSet().notes().get(0);
        assertEquals(List.of("area=East End"), n.tags());
    }

    @Test
    void theStreamHandsOutNotesOneByOneWithTheirLinesAndSegments(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("notes.csv");
        Files.writeString(file, HEADER
                + "m1,c1,q1,p1,North Hills,3,One\n"
                + "m2,c1,q1,p2,Riverside,0,\n"
                + "m3,c1,q1,p3,\"Two\nlines\",0,Three\n");
        List<String> seen = new ArrayList<>();
        try (CsvNoteStream s = CsvNoteImport.of(LENIENT).open(file)) {
            assertEquals(List.of("note_id", "conversation", "question", "participant", "neighbourhood", "agrees",
                    "text"), s.header());
            while (s.hasNext()) {
                Note n = s.next();
                seen.add(n.id() + "@" + s.line() + s.segments());
            }
            assertEquals(List.of("m1@2{neighbourhood=North Hills}", "m3@4{neighbourhood=Two\nlines}"), seen);
            assertEquals(3, s.report().rowsRead());
            assertEquals(1, s.report().rowsRejected());
            assertEquals(Hashing.sha256(Files.readAllBytes(file)), s.sha256());
        }
        try (CsvNoteStream s = CsvNoteImport.of(FULL).open(file)) {
            assertEquals("m1", s.next().id());
            assertThrows(InvalidInputException.class, s::hasNext);
        }
        try (var notes = CsvNoteImport.of(LENIENT).open(file).stream()) {
            assertEquals(2, notes.count());
        }
    }

    @Test
    void problemsBeyondTheListingLimitAreCounted() {
        CsvImportOptions o = CsvImportOptions.builder().textColumn("text").lenient(true).maxProblemsListed(1).build();
        ImportReport report = run(o, "text\n \n \nok\n").report();
        assertEquals(1, report.problems().size());
        assertEquals(1, report.problemsNotListed());
        assertEquals(2, report.rowsRejected());
        assertFalse(report.clean());
    }

    @Test
    void badOptionsNameTheProperty() {
        assertEquals("ltc.import.csv.textColumn", assertThrows(InvalidOptionsException.class,
                () -> CsvImportOptions.builder().build()).option());
        assertEquals("ltc.import.csv.participantColumn", assertThrows(InvalidOptionsException.class,
                () -> CsvImportOptions.builder().textColumn("a").participantColumn("a").build()).option());
        assertEquals("ltc.import.csv.maxFieldChars", assertThrows(InvalidOptionsException.class,
                () -> CsvImportOptions.builder().textColumn("a").maxFieldChars(0).build()).option());
        assertEquals("ltc.import.csv.delimiter", assertThrows(InvalidOptionsException.class,
                () -> CsvImportOptions.builder().textColumn("a").delimiter('"').build()).option());
    }

    @Test
    void optionsRoundTripThroughProperties() {
        CsvImportOptions o = FULL.toBuilder().segmentColumns("age").delimiter(';').maxRows(9).lenient(true)
                .conversationFormat(org.ltc.model.conversation.ConversationFormat.SURVEY).setId("s1").build();
        assertEquals(o, CsvImportOptions.fromProperties(o.toProperties()));
        assertEquals("ltc.import.csv.maxRow", assertThrows(InvalidOptionsException.class,
                () -> CsvImportOptions.fromProperties(Map.of("ltc.import.csv.maxRow", "3"))).option());
        assertEquals("ltc.import.csv.maxRows", assertThrows(InvalidOptionsException.class,
                () -> CsvImportOptions.fromProperties(Map.of("ltc.import.csv.textColumn", "t",
                        "ltc.import.csv.maxRows", "many"))).option());
    }

    @Test
    void theBinderWritesAndReadsEveryOptionIncludingATabAndOlderSegmentKeys() {
        CsvImportOptions o = FULL.toBuilder().segmentColumns("age", "area").delimiter('\t').build();
        Map<String, String> p = o.toProperties();
        assertEquals("tab", p.get("ltc.import.csv.delimiter"));
        assertEquals("neighbourhood,age,area", p.get("ltc.import.csv.segmentColumns"));
        assertEquals(o, CsvImportOptions.fromProperties(p));
        // provenance written before the binder named segment columns one key each
        Map<String, String> older = new java.util.TreeMap<>(p);
        older.remove("ltc.import.csv.segmentColumns");
        older.put("ltc.import.csv.segmentColumns.2", "area");
        older.put("ltc.import.csv.segmentColumns.0", "neighbourhood");
        older.put("ltc.import.csv.segmentColumns.1", "age");
        assertEquals(o, CsvImportOptions.fromProperties(older));
        assertEquals("ltc.import.csv.textColumn", assertThrows(InvalidOptionsException.class,
                () -> CsvImportOptions.fromProperties(Map.of("ltc.import.csv.lenient", "true"))).option());
    }

    @Test
    void conversationsNamedInWordsGetIdsAndKeepTheirNamesAsTitles() {
        CsvImportOptions o = CsvImportOptions.builder().textColumn("text").conversationColumn("where").build();
        ConversationSet set = run(o, "where,text\n\"Main Branch, 3 March\",a\nc1,b\nMain Branch  3 March,c\n"
                + "\"Main Branch, 3 March\",d\nÉcole,e\n").conversationSet();
        assertEquals(List.of("Main-Branch-3-March", "c1", "Main-Branch-3-March-2", "Main-Branch-3-March",
                "cole"), set.notes().stream().map(Note::conversationId).toList());
        assertEquals("Main Branch, 3 March", set.conversations().get(0).title());
        assertNull(set.conversations().get(1).title());
        assertEquals("Main-Branch-3-March", CsvNoteStream.slug("  Main Branch, 3 March!! "));
        assertEquals("conversation", CsvNoteStream.slug("¿?"));
    }

    @Test
    void semicolonDelimitedFilesImport() {
        CsvImportOptions o = CsvImportOptions.builder().textColumn("text").delimiter(';').build();
        assertEquals("a, b", run(o, "id;text\n1;a, b\n").conversationSet().notes().get(0).text());
    }

    @Test
    void setIdsComeFromFileNames() {
        assertEquals("Main-Branch-notes", CsvNoteImport.idFromFileName("Main Branch notes.csv"));
        assertEquals("imported", CsvNoteImport.idFromFileName("___.csv"));
        assertNull(CsvImportOptions.of("t").setId());
    }
}
