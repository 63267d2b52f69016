package org.ltc.calibration.agreement;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ltc.model.InvalidInputException;
import org.ltc.model.io.CsvFormat;
import org.ltc.model.io.CsvRow;
import org.ltc.model.io.CsvTable;

/**
 * Reads the agreement tables of the {@code ltc agreement} command from CSV (a header row; read by the SDK's
 * one CSV reader, {@link org.ltc.model.io.CsvReader}, so encodings and limits are those of the note import).
 *
 * <ul>
 *   <li>Ratings ({@link #readRatings}): one row per unit, one column per rater; the header names the raters;
 *       an empty cell (or {@code NA} or {@code .}) is a missing rating. A first column headed {@code unit} or
 *       {@code id} names the units instead of holding ratings. Ratings are numbers, or category labels
 *       ("yes", "no", "unclear"): a file with any cell that is not a number is read as labels, and so is every
 *       file read with a declared order of categories (then each label must be one of them).</li>
 *   <li>Counts ({@link #readCounts}): one row per unit, one column per category holding how many raters
 *       chose it (empty = 0); the header names the categories; an optional {@code unit} column as above.</li>
 * </ul>
 * Every error names the file, the line and the column.
 */
public final class AgreementCsv {
    private AgreementCsv() {
    }

    public static RatingTable readRatings(Path file) {
        return readRatings(file, CsvFormat.defaults(), List.of());
    }

    /**
     * @param order the categories from lowest to highest when the ratings are ordered labels, else empty
     *              (then a file with any cell that is not a number is read as unordered labels)
     */
    public static RatingTable readRatings(Path file, CsvFormat format, List<String> order) {
        return ratings(CsvTable.read(file, format), order);
    }

    /**
     * Reads ratings that must be numbers (for interval or ratio statistics and intraclass correlations): a
     * cell that is not a number is an error naming its line and column.
     */
    public static RatingTable readNumericRatings(Path file, CsvFormat format) {
        return ratings(CsvTable.read(file, format), null);
    }

    /** Parses ratings CSV text; {@code source} names it in errors. */
    public static RatingTable parseRatings(String source, String text) {
        return parseRatings(source, text, List.of());
    }

    /** Parses ratings CSV text with a declared order of categories (empty for none). */
    public static RatingTable parseRatings(String source, String text, List<String> order) {
        return ratings(CsvTable.parse(source, text, CsvFormat.defaults()), order);
    }

    public static CountTable readCounts(Path file) {
        return readCounts(file, CsvFormat.defaults());
    }

    public static CountTable readCounts(Path file, CsvFormat format) {
        return counts(CsvTable.read(file, format));
    }

    public static CountTable parseCounts(String source, String text) {
        return counts(CsvTable.parse(source, text, CsvFormat.defaults()));
    }

    private static boolean missing(String cell) {
        return cell.isEmpty() || cell.equalsIgnoreCase("NA") || cell.equals(".");
    }

    /** {@code order} null: numbers only; empty: numbers, or labels when any cell is not a number. */
    private static RatingTable ratings(CsvTable table, List<String> order) {
        Header h = header(table);
        List<CsvRow> rows = table.rows();
        boolean labels = order != null && !order.isEmpty();
        for (int i = 0; i < rows.size() && !labels && order != null; i++) {
            for (int c = 0; c < h.names.size() && !labels; c++) {
                String cell = rows.get(i).text(c + h.offset());
                labels = !missing(cell) && !isFiniteNumber(cell);
            }
        }
        List<String> units = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            units.add(h.unitColumn ? unitName(rows.get(i)) : String.valueOf(i + 1));
        }
        if (labels) {
            List<List<String>> cells = new ArrayList<>();
            for (CsvRow row : rows) {
                List<String> r = new ArrayList<>();
                for (int c = 0; c < h.names.size(); c++) {
                    String cell = row.text(c + h.offset());
                    if (!missing(cell) && order != null && !order.isEmpty() && !order.contains(cell)) {
                        throw row.error(c + h.offset(), cell, "is not one of the declared categories " + order);
                    }
                    r.add(missing(cell) ? null : cell);
                }
                cells.add(r);
            }
            try {
                return RatingTable.ofLabels(h.names, units, cells, order);
            } catch (InvalidInputException e) {
                throw e.at(table.source(), null);
            }
        }
        double[][] values = new double[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            CsvRow row = rows.get(i);
            double[] v = new double[h.names.size()];
            for (int c = 0; c < v.length; c++) {
                String cell = row.text(c + h.offset());
                if (missing(cell)) {
                    v[c] = Double.NaN;
                } else if (isFiniteNumber(cell)) {
                    v[c] = Double.parseDouble(cell);
                } else {
                    throw row.error(c + h.offset(), cell, "must be a number, or empty for a missing rating");
                }
            }
            values[i] = v;
        }
        return new RatingTable(h.names, units, values);
    }

    private static CountTable counts(CsvTable table) {
        Header h = header(table);
        List<CsvRow> rows = table.rows();
        int[][] counts = new int[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            CsvRow row = rows.get(i);
            int[] v = new int[h.names.size()];
            for (int c = 0; c < v.length; c++) {
                String cell = row.text(c + h.offset());
                if (cell.isEmpty()) {
                    continue;
                }
                try {
                    v[c] = Integer.parseInt(cell);
                } catch (NumberFormatException e) {
                    throw row.error(c + h.offset(), cell, "must be a whole number of raters (for one column per "
                            + "rater holding labels, read the file as ratings)");
                }
                if (v[c] < 0) {
                    throw row.error(c + h.offset(), cell, "must not be negative");
                }
            }
            counts[i] = v;
        }
        return new CountTable(h.names, counts);
    }

    /** Whether a ratings file holds any cell that is not a number or missing: then it is labels. */
    public static boolean holdsLabels(Path file, CsvFormat format) {
        CsvTable table = CsvTable.read(file, format);
        Header h = header(table);
        for (CsvRow row : table.rows()) {
            for (int c = 0; c < h.names.size(); c++) {
                String cell = row.text(c + h.offset());
                if (!missing(cell) && !isFiniteNumber(cell)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isFiniteNumber(String s) {
        try {
            return Double.isFinite(Double.parseDouble(s));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private record Header(List<String> names, boolean unitColumn) {
        int offset() {
            return unitColumn ? 1 : 0;
        }
    }

    private static Header header(CsvTable table) {
        List<String> fields = table.header();
        String first = fields.get(0).toLowerCase(Locale.ROOT);
        boolean unitColumn = first.equals("unit") || first.equals("id");
        List<String> names = unitColumn ? fields.subList(1, fields.size()) : fields;
        for (int c = 0; c < names.size(); c++) {
            if (names.get(c).isEmpty()) {
                throw table.headerError("column " + (c + 1 + (unitColumn ? 1 : 0)), "",
                        "the header must name every column");
            }
        }
        if (names.isEmpty()) {
            throw table.headerError(null, null, "names no rater or category columns");
        }
        return new Header(List.copyOf(names), unitColumn);
    }

    private static String unitName(CsvRow row) {
        String name = row.text(0);
        if (name.isEmpty()) {
            throw row.error(0, "", "must name the unit");
        }
        return name;
    }
}
