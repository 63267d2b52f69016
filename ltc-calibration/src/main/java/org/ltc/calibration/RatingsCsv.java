package org.ltc.calibration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ltc.model.InvalidInputException;
import org.ltc.model.io.CsvFormat;
import org.ltc.model.io.CsvRow;
import org.ltc.model.io.CsvTable;
import org.ltc.model.stage.IndicatorRating;

/**
 * Reads indicator ratings from a CSV file, the form scorers keep them in: a header row naming the columns
 * {@code dimension} and {@code score} (required), and {@code rater}, {@code interview} and {@code evidence}
 * (optional; evidence ids separated by {@code ;} or spaces), in any order. For example:
 *
 * <pre>
 * interview,rater,dimension,score,evidence
 * i1,scorer-a,leadership,4,transcript-i1
 * i1,consensus,leadership,4.5,transcript-i1
 * </pre>
 *
 * <p>Every bad value fails with the file, the line, the column and the value. Stateless and thread-safe.
 */
public final class RatingsCsv {
    private static final List<String> KNOWN = List.of("dimension", "score", "rater", "interview", "evidence");

    private RatingsCsv() {
    }

    public static List<IndicatorRating> read(Path file) {
        return read(file, CsvFormat.defaults());
    }

    /** Reads a file in a given encoding and with given limits. */
    public static List<IndicatorRating> read(Path file, CsvFormat format) {
        return parse(CsvTable.read(file, format));
    }

    /** Parses CSV text; {@code source} names it in errors. */
    public static List<IndicatorRating> parse(String source, String text) {
        return parse(CsvTable.parse(source, text, CsvFormat.defaults()));
    }

    private static List<IndicatorRating> parse(CsvTable table) {
        List<String> header = table.header().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        for (int c = 0; c < header.size(); c++) {
            if (!KNOWN.contains(header.get(c))) {
                throw table.headerError("column " + (c + 1), header.get(c), "is not a ratings column; known: " + KNOWN);
            }
            if (header.indexOf(header.get(c)) != c) {
                throw table.headerError("column " + (c + 1), header.get(c), "repeats a column of the header");
            }
        }
        int dim = header.indexOf("dimension");
        int score = header.indexOf("score");
        if (dim < 0 || score < 0) {
            throw table.headerError(dim < 0 ? "dimension" : "score", null, "column is missing from the header");
        }
        int rater = header.indexOf("rater");
        int interview = header.indexOf("interview");
        int evidence = header.indexOf("evidence");
        List<IndicatorRating> ratings = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            double value = row.number(score);
            try {
                ratings.add(new IndicatorRating(row.text(dim), value, blankToNull(row, rater),
                        blankToNull(row, interview), evidence < 0 || row.isBlank(evidence) ? List.of()
                        : Arrays.stream(row.text(evidence).split("[;\\s]+")).toList()));
            } catch (InvalidInputException e) {
                throw e.at(table.source(), "line " + row.line());
            }
        }
        return ratings;
    }

    private static String blankToNull(CsvRow row, int column) {
        return column < 0 || row.isBlank(column) ? null : row.text(column);
    }
}
