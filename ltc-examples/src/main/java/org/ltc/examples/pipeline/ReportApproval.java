package org.ltc.examples.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ltc.examples.report.HtmlReport;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;
import org.ltc.model.LtcException;
import org.ltc.model.io.LtcJson;
import org.ltc.model.provenance.Hashing;
import org.ltc.model.provenance.Provenance;
import org.ltc.model.provenance.ProvenanceStep;
import org.ltc.model.report.CommunityReport;

/**
 * A team's approval of a reviewed report: checks that the folder holds the report a run made and that nothing in it
 * changed since (every file's SHA-256 against the ones the run recorded, the review sheet included, so a sheet
 * edited but not yet applied cannot be approved), then records who approved and when in the report's provenance and
 * renders the page again, no longer a draft.
 */
public final class ReportApproval {
    /** The provenance step a run records, with the SHA-256 of every file it wrote. */
    public static final String DRAFT = "draft";
    private static final String FILE_PREFIX = "sha256.";
    private static final String REPORT_KEY = "sha256.report";

    private ReportApproval() {
    }

    /**
     * Approves the report in {@code dir}, signed {@code by}, at the clock's time, and rewrites {@code report.json}
     * and {@code index.html}.
     *
     * @throws InvalidInputException when there is no report, no record of the run, or a file changed after it
     */
    public static CommunityReport approve(Path dir, String by, Clock clock) {
        Checks.notBlank("by", by);
        Path file = dir.resolve(PipelineResult.REPORT);
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(dir.toString(), null, null, null,
                    "holds no " + PipelineResult.REPORT + ": make the report with ltc run first");
        }
        LtcJson json = LtcJson.defaults();
        CommunityReport report = json.read(file, CommunityReport.class);
        ProvenanceStep draft = report.provenance() == null ? null : report.provenance().steps().stream()
                .filter(s -> s.operation().equals(DRAFT)).reduce((a, b) -> b).orElse(null);
        if (draft == null) {
            throw new InvalidInputException(file.toString(), "/data/provenance", "steps", null,
                    "records no run (no '" + DRAFT + "' step): only a report made by ltc run can be approved");
        }
        for (Map.Entry<String, String> e : draft.parameters().entrySet()) {
            if (e.getKey().equals(REPORT_KEY) || !e.getKey().startsWith(FILE_PREFIX)) {
                continue;
            }
            Path f = dir.resolve(e.getKey().substring(FILE_PREFIX.length()));
            if (!Files.isRegularFile(f)) {
                throw new InvalidInputException(f.toString(), null, null, null,
                        "is missing: the folder no longer holds what the team reviewed; run ltc run again");
            }
            if (!sha256(f).equals(e.getValue())) {
                throw new InvalidInputException(f.toString(), null, null, null, "changed after the report was made "
                        + "(its SHA-256 differs from the one recorded): run ltc run again (with --review for an edited "
                        + "review.csv) and approve what it makes");
            }
        }
        if (!Provenance.digest(report).equals(draft.parameters().get(REPORT_KEY))) {
            throw new InvalidInputException(file.toString(), null, null, null, "changed after it was made (its "
                    + "SHA-256 differs from the one recorded): run ltc run again and approve what it makes");
        }
        CommunityReport approved = report.withProvenance(report.provenance().withStep(new ProvenanceStep(
                CommunityReport.APPROVAL_STEP, Map.of("at", clock.instant().toString()), by.strip())));
        Map<String, String> files = new LinkedHashMap<>();
        files.put(PipelineResult.REPORT, json.write(approved));
        files.put(PipelineResult.PAGE, new HtmlReport().render(approved));
        OutputFolder.replace(dir, files);
        return approved;
    }

    /**
     * The SHA-256 of every file a run writes beside the report (its bytes, since the team reviewed those files), and
     * the report's one canonical digest ({@link Provenance#digest}: its data, not its provenance).
     */
    static Map<String, String> digests(CommunityReport unsigned, Map<String, String> documents) {
        Map<String, String> d = new TreeMap<>();
        for (Map.Entry<String, String> e : documents.entrySet()) {
            if (!List.of(PipelineResult.REPORT, PipelineResult.PAGE).contains(e.getKey())) {
                d.put(FILE_PREFIX + e.getKey(), Hashing.sha256(e.getValue()));
            }
        }
        d.put(REPORT_KEY, Provenance.digest(unsigned));
        return d;
    }

    private static String sha256(Path f) {
        try {
            return Hashing.sha256(Files.readAllBytes(f));
        } catch (IOException e) {
            throw new LtcException("could not read " + f + ": " + e.getMessage(), e);
        }
    }
}
