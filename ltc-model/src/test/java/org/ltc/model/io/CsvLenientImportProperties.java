package org.ltc.model.io;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ltc.model.InvalidInputException;
import org.ltc.model.conversation.Note;

/**
 * Lenient import keeps exactly the good rows and reports each bad row once, whatever the mix; strict import
 * fails on the first bad row and names its line.
 */
class CsvLenientImportProperties {
    /** How a generated row is broken, if at all. */
    enum Kind { GOOD, GOOD_MULTILINE, EMPTY_TEXT, UNCLOSED_QUOTE, BAD_CLOSING_QUOTE, MISSING_COLUMN, BAD_COUNT,
        TOO_LONG, BAD_PARTICIPANT }

    record Row(Kind kind, String text) {
    }

    private static final CsvImportOptions OPTIONS = CsvImportOptions.builder()
            .textColumn("text").noteIdColumn("id").participantColumn("who").agreesColumn("agrees")
            .maxFieldChars(500).lenient(true).build();

    @Provide
    Arbitrary<List<Row>> rows() {
        return row().list().ofMaxSize(40);
    }

    private Arbitrary<Row> row() {
        Arbitrary<Kind> kinds = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(6, Kind.GOOD), net.jqwik.api.Tuple.of(1, Kind.GOOD_MULTILINE),
                net.jqwik.api.Tuple.of(1, Kind.EMPTY_TEXT), net.jqwik.api.Tuple.of(1, Kind.UNCLOSED_QUOTE),
                net.jqwik.api.Tuple.of(1, Kind.BAD_CLOSING_QUOTE), net.jqwik.api.Tuple.of(1, Kind.MISSING_COLUMN),
                net.jqwik.api.Tuple.of(1, Kind.BAD_COUNT), net.jqwik.api.Tuple.of(1, Kind.TOO_LONG),
                net.jqwik.api.Tuple.of(1, Kind.BAD_PARTICIPANT));
        // Texts with delimiters and escaped quotes, but never starting with a quote (that would be ambiguous).
        Arbitrary<String> texts = Arbitraries.strings().withChars("abc xyz,;\"é").ofMinLength(0).ofMaxLength(30)
                .map(s -> "t" + s);
        return Combinators.combine(kinds, texts).as(Row::new);
    }

    private static String render(List<Row> rows, List<Long> startLines) {
        StringBuilder sb = new StringBuilder("id,who,agrees,text\n");
        long line = 2;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            String q = "\"" + r.text().replace("\"", "\"\"") + "\"";
            String id = "r" + i;
            String row = switch (r.kind()) {
                case GOOD -> id + ",p" + (i % 7) + "," + (i % 4) + "," + q;
                case GOOD_MULTILINE -> id + ",p1,0,\"" + r.text().replace("\"", "\"\"") + "\nsecond line\"";
                case EMPTY_TEXT -> id + ",p1,0,\"  \"";
                case UNCLOSED_QUOTE -> id + ",p1,0,\"" + r.text().replace("\"", "");
                case BAD_CLOSING_QUOTE -> id + ",p1,0,\"abc\"def";
                case MISSING_COLUMN -> id + ",p1," + q;
                case BAD_COUNT -> id + ",p1,lots," + q;
                case TOO_LONG -> id + ",p1,0," + "x".repeat(501);
                case BAD_PARTICIPANT -> id + ",someone@example.org,0," + q;
            };
            startLines.add(line);
            sb.append(row).append('\n');
            line += row.chars().filter(c -> c == '\n').count() + 1;
        }
        return sb.toString();
    }

    private static boolean good(Kind k) {
        return k == Kind.GOOD || k == Kind.GOOD_MULTILINE;
    }

    @Property(tries = 300)
    boolean lenientKeepsExactlyTheGoodRowsAndReportsEachBadRowOnce(@ForAll("rows") List<Row> rows) {
        List<Long> lines = new ArrayList<>();
        String csv = render(rows, lines);
        ImportResult r = CsvNoteImport.of(OPTIONS).importFrom(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "mix.csv");
        List<String> expectedIds = new ArrayList<>();
        List<Long> expectedBadLines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (good(rows.get(i).kind())) {
                expectedIds.add("r" + i);
            } else {
                expectedBadLines.add(lines.get(i));
            }
        }
        List<String> ids = r.conversationSet().notes().stream().map(Note::id).toList();
        List<Long> badLines = r.report().problems().stream().map(ImportProblem::line).toList();
        Set<Long> unique = new HashSet<>(badLines);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).kind() == Kind.GOOD) {
                Note n = r.conversationSet().notes().get(expectedIds.indexOf("r" + i));
                if (!n.text().equals(rows.get(i).text().strip())) { // text is stripped of edge spaces
                    return false;
                }
            }
        }
        return ids.equals(expectedIds) && badLines.equals(expectedBadLines) && unique.size() == badLines.size()
                && r.report().rowsRead() == rows.size()
                && r.report().rowsRejected() == expectedBadLines.size();
    }

    @Property(tries = 200)
    boolean strictFailsOnTheFirstBadRowNamingItsLine(@ForAll("rows") List<Row> rows) {
        List<Long> lines = new ArrayList<>();
        String csv = render(rows, lines);
        Long firstBad = null;
        for (int i = 0; i < rows.size() && firstBad == null; i++) {
            if (!good(rows.get(i).kind())) {
                firstBad = lines.get(i);
            }
        }
        try {
            ImportResult r = CsvNoteImport.of(OPTIONS.toBuilder().lenient(false).build()).importFrom(
                    new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "mix.csv");
            return firstBad == null && r.conversationSet().notes().size() == rows.size();
        } catch (InvalidInputException e) {
            return firstBad != null && ("line " + firstBad).equals(e.location()) && "mix.csv".equals(e.source())
                    && e.field() != null;
        }
    }
}
