package org.ltc.calibration.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ltc.calibration.internal.Csv;
import org.ltc.model.InvalidInputException;

/**
 * Reads labelled cases from CSV (UTF-8, a header row): the stage column holds stage numbers 1..K; an
 * optional group column and id column are named by the caller; every other column whose cells are all
 * numbers is a feature (an empty cell, NaN or a number too large for a double in it is an error), and any other column (text such as notes or names) is ignored. K is the largest
 * stage number seen unless given. Errors name the file, the line and the column.
 */
public final class CasesCsv {
    private CasesCsv() {
    }

    /**
     * @param stageColumn the column of expert stages
     * @param groupColumn the group column, or {@code null} (then every case is in group {@code all})
     * @param idColumn    the id column, or {@code null} (then cases are numbered by line)
     * @param stageCount  the number of stages K, or 0 to take the largest stage seen
     */
    public static CaseDataset read(Path file, String stageColumn, String groupColumn, String idColumn, int stageCount) {
        return parse(file.toString(), Csv.read(file), stageColumn, groupColumn, idColumn, stageCount);
    }

    public static CaseDataset parse(String source, String text, String stageColumn, String groupColumn, String idColumn,
                                    int stageCount) {
        return parse(source, Csv.parse(source, text), stageColumn, groupColumn, idColumn, stageCount);
    }

    private static CaseDataset parse(String source, List<Csv.Row> rows, String stageColumn, String groupColumn,
                                     String idColumn, int stageCount) {
        if (rows.isEmpty()) {
            throw new InvalidInputException(source, null, null, null, "is empty: a header row is required");
        }
        List<String> header = rows.get(0).fields().stream().map(String::trim).toList();
        int stageAt = column(source, header, stageColumn, "--stage-column");
        int groupAt = groupColumn == null ? -1 : column(source, header, groupColumn, "--group-column");
        int idAt = idColumn == null ? -1 : column(source, header, idColumn, "--id-column");
        int width = header.size();
        for (int r = 1; r < rows.size(); r++) {
            if (rows.get(r).fields().size() != width) {
                throw new InvalidInputException(source, "line " + rows.get(r).line(), null,
                        String.valueOf(rows.get(r).fields().size()), "has " + rows.get(r).fields().size()
                        + " fields; the header has " + width);
            }
        }
        if (rows.size() < 2) {
            throw new InvalidInputException(source, null, null, null, "holds no cases below its header");
        }
        List<Integer> featureCols = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            if (c == stageAt || c == groupAt || c == idAt) {
                continue;
            }
            boolean numeric = true;
            boolean any = false;
            for (int r = 1; r < rows.size() && numeric; r++) {
                String cell = rows.get(r).fields().get(c).trim();
                numeric = cell.isEmpty() || isNumber(cell);
                any |= !cell.isEmpty();
            }
            if (numeric && any) {
                featureCols.add(c);
            }
        }
        if (featureCols.isEmpty()) {
            throw new InvalidInputException(source, "line 1", null, null, "has no numeric feature columns besides " + stageColumn);
        }
        int n = rows.size() - 1;
        double[][] x = new double[n][featureCols.size()];
        int[] y = new int[n];
        List<String> ids = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        int maxStage = 0;
        for (int i = 0; i < n; i++) {
            Csv.Row row = rows.get(i + 1);
            String s = row.fields().get(stageAt).trim();
            try {
                y[i] = Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(source, "line " + row.line(), stageColumn, s, "must be a stage number 1..K");
            }
            if (y[i] < 1 || (stageCount > 0 && y[i] > stageCount)) {
                throw new InvalidInputException(source, "line " + row.line(), stageColumn, s,
                        "must be a stage number 1.." + (stageCount > 0 ? stageCount : "K"));
            }
            maxStage = Math.max(maxStage, y[i]);
            for (int j = 0; j < featureCols.size(); j++) {
                String cell = row.fields().get(featureCols.get(j)).trim();
                if (cell.isEmpty()) {
                    throw new InvalidInputException(source, "line " + row.line(), header.get(featureCols.get(j)), cell,
                            "is empty: every feature needs a value in every case");
                }
                x[i][j] = Double.parseDouble(cell);
                if (!Double.isFinite(x[i][j])) {
                    throw new InvalidInputException(source, "line " + row.line(), header.get(featureCols.get(j)), cell,
                            "is not a finite number: every feature needs a finite value in every case");
                }
            }
            String id = idAt < 0 ? "line-" + row.line() : row.fields().get(idAt).trim();
            if (id.isEmpty()) {
                throw new InvalidInputException(source, "line " + row.line(), idColumn, id, "must not be empty");
            }
            ids.add(id);
            String g = groupAt < 0 ? "all" : row.fields().get(groupAt).trim();
            if (g.isEmpty()) {
                throw new InvalidInputException(source, "line " + row.line(), groupColumn, g, "must not be empty");
            }
            groups.add(g);
        }
        int k = stageCount > 0 ? stageCount : maxStage;
        List<String> stageIds = new ArrayList<>();
        for (int s = 1; s <= k; s++) {
            stageIds.add(String.valueOf(s));
        }
        List<String> names = featureCols.stream().map(header::get).toList();
        try {
            return new CaseDataset(names, stageIds, ids, groups, x, y);
        } catch (InvalidInputException e) {
            throw e.at(source, null);
        }
    }

    private static int column(String source, List<String> header, String name, String option) {
        int at = header.indexOf(name);
        if (at < 0) {
            throw new InvalidInputException(source, "line 1", option, name, "names no column; the columns are " + header);
        }
        return at;
    }

    /**
     * Whether a cell reads as a number, finite or not: a NaN or 1e400 among numbers keeps its column a feature,
     * so that the cell is reported by line and column instead of the whole column being dropped in silence.
     */
    private static boolean isNumber(String s) {
        if (s.isEmpty()) {
            return false;
        }
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
