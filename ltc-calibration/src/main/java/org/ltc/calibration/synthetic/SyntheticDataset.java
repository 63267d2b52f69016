package org.ltc.calibration.synthetic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ltc.calibration.CalibrationInput;
import org.ltc.calibration.experiment.CaseDataset;
import org.ltc.model.Checks;
import org.ltc.model.io.LtcJson;
import org.ltc.model.io.OutputFolder;
import org.ltc.model.stage.IndicatorRating;
import org.ltc.model.stage.RatingScale;
import org.ltc.model.stage.Stage;
import org.ltc.model.io.CsvFormat;

/**
 * Generated communities with the options and seed that made them.
 *
 * @param options     the model's parameters
 * @param seed        the seed
 * @param communities the communities, in generation order
 */
public record SyntheticDataset(SyntheticOptions options, long seed, List<SyntheticCommunity> communities) {
    public SyntheticDataset {
        Checks.notNull("options", options);
        communities = Checks.list("communities", communities);
    }

    /** The communities as labelled cases: features as {@link SyntheticCommunities#features}, group = region. */
    public CaseDataset toCases() {
        int n = communities.size();
        double[][] x = new double[n][];
        int[] y = new int[n];
        List<String> ids = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SyntheticCommunity c = communities.get(i);
            x[i] = SyntheticCommunities.features(options, c);
            y[i] = c.stageNumber();
            ids.add(c.id());
            groups.add(c.region());
        }
        List<String> stageIds = options.framework().stages().stream().map(Stage::id).toList();
        return new CaseDataset(SyntheticCommunities.featureNames(options), stageIds, ids, groups, x, y);
    }

    /**
     * Community {@code i} as a calibrator's input: its ratings (clamped to the framework's scale, which a
     * {@link CalibrationInput} requires), public capital, and the signal counts as indicators
     * {@code signal.<stage>}.
     */
    public CalibrationInput calibrationInput(int i, long calibrationSeed) {
        SyntheticCommunity c = communities.get(i);
        RatingScale sc = options.framework().scale();
        List<IndicatorRating> clamped = c.ratings().stream().map(r -> new IndicatorRating(r.dimensionId(),
                Math.max(sc.min(), Math.min(sc.max(), r.score())), r.raterId(), r.interviewId(), r.evidence())).toList();
        Map<String, Double> indicators = new TreeMap<>();
        c.signals().forEach((k, v) -> indicators.put("signal." + k, v.doubleValue()));
        return new CalibrationInput(options.framework(), clamped, c.publicCapital(), null, null, indicators, Map.of(),
                calibrationSeed, null, null, null);
    }

    /**
     * Writes the dataset to a directory: {@code cases.csv} (id, region, stage number, stage id, the features;
     * the input of {@code ltc experiment --cases}), {@code notes.csv} (community, note number, text),
     * {@code ratings.csv} (one row per community and dimension, one column per rater: the input of
     * {@code ltc agreement}) and {@code framework.json}.
     *
     * @return the files written
     */
    public List<Path> write(Path dir) {
        // The four files appear together or not at all, each whole: see OutputFolder.
        try (OutputFolder folder = OutputFolder.open(dir)) {
            CaseDataset cases = toCases();
            StringBuilder cs = new StringBuilder();
            List<String> header = new ArrayList<>(List.of("id", "region", "stage", "stage_id"));
            header.addAll(cases.featureNames());
            cs.append(CsvFormat.defaults().line(header)).append('\n');
            for (int i = 0; i < cases.size(); i++) {
                List<String> row = new ArrayList<>(List.of(cases.ids().get(i), cases.groups().get(i),
                        Integer.toString(cases.stage(i)), cases.stageIds().get(cases.stage(i) - 1)));
                for (double v : cases.features(i)) {
                    row.add(format(v));
                }
                cs.append(CsvFormat.defaults().line(row)).append('\n');
            }
            StringBuilder ns = new StringBuilder("community,note,text\n");
            StringBuilder rs = new StringBuilder("unit");
            for (int j = 1; j <= options.raters(); j++) {
                rs.append(",r").append(j);
            }
            rs.append('\n');
            for (SyntheticCommunity c : communities) {
                for (int n = 0; n < c.notes().size(); n++) {
                    ns.append(CsvFormat.defaults().line(List.of(c.id(), Integer.toString(n + 1), c.notes().get(n)))).append('\n');
                }
                Map<String, String[]> byDim = new java.util.LinkedHashMap<>();
                options.framework().dimensions().forEach(d -> byDim.put(d.id(), new String[options.raters()]));
                for (IndicatorRating r : c.ratings()) {
                    byDim.get(r.dimensionId())[Integer.parseInt(r.raterId().substring(1)) - 1] = format(r.score());
                }
                byDim.forEach((d, v) -> rs.append(c.id()).append('/').append(d).append(',')
                        .append(String.join(",", v)).append('\n'));
            }
            folder.writeString("cases.csv", cs.toString());
            folder.writeString("notes.csv", ns.toString());
            folder.writeString("ratings.csv", rs.toString());
            folder.writeString("framework.json", LtcJson.defaults().write(options.framework()));
            return folder.commit();
        }
    }

    /** Six significant decimals: plenty for simulated scores, and short files. */
    private static String format(double v) {
        return new java.math.BigDecimal(v).setScale(6, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
