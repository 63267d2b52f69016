package org.ltc.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;

/**
 * A small spreadsheet a person edits (a review sheet, a list of capacities) read whole, strictly, with the same
 * hardened reader as the notes import: UTF-8 with or without a byte-order mark, Excel's quoting, a header row
 * whose names are matched without regard to case. Any damage is an {@link InvalidInputException} naming the
 * file, line, column and value, since a person fixes such a file by hand.
 *
 * @param source the file's name, for messages
 * @param header the header row's names, stripped
 * @param rows   the data rows, in file order
 */
public record CsvTable(String source, List<String> header, List<Row> rows) {
    /** The longest field read: a person's sheet has no reason to hold more. */
    public static final int MAX_FIELD_CHARS = 100_000;
    /** The most columns read. */
    public static final int MAX_COLUMNS = 256;

    public CsvTable {
        header = Checks.strings("header", header);
        rows = List.copyOf(rows);
    }

    /**
     * One data row.
     *
     * @param line   the physical line on which it starts (1 is the header)
     * @param fields its fields, as many as the header has (missing trailing fields are empty)
     */
    public record Row(long line, List<String> fields) {
        public Row {
            fields = List.copyOf(fields);
        }
    }

    /** Reads a comma-separated file. */
    public static CsvTable read(Path file) {
        Checks.notNull("file", file);
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file.toString(), null, null, null, "is not a readable file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), ',');
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), null, null, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads CSV from a stream (not closed here). */
    public static CsvTable read(InputStream in, String source, char delimiter) {
        InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        CsvTokenizer csv = new CsvTokenizer(reader, delimiter, MAX_FIELD_CHARS, MAX_COLUMNS);
        if (!next(csv, source)) {
            throw new InvalidInputException(source, "line 1", null, null, "is empty: a header row is required");
        }
        check(csv, source, null);
        List<String> header = new ArrayList<>();
        for (int i = 0; i < csv.count(); i++) {
            header.add(csv.field(i).strip());
        }
        List<Row> rows = new ArrayList<>();
        while (next(csv, source)) {
            check(csv, source, header);
            if (csv.count() > header.size()) {
                throw new InvalidInputException(source, "line " + csv.recordLine() + ", column " + (header.size() + 1),
                        null, csv.field(header.size()), "has more fields than the header's " + header.size());
            }
            List<String> fields = new ArrayList<>(header.size());
            for (int i = 0; i < header.size(); i++) {
                fields.add(i < csv.count() ? csv.field(i) : "");
            }
            if (fields.stream().allMatch(String::isBlank)) {
                continue; // a row a spreadsheet left with only delimiters
            }
            rows.add(new Row(csv.recordLine(), fields));
        }
        return new CsvTable(source, header, rows);
    }

    /** The index of a column, matched without regard to case. */
    public Optional<Integer> column(String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equalsIgnoreCase(name)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The index of a column the file must have; else an error naming the file, its header and the column. */
    public int requireColumn(String name) {
        return column(name).orElseThrow(() -> new InvalidInputException(source, "line 1", name, null,
                "is a required column; the header has " + header));
    }

    /** Where a row's field is, as a message location: {@code "line 4, column 5"}. */
    public static String location(Row row, int column) {
        return "line " + row.line() + ", column " + (column + 1);
    }

    /** The header names in lower case, mapped to their index (the first of duplicates wins). */
    public Map<String, Integer> index() {
        Map<String, Integer> m = new HashMap<>();
        for (int i = header.size() - 1; i >= 0; i--) {
            m.put(header.get(i).toLowerCase(Locale.ROOT), i);
        }
        return m;
    }

    /**
     * This table as CSV text a spreadsheet opens as it is: a UTF-8 byte-order mark (so Excel reads UTF-8), CRLF
     * line ends and RFC 4180 quoting of any field holding a comma, quote, line break or edge space.
     */
    public String format() {
        StringBuilder out = new StringBuilder("\uFEFF");
        appendRecord(out, header);
        rows.forEach(r -> appendRecord(out, r.fields()));
        return out.toString();
    }

    /** A table built in code (lines numbered from 2, as a file written from it would have them). */
    public static CsvTable of(String source, List<String> header, List<List<String>> rows) {
        List<Row> numbered = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            numbered.add(new Row(i + 2L, rows.get(i)));
        }
        return new CsvTable(source, header, numbered);
    }

    private static void appendRecord(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String f = fields.get(i) == null ? "" : fields.get(i);
            boolean quote = f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0
                    || (!f.isEmpty() && (Character.isWhitespace(f.charAt(0))
                    || Character.isWhitespace(f.charAt(f.length() - 1))));
            out.append(quote ? '"' + f.replace("\"", "\"\"") + '"' : f);
        }
        out.append("\r\n");
    }

    private static boolean next(CsvTokenizer csv, String source) {
        try {
            return csv.next();
        } catch (UncheckedIOException e) {
            IOException cause = e.getCause();
            throw new InvalidInputException(source, "line " + csv.line(), null, null,
                    cause instanceof CharacterCodingException ? "is not valid UTF-8 text (save it as \"CSV UTF-8\")"
                            : "cannot be read: " + cause.getMessage(), cause);
        }
    }

    private static void check(CsvTokenizer csv, String source, List<String> header) {
        if (csv.defect() == null) {
            return;
        }
        int f = csv.defectField();
        String column = header != null && f < header.size() ? header.get(f) : "column " + (f + 1);
        String problem = switch (csv.defect()) {
            case BROKEN_QUOTING -> "has broken quoting: " + csv.quotingProblem();
            case FIELD_TOO_LONG -> "is " + csv.defectLength() + " characters long, more than " + MAX_FIELD_CHARS;
            case TOO_MANY_FIELDS -> "has more than " + MAX_COLUMNS + " fields";
        };
        throw new InvalidInputException(source, "line " + csv.recordLine() + ", column " + (f + 1), column,
                csv.defectValue(), problem);
    }
}
