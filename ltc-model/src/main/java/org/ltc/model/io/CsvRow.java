package org.ltc.model.io;

import java.util.List;
import org.ltc.model.InvalidInputException;

/**
 * One data row of a CSV file as {@link CsvReader} read it: its fields, the physical line it starts on, and,
 * when the row is damaged (broken quoting, a field over the limit, too many or too few fields, bytes that are
 * not text in the file's encoding), what is wrong with it. Typed access fails with an
 * {@link InvalidInputException} naming the file, the line, the column and the value.
 *
 * <p>Immutable and thread-safe.
 */
public final class CsvRow {
    private final String source;
    private final long line;
    private final List<String> header;
    private final List<String> fields;
    private final ImportProblem defect;

    CsvRow(String source, long line, List<String> header, List<String> fields, ImportProblem defect) {
        this.source = source;
        this.line = line;
        this.header = header;
        this.fields = List.copyOf(fields);
        this.defect = defect;
    }

    /** The file (or other source) the row is from. */
    public String source() {
        return source;
    }

    /** The physical line (1-based) the row starts on. */
    public long line() {
        return line;
    }

    /** The fields as read (a damaged row may have fewer than the header). */
    public List<String> fields() {
        return fields;
    }

    public int size() {
        return fields.size();
    }

    /** The field in column {@code column} (0-based) as written, or {@code ""} beyond the row's end. */
    public String get(int column) {
        return column < fields.size() ? fields.get(column) : "";
    }

    /** The field in column {@code column} without surrounding white space. */
    public String text(int column) {
        return get(column).strip();
    }

    /** Whether the field is empty or white space. */
    public boolean isBlank(int column) {
        return text(column).isEmpty();
    }

    /** The stripped field, or an error when it is blank. */
    public String required(int column) {
        String v = text(column);
        if (v.isEmpty()) {
            throw error(column, get(column), "must not be blank");
        }
        return v;
    }

    /** The field as a finite number, or an error naming the cell. */
    public double number(int column) {
        String v = text(column);
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw error(column, v, v.isEmpty() ? "must be a number (it is empty)" : "must be a number");
        }
        if (!Double.isFinite(d)) {
            throw error(column, v, "must be a finite number");
        }
        return d;
    }

    /** The field as a whole number in {@code min..max}, or an error naming the cell. */
    public long wholeNumber(int column, long min, long max) {
        String v = text(column);
        long n;
        try {
            n = Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw error(column, v, "must be a whole number");
        }
        if (n < min || n > max) {
            throw error(column, v, max == Long.MAX_VALUE ? "must be " + min + " or more"
                    : "must be a whole number from " + min + " to " + max);
        }
        return n;
    }

    /** The name of column {@code column}: its header, or {@code column N} beyond the header. */
    public String columnName(int column) {
        return column >= 0 && column < header.size() ? header.get(column) : "column " + (column + 1);
    }

    /** An error about the cell in {@code column}, located at this row. */
    public InvalidInputException error(int column, String value, String problem) {
        return new InvalidInputException(source, "line " + line, columnName(column), value, problem);
    }

    /** An error about the whole row, located at this row. */
    public InvalidInputException error(String problem) {
        return new InvalidInputException(source, "line " + line, null, null, problem);
    }

    /** What is wrong with the row as a whole, or {@code null} when it was read intact. */
    public ImportProblem defect() {
        return defect;
    }

    /** This row, or the exception of its {@link #defect()}. */
    public CsvRow requireIntact() {
        if (defect != null) {
            throw defect.toException();
        }
        return this;
    }
}
