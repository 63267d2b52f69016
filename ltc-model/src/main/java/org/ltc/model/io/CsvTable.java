package org.ltc.model.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ltc.model.InvalidInputException;

/**
 * A small CSV file read whole through {@link CsvReader}: its header and its data rows, every row intact (the
 * first damaged row throws, naming the file, line and column). For the research formats (ratings, labelled
 * cases, evaluation input) that a computation needs in memory at once; notes are streamed instead.
 *
 * <p>Immutable and thread-safe.
 */
public final class CsvTable {
    private final String source;
    private final List<String> header;
    private final long headerLine;
    private final List<CsvRow> rows;
    private final CsvReader columns;

    private CsvTable(CsvReader reader) {
        this.source = reader.source();
        this.header = reader.header();
        this.headerLine = reader.headerLine();
        List<CsvRow> all = new ArrayList<>();
        for (CsvRow row = reader.next(); row != null; row = reader.next()) {
            all.add(row.requireIntact());
        }
        this.rows = List.copyOf(all);
        this.columns = reader;
    }

    /**
     * Reads a whole file.
     *
     * @throws InvalidInputException on the first damaged row, or a file that is missing, empty or unreadable
     */
    public static CsvTable read(Path file, CsvFormat format) {
        try (CsvReader reader = CsvReader.open(file, format)) {
            return new CsvTable(reader);
        }
    }

    /** Reads CSV text; {@code source} names it in messages. */
    public static CsvTable parse(String source, String text, CsvFormat format) {
        try (CsvReader reader = CsvReader.parse(source, text, format)) {
            return new CsvTable(reader);
        }
    }

    public String source() {
        return source;
    }

    /** The header row's names, stripped of surrounding white space. */
    public List<String> header() {
        return header;
    }

    /** The physical line of the header row. */
    public long headerLine() {
        return headerLine;
    }

    /** The data rows in file order. */
    public List<CsvRow> rows() {
        return rows;
    }

    /** The index of the column headed {@code name}, or -1; an error when two columns have that name. */
    public int column(String name) {
        return columns.column(name);
    }

    /** The index of the column headed {@code name}, or an error naming {@code what} and the columns there are. */
    public int requireColumn(String name, String what) {
        return columns.requireColumn(name, what);
    }

    /** An error about the header row. */
    public InvalidInputException headerError(String field, String value, String problem) {
        return new InvalidInputException(source, "line " + headerLine, field, value, problem);
    }
}
