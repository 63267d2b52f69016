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
 * numbers is a feature (an empty cell, NaN or a number too large for a double in it is an error; a column equal to
 * the stage in every case is a copy of the label, not a feature), and any other column (text such as notes or
 * names) is ignored. K is the largest stage number seen unless given; read on a framework's stages, the stage
 * column may hold its stage ids instead. Errors name the file, the line and the column.
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
        return parse(CsvTable.read(file, format), stageColumn, groupColumn, idColumn, stageCount, List.of());
    }

    /**
     * Cases labelled on a framework's stages: the stage column holds a stage number 1..K or one of
     * {@code stageIds} (the framework's stage ids in order), and the dataset carries those ids.
     */
    public static CaseDataset read(Path file, String stageColumn, String groupColumn, String idColumn,
                                   List<String> stageIds) {
        List<String> ids = List.copyOf(stageIds);
        return parse(CsvTable.read(file, CsvFormat.defaults()), stageColumn, groupColumn, idColumn, ids.size(), ids);
    }

    /**
     * Cases to calibrate: each row's id (the id column's value; with {@code idColumn} null, the column {@code id}
     * when there is one, else {@code line-N}), its numeric features, read as {@link #read} reads them, and its
     * value in {@code stageColumn} when the file has that column (a known stage to compare with, never a
     * feature). Errors name the file, the line and the column.
     */
    public static List<UnlabelledCase> readUnlabelled(Path file, String idColumn, String stageColumn) {
        CsvTable table = CsvTable.read(file, CsvFormat.defaults());
        List<String> header = table.header();
        int idAt = idColumn != null ? table.requireColumn(idColumn, "--id-column") : header.indexOf("id");
        int stageAt = stageColumn == null ? -1 : header.indexOf(stageColumn);
        List<CsvRow> rows = table.rows();
        if (rows.isEmpty()) {
            throw new InvalidInputException(table.source(), null, null, null, "holds no cases below its header");
        }
        List<Integer> featureCols = numericColumns(rows, header.size(), List.of(idAt, stageAt));
        List<UnlabelledCase> out = new ArrayList<>();
        for (CsvRow row : rows) {
            java.util.Map<String, Double> features = new java.util.TreeMap<>();
            for (int c : featureCols) {
                if (!row.isBlank(c)) {
                    features.put(header.get(c), row.number(c));
                }
            }
            String id = idAt < 0 ? "line-" + row.line() : row.text(idAt);
            if (id.isEmpty()) {
                throw row.error(idAt, id, "must not be empty");
            }
            String stage = stageAt < 0 ? null : row.text(stageAt);
            out.add(new UnlabelledCase(id, row.line(), features, stage == null || stage.isEmpty() ? null : stage));
        }
        return List.copyOf(out);
    }

    /**
     * One case to calibrate.
     *
     * @param id       its id
     * @param line     the line it starts on in its file
     * @param features its numeric features by column name (an empty cell is absent)
     * @param stage    its known stage as written (a number or a stage id), or {@code null}
     */
    public record UnlabelledCase(String id, long line, java.util.Map<String, Double> features, String stage) {
        public UnlabelledCase {
            org.ltc.model.Checks.notBlank("id", id);
            features = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(features));
        }
    }

    public static CaseDataset parse(String source, String text, String stageColumn, String groupColumn, String idColumn,
                                    int stageCount) {
        return parse(CsvTable.parse(source, text, CsvFormat.defaults()), stageColumn, groupColumn, idColumn,
                stageCount, List.of());
    }

    private static CaseDataset parse(CsvTable table, String stageColumn, String groupColumn, String idColumn,
                                     int stageCount, List<String> stageIds) {
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
        List<Integer> featureCols = numericColumns(rows, width, List.of(stageAt, groupAt, idAt));
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
            if (stageIds.contains(s)) {
                y[i] = stageIds.indexOf(s) + 1;
            } else {
                try {
                    y[i] = Integer.parseInt(s);
                } catch (NumberFormatException e) {
                    throw row.error(stageAt, s, stageIds.isEmpty() ? "must be a stage number 1..K"
                            : "must be a stage number 1.." + stageIds.size() + " or a stage id " + stageIds);
                }
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
        List<String> labels = new ArrayList<>(stageIds);
        for (int s = labels.size() + 1; s <= k; s++) {
            labels.add(String.valueOf(s));
        }
        // A numeric column equal to the stage in every case is the label written again (ltc simulate writes the
        // stage as a number and as an id): as a feature it would leak the answer into training.
        List<Integer> keep = new ArrayList<>();
        for (int j = 0; j < featureCols.size(); j++) {
            boolean copy = true;
            for (int i = 0; i < n && copy; i++) {
                copy = x[i][j] == y[i];
            }
            if (!copy) {
                keep.add(j);
            }
        }
        if (keep.isEmpty()) {
            throw table.headerError(null, null, "has no numeric feature columns besides " + stageColumn
                    + " and copies of it");
        }
        double[][] kept = new double[n][keep.size()];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < keep.size(); j++) {
                kept[i][j] = x[i][keep.get(j)];
            }
        }
        List<String> names = keep.stream().map(j -> header.get(featureCols.get(j))).toList();
        try {
            return new CaseDataset(names, labels, ids, groups, kept, y);
        } catch (InvalidInputException e) {
            throw e.at(source, null);
        }
    }

    /**
     * Whether a cell is a number. NaN and infinities count as numbers here, so a column of numbers with one
     * such cell stays a feature and its cell is refused by name instead of the whole column silently dropped.
     */
    /** The columns (other than {@code skip}) whose every non-blank cell is a number, and that have one. */
    private static List<Integer> numericColumns(List<CsvRow> rows, int width, List<Integer> skip) {
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            if (skip.contains(c)) {
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
                out.add(c);
            }
        }
        return out;
    }

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
