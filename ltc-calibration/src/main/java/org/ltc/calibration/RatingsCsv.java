package org.ltc.calibration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ltc.calibration.internal.Csv;
import org.ltc.model.InvalidInputException;
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
        return parse(file.toString(), Csv.read(file));
    }

    /** Parses CSV text; {@code source} names it in errors. */
    public static List<IndicatorRating> parse(String source, String text) {
        return parse(source, Csv.parse(source, text));
    }

    private static List<IndicatorRating> parse(String source, List<Csv.Row> rows) {
        if (rows.isEmpty()) {
            throw new InvalidInputException(source, null, null, null, "is empty: a header row is required");
        }
        List<String> header = rows.get(0).fields().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        for (int c = 0; c < header.size(); c++) {
            if (!KNOWN.contains(header.get(c))) {
                throw new InvalidInputException(source, "line " + rows.get(0).line(), "column " + (c + 1),
                        header.get(c), "is not a ratings column; known: " + KNOWN);
            }
        }
        int dim = header.indexOf("dimension");
        int score = header.indexOf("score");
        if (dim < 0 || score < 0) {
            throw new InvalidInputException(source, "line " + rows.get(0).line(), dim < 0 ? "dimension" : "score", null,
                    "column is missing from the header");
        }
        int rater = header.indexOf("rater");
        int interview = header.indexOf("interview");
        int evidence = header.indexOf("evidence");
        List<IndicatorRating> ratings = new ArrayList<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            String where = "line " + row.line();
            if (row.fields().size() != header.size()) {
                throw new InvalidInputException(source, where, null, String.join(",", row.fields()),
                        "has " + row.fields().size() + " fields where the header has " + header.size());
            }
            String scoreText = row.fields().get(score).trim();
            double value;
            try {
                value = Double.parseDouble(scoreText);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(source, where, "score", scoreText, "must be a number");
            }
            try {
                ratings.add(new IndicatorRating(row.fields().get(dim).trim(), value, blankToNull(row, rater),
                        blankToNull(row, interview), evidence < 0 || row.fields().get(evidence).isBlank() ? List.of()
                        : Arrays.stream(row.fields().get(evidence).trim().split("[;\\s]+")).toList()));
            } catch (InvalidInputException e) {
                throw e.at(source, where);
            }
        }
        return ratings;
    }

    private static String blankToNull(Csv.Row row, int column) {
        return column < 0 || row.fields().get(column).isBlank() ? null : row.fields().get(column).trim();
    }
}
