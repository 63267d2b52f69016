package org.ltc.calibration.experiment;

import java.util.ArrayList;
import java.util.List;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;
import org.ltc.model.provenance.Hashing;
import org.ltc.model.io.CsvFormat;

/**
 * Labelled cases for experiments: for each case an id, numeric features, the expert's stage (1..K) and a
 * group (such as a region) for leave-one-group-out validation. Immutable; arrays are copied in and never
 * handed out.
 */
public final class CaseDataset {
    private final List<String> featureNames;
    private final List<String> stageIds;
    private final List<String> ids;
    private final List<String> groups;
    private final double[][] features;
    private final int[] stages;

    /**
     * @param featureNames the p feature names
     * @param stageIds     the K stage ids in order (stage number i is {@code stageIds.get(i - 1)})
     * @param ids          one id per case
     * @param groups       one group per case ({@code "all"} when there are none)
     * @param features     n rows of p finite values
     * @param stages       n stage numbers 1..K
     */
    public CaseDataset(List<String> featureNames, List<String> stageIds, List<String> ids, List<String> groups,
                       double[][] features, int[] stages) {
        this.featureNames = Checks.strings("featureNames", featureNames);
        this.stageIds = Checks.strings("stageIds", stageIds);
        if (this.stageIds.size() < 2) {
            throw InvalidInputException.field("stageIds", this.stageIds.size(), "an experiment needs at least two stages");
        }
        int n = Checks.notNull("features", features).length;
        this.ids = Checks.strings("ids", ids);
        this.groups = Checks.strings("groups", groups);
        if (this.ids.size() != n || this.groups.size() != n || Checks.notNull("stages", stages).length != n) {
            throw InvalidInputException.field("cases", n, "ids, groups, features and stages must all hold one entry per case");
        }
        Checks.uniqueIds("ids", this.ids, s -> s);
        int p = this.featureNames.size();
        this.features = new double[n][];
        this.stages = stages.clone();
        for (int i = 0; i < n; i++) {
            if (features[i].length != p) {
                throw InvalidInputException.field("features[" + i + "]", features[i].length, "must hold " + p + " values");
            }
            for (int j = 0; j < p; j++) {
                if (!Double.isFinite(features[i][j])) {
                    throw InvalidInputException.field(this.featureNames.get(j), features[i][j],
                            "of case " + this.ids.get(i) + " must be a finite number");
                }
            }
            if (stages[i] < 1 || stages[i] > this.stageIds.size()) {
                throw InvalidInputException.field("stage", stages[i],
                        "of case " + this.ids.get(i) + " must be a stage number 1.." + this.stageIds.size());
            }
            this.features[i] = features[i].clone();
        }
    }

    public int size() {
        return stages.length;
    }

    public List<String> featureNames() {
        return featureNames;
    }

    public List<String> stageIds() {
        return stageIds;
    }

    public int stageCount() {
        return stageIds.size();
    }

    public List<String> ids() {
        return ids;
    }

    public List<String> groups() {
        return groups;
    }

    /** Case {@code i}'s stage number, 1..K. */
    public int stage(int i) {
        return stages[i];
    }

    /** A copy of case {@code i}'s features. */
    public double[] features(int i) {
        return features[i].clone();
    }

    public double feature(int i, int j) {
        return features[i][j];
    }

    /** A copy of every stage number. */
    public int[] stages() {
        return stages.clone();
    }

    /**
     * The same cases with the stages named by other ids (e.g. a framework's, in stage order): stage number i
     * becomes {@code newStageIds.get(i - 1)}.
     */
    public CaseDataset withStageIds(List<String> newStageIds) {
        if (Checks.strings("stageIds", newStageIds).size() != stageIds.size()) {
            throw InvalidInputException.field("stageIds", newStageIds, "must name " + stageIds.size() + " stages");
        }
        return new CaseDataset(featureNames, newStageIds, ids, groups, features, stages);
    }

    /** The cases at the given indexes, in that order. */
    public CaseDataset subset(int[] indexes) {
        double[][] x = new double[indexes.length][];
        int[] y = new int[indexes.length];
        List<String> id = new ArrayList<>();
        List<String> g = new ArrayList<>();
        for (int k = 0; k < indexes.length; k++) {
            x[k] = features[indexes[k]];
            y[k] = stages[indexes[k]];
            id.add(ids.get(indexes[k]));
            g.add(groups.get(indexes[k]));
        }
        return new CaseDataset(featureNames, stageIds, id, g, x, y);
    }

    /** The feature rows at the given indexes (copies), for learners. */
    public double[][] featureRows(int[] indexes) {
        double[][] x = new double[indexes.length][];
        for (int k = 0; k < indexes.length; k++) {
            x[k] = features[indexes[k]].clone();
        }
        return x;
    }

    /** The dataset as CSV (id, group, stage, then the features), the canonical form that is hashed. */
    public String toCsv() {
        StringBuilder sb = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("id", "group", "stage"));
        header.addAll(featureNames);
        sb.append(CsvFormat.defaults().line(header)).append('\n');
        for (int i = 0; i < size(); i++) {
            List<String> row = new ArrayList<>(List.of(ids.get(i), groups.get(i), Integer.toString(stages[i])));
            for (double v : features[i]) {
                row.add(Double.toString(v));
            }
            sb.append(CsvFormat.defaults().line(row)).append('\n');
        }
        return sb.toString();
    }

    /** SHA-256 of {@link #toCsv()} and the stage ids: what provenance records as the input. */
    public String sha256() {
        return Hashing.sha256(String.join(",", stageIds) + "\n" + toCsv());
    }
}
