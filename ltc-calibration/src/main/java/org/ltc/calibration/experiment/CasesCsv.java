package org.ltc.calibration.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ltc.model.InvalidInputException;
import org.ltc.model.io.CsvFormat;
import org.ltc.model.io.CsvRow;
import org.ltc.model.io.CsvTable;

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
        return read(file, CsvFormat.defaults(), stageColumn, groupColumn, idColumn, stageCount);
    }

    /** Reads a file in a given encoding and with given limits. */
    public static CaseDataset read(Path file, CsvFormat format, String stageColumn, String groupColumn,
                                   String idColumn, int stageCount) {
        return parse(CsvTable.read(file, format), stageColumn, groupColumn, idColumn, stageCount);
    }

    public static CaseDataset parse(String source, String text, String stageColumn, String groupColumn, String idColumn,
                                    int stageCount) {
        return parse(CsvTable.parse(source, text, CsvFormat.defaults()), stageColumn, groupColumn, idColumn,
                stageCount);
    }

    private static CaseDataset parse(CsvTable table, String stageColumn, String groupColumn, String idColumn,
                                     int stageCount) {
        String source = table.source();
        List<String> header = table.header();
        int stageAt = table.requireColumn(stageColumn, "--stage-column");
        int groupAt = groupColumn == null ? -1 : table.requireColumn(groupColumn, "--group-column");
        int idAt = idColumn == null ? -1 : table.requireColumn(idColumn, "--id-column");
        int width = header.size();
        List<CsvRow> rows = table.rows();
        if (rows.isEmpty()) {
            throw new InvalidInputException(source, null, null, null, "holds no cases below its header");
        }
        List<Integer> featureCols = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            if (c == stageAt || c == groupAt || c == idAt) {
                continue;
            }
            boolean numeric = true;
            boolean any = false;
            for (int r = 0; r < rows.size() && numeric; r++) {
                String cell = rows.get(r).text(c);
                numeric = cell.isEmpty() || isNumber(cell);
                any |= !cell.isEmpty();
            }
            if (numeric && any) {
                featureCols.add(c);
            }
        }
        if (featureCols.isEmpty()) {
            throw table.headerError(null, null, "has no numeric feature columns besides " + stageColumn);
        }
        int n = rows.size();
        double[][] x = new double[n][featureCols.size()];
        int[] y = new int[n];
        List<String> ids = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        int maxStage = 0;
        for (int i = 0; i < n; i++) {
            CsvRow row = rows.get(i);
            String s = row.text(stageAt);
            try {
                y[i] = Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw row.error(stageAt, s, "must be a stage number 1..K");
            }
            if (y[i] < 1 || (stageCount > 0 && y[i] > stageCount)) {
                throw row.error(stageAt, s, "must be a stage number 1.." + (stageCount > 0 ? stageCount : "K"));
            }
            maxStage = Math.max(maxStage, y[i]);
            for (int j = 0; j < featureCols.size(); j++) {
                int c = featureCols.get(j);
                if (row.isBlank(c)) {
                    throw row.error(c, row.get(c), "is empty: every feature needs a value in every case");
                }
                x[i][j] = row.number(c);
            }
            String id = idAt < 0 ? "line-" + row.line() : row.text(idAt);
            if (id.isEmpty()) {
                throw row.error(idAt, id, "must not be empty");
            }
            ids.add(id);
            String g = groupAt < 0 ? "all" : row.text(groupAt);
            if (g.isEmpty()) {
                throw row.error(groupAt, g, "must not be empty");
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

    /**
     * Whether a cell is a number. NaN and infinities count as numbers here, so a column of numbers with one
     * such cell stays a feature and its cell is refused by name instead of the whole column silently dropped.
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
