package org.ltc.calibration.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ltc.model.LtcException;
import org.ltc.model.io.CsvFormat;
import org.ltc.model.io.LtcJson;
import org.ltc.model.io.OutputFolder;

/**
 * Writes and reads experiment results: JSON in the SDK's envelope (kind {@value #KIND}) and a flat CSV, one
 * row per calibrator and metric, then one per comparison, each row carrying the seed and input hash. Both
 * are deterministic: the same result gives the same bytes.
 */
public final class ExperimentResults {
    /** The envelope kind. */
    public static final String KIND = "experiment-result";

    private ExperimentResults() {
    }

    public static String toJson(ExperimentResult result) {
        return LtcJson.defaults().writeEnvelope(KIND, result);
    }

    public static ExperimentResult fromJson(String text, String source) {
        return LtcJson.defaults().readEnvelope(text, source, KIND, ExperimentResult.class);
    }

    /** The CSV form: {@code calibrator,calibrator_id,metric,estimate,low,high,seed,input_sha256}. */
    public static String toCsv(ExperimentResult result) {
        StringBuilder sb = new StringBuilder("calibrator,calibrator_id,metric,estimate,low,high,seed,input_sha256\n");
        String seed = Long.toString(result.seed());
        String sha = result.provenance().inputSha256();
        for (ExperimentResult.CalibratorResult c : result.calibrators()) {
            for (Map.Entry<String, ExperimentResult.Estimate> m : c.metrics().entrySet()) {
                sb.append(CsvFormat.defaults().line(List.of(c.name(), c.calibrator(), m.getKey(), num(m.getValue().estimate()),
                        num(m.getValue().low()), num(m.getValue().high()), seed, sha))).append('\n');
            }
        }
        for (ExperimentResult.Comparison cmp : result.comparisons()) {
            List<String> row = new ArrayList<>(List.of(cmp.a(), "", "accuracy_minus:" + cmp.b(),
                    num(cmp.accuracyDifference().estimate()), num(cmp.accuracyDifference().low()),
                    num(cmp.accuracyDifference().high()), seed, sha));
            sb.append(CsvFormat.defaults().line(row)).append('\n');
            sb.append(CsvFormat.defaults().line(List.of(cmp.a(), "", "mcnemar_p:" + cmp.b(), num(cmp.mcNemarP()), "", "", seed, sha)))
                    .append('\n');
        }
        return sb.toString();
    }

    private static String num(double v) {
        return Double.toString(v);
    }

    /** Writes {@code results.json} and {@code results.csv} into a directory; returns the two files. */
    public static List<Path> write(ExperimentResult result, Path dir) {
        // Both files appear together, each whole, or neither: a killed run never leaves a truncated results file.
        try (OutputFolder folder = OutputFolder.open(dir)) {
            folder.writeString("results.json", toJson(result));
            folder.writeString("results.csv", toCsv(result));
            return folder.commit();
        }
    }
}
