package org.ltc.calibration.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ltc.model.InvalidInputException;
import org.ltc.model.io.InputFiles;

/**
 * A small RFC 4180 CSV reader and writer: comma-separated, fields optionally in double quotes, a doubled
 * quote inside quotes is a quote, line breaks inside quotes are kept. Blank lines are skipped. Enough for
 * the research formats of this module without another dependency.
 */
public final class Csv {
    private Csv() {
    }

    /** One parsed record with the 1-based line it started on. */
    public record Row(int line, List<String> fields) {
        public Row {
            fields = List.copyOf(fields);
        }
    }

    /** Reads a whole file as UTF-8 (a leading byte-order mark is dropped). */
    public static List<Row> read(Path file) {
        return parse(file.toString(), InputFiles.readString(file));
    }

    /** Parses CSV text; {@code source} names it in errors. */
    public static List<Row> parse(String source, String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        int line = 1;
        int rowStart = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                i++;
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (field.length() > 0) {
                        throw new InvalidInputException(source, "line " + line, null, field.toString(),
                                "has a quote inside an unquoted field");
                    }
                    quoted = true;
                    fieldWasQuoted = true;
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldWasQuoted = false;
                }
                case '\r' -> {
                    // Ignored: CRLF and LF line ends read the same.
                }
                case '\n' -> {
                    fields.add(field.toString());
                    addRow(rows, rowStart, fields, fieldWasQuoted);
                    fields = new ArrayList<>();
                    field.setLength(0);
                    fieldWasQuoted = false;
                    line++;
                    rowStart = line;
                }
                default -> field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new InvalidInputException(source, "line " + rowStart, null, null, "has a quoted field that never ends");
        }
        if (field.length() > 0 || !fields.isEmpty() || fieldWasQuoted) {
            fields.add(field.toString());
            addRow(rows, rowStart, fields, fieldWasQuoted);
        }
        return rows;
    }

    private static void addRow(List<Row> rows, int line, List<String> fields, boolean quoted) {
        boolean blank = fields.size() == 1 && fields.get(0).isBlank() && !quoted;
        if (!blank) {
            rows.add(new Row(line, fields));
        }
    }

    /** A field quoted when it needs to be. */
    public static String quote(String value) {
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    /** One CSV line (without the line end). */
    public static String line(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(quote(fields.get(i)));
        }
        return sb.toString();
    }
}
