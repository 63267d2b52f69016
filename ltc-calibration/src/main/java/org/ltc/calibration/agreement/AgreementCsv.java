package org.ltc.calibration.agreement;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ltc.calibration.internal.Csv;
import org.ltc.model.InvalidInputException;

/**
 * Reads the agreement tables of the {@code ltc agreement} command from CSV (UTF-8, a header row).
 *
 * <ul>
 *   <li>Ratings ({@link #readRatings}): one row per unit, one column per rater; the header names the raters;
 *       an empty cell (or {@code NA} or {@code .}) is a missing rating. A first column headed {@code unit} or
 *       {@code id} names the units instead of holding ratings.</li>
 *   <li>Counts ({@link #readCounts}): one row per unit, one column per category holding how many raters
 *       chose it (empty = 0); the header names the categories; an optional {@code unit} column as above.</li>
 * </ul>
 * Every error names the file, the line and the column.
 */
public final class AgreementCsv {
    private AgreementCsv() {
    }

    public static RatingTable readRatings(Path file) {
        return ratings(file.toString(), Csv.read(file));
    }

    /** Parses ratings CSV text; {@code source} names it in errors. */
    public static RatingTable parseRatings(String source, String text) {
        return ratings(source, Csv.parse(source, text));
    }

    public static CountTable readCounts(Path file) {
        return counts(file.toString(), Csv.read(file));
    }

    public static CountTable parseCounts(String source, String text) {
        return counts(source, Csv.parse(source, text));
    }

    private static RatingTable ratings(String source, List<Csv.Row> rows) {
        Header h = header(source, rows);
        List<String> units = new ArrayList<>();
        double[][] values = new double[rows.size() - 1][];
        for (int i = 1; i < rows.size(); i++) {
            Csv.Row row = rows.get(i);
            checkWidth(source, row, h.width);
            units.add(h.unitColumn ? unitName(source, row) : String.valueOf(i));
            double[] v = new double[h.names.size()];
            for (int c = 0; c < v.length; c++) {
                String cell = row.fields().get(c + h.offset()).trim();
                if (cell.isEmpty() || cell.equalsIgnoreCase("NA") || cell.equals(".")) {
                    v[c] = Double.NaN;
                } else {
                    try {
                        v[c] = Double.parseDouble(cell);
                    } catch (NumberFormatException e) {
                        throw new InvalidInputException(source, "line " + row.line(), h.names.get(c), cell,
                                "must be a number, or empty for a missing rating");
                    }
                    if (!Double.isFinite(v[c])) {
                        throw new InvalidInputException(source, "line " + row.line(), h.names.get(c), cell, "must be finite");
                    }
                }
            }
            values[i - 1] = v;
        }
        return new RatingTable(h.names, units, values);
    }

    private static CountTable counts(String source, List<Csv.Row> rows) {
        Header h = header(source, rows);
        int[][] counts = new int[rows.size() - 1][];
        for (int i = 1; i < rows.size(); i++) {
            Csv.Row row = rows.get(i);
            checkWidth(source, row, h.width);
            int[] v = new int[h.names.size()];
            for (int c = 0; c < v.length; c++) {
                String cell = row.fields().get(c + h.offset()).trim();
                if (cell.isEmpty()) {
                    continue;
                }
                try {
                    v[c] = Integer.parseInt(cell);
                } catch (NumberFormatException e) {
                    throw new InvalidInputException(source, "line " + row.line(), h.names.get(c), cell,
                            "must be a whole number of raters");
                }
                if (v[c] < 0) {
                    throw new InvalidInputException(source, "line " + row.line(), h.names.get(c), cell, "must not be negative");
                }
            }
            counts[i - 1] = v;
        }
        return new CountTable(h.names, counts);
    }

    private record Header(List<String> names, boolean unitColumn, int width) {
        int offset() {
            return unitColumn ? 1 : 0;
        }
    }

    private static Header header(String source, List<Csv.Row> rows) {
        if (rows.isEmpty()) {
            throw new InvalidInputException(source, null, null, null, "is empty: a header row naming the columns is required");
        }
        List<String> fields = rows.get(0).fields().stream().map(String::trim).toList();
        String first = fields.get(0).toLowerCase(Locale.ROOT);
        boolean unitColumn = first.equals("unit") || first.equals("id");
        List<String> names = unitColumn ? fields.subList(1, fields.size()) : fields;
        for (int c = 0; c < names.size(); c++) {
            if (names.get(c).isEmpty()) {
                throw new InvalidInputException(source, "line " + rows.get(0).line(), "column " + (c + 1 + (unitColumn ? 1 : 0)),
                        "", "the header must name every column");
            }
        }
        if (names.isEmpty()) {
            throw new InvalidInputException(source, "line 1", null, null, "names no rater or category columns");
        }
        return new Header(List.copyOf(names), unitColumn, fields.size());
    }

    private static void checkWidth(String source, Csv.Row row, int width) {
        if (row.fields().size() != width) {
            throw new InvalidInputException(source, "line " + row.line(), null, String.valueOf(row.fields().size()),
                    "has " + row.fields().size() + " fields; the header has " + width);
        }
    }

    private static String unitName(String source, Csv.Row row) {
        String name = row.fields().get(0).trim();
        if (name.isEmpty()) {
            throw new InvalidInputException(source, "line " + row.line(), "unit", "", "must name the unit");
        }
        return name;
    }
}
