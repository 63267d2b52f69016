package org.ltc.calibration.experiment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.io.LtcJson;
import org.ltc.model.io.InputFiles;

/**
 * An experiment, as a JSON file a researcher writes and keeps with the results:
 *
 * <pre>{@code
 * {
 *   "name": "logistic vs baseline",
 *   "cases": "cases.csv", "stageColumn": "stage", "groupColumn": "region", "idColumn": "id",
 *   "calibrators": [
 *     {"name": "multinomial", "calibrator": "logistic", "options": {"model": "multinomial", "l2": "1.0"}},
 *     {"name": "ordinal", "calibrator": "logistic", "options": {"model": "ordinal"}},
 *     {"calibrator": "majority"}],
 *   "folds": {"kind": "repeated", "k": 10, "repeats": 5},
 *   "seed": 42, "bootstrap": 1000, "threads": 1, "framework": "framework.json"
 * }
 * }</pre>
 * Paths are relative to the spec file. Every pair of calibrators is compared.
 *
 * @param name        a title for the results
 * @param cases       the cases CSV (see {@link CasesCsv})
 * @param stageColumn the column of expert stages (default {@code stage})
 * @param groupColumn the group column, or {@code null}
 * @param idColumn    the id column, or {@code null}
 * @param stages      the number of stages, or 0 to take the largest seen
 * @param calibrators the calibrators to compare, at least one
 * @param folds       the cross-validation scheme (default stratified 10-fold)
 * @param seed        the seed of every random choice (default 1)
 * @param bootstrap   bootstrap resamples for confidence intervals (default 1000; 0 for none)
 * @param threads     worker threads for folds (default 1); results do not depend on it
 * @param framework   a stage framework (a stage-framework JSON file relative to the spec, or a built-in id such
 *                    as {@code harwood-five-stages}) on which calibrators other than the harness's own
 *                    learners (e.g. {@code rubric}) judge the cases, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExperimentSpec(String name, String cases, String stageColumn, String groupColumn, String idColumn,
                             int stages, List<CalibratorSpec> calibrators, FoldScheme folds, long seed, int bootstrap,
                             int threads, String framework) {
    public ExperimentSpec {
        framework = Checks.optional(framework);
        name = name == null || name.isBlank() ? "experiment" : name;
        stageColumn = stageColumn == null || stageColumn.isBlank() ? "stage" : stageColumn;
        groupColumn = Checks.optional(groupColumn);
        idColumn = Checks.optional(idColumn);
        if (stages < 0) {
            throw new InvalidOptionsException("stages", stages, "must be 0 (take the largest seen) or more");
        }
        calibrators = Checks.list("calibrators", calibrators);
        if (calibrators.isEmpty()) {
            throw new InvalidOptionsException("calibrators", "[]", "must name at least one calibrator");
        }
        Checks.uniqueIds("calibrators", calibrators, CalibratorSpec::name);
        folds = folds == null ? FoldScheme.stratified(10) : folds;
        if (bootstrap < 0) {
            throw new InvalidOptionsException("bootstrap", bootstrap, "must be 0 or more");
        }
        if (threads < 1) {
            throw new InvalidOptionsException("threads", threads, "must be 1 or more");
        }
    }

    /** A spec without a framework: only the harness's own learners ({@code logistic}, {@code majority}). */
    public ExperimentSpec(String name, String cases, String stageColumn, String groupColumn, String idColumn, int stages,
                          List<CalibratorSpec> calibrators, FoldScheme folds, long seed, int bootstrap, int threads) {
        this(name, cases, stageColumn, groupColumn, idColumn, stages, calibrators, folds, seed, bootstrap, threads, null);
    }

    @JsonCreator
    static ExperimentSpec json(@JsonProperty("name") String name, @JsonProperty("cases") String cases,
                               @JsonProperty("stageColumn") String stageColumn,
                               @JsonProperty("groupColumn") String groupColumn, @JsonProperty("idColumn") String idColumn,
                               @JsonProperty("stages") Integer stages,
                               @JsonProperty("calibrators") List<CalibratorSpec> calibrators,
                               @JsonProperty("folds") FoldScheme folds, @JsonProperty("seed") Long seed,
                               @JsonProperty("bootstrap") Integer bootstrap, @JsonProperty("threads") Integer threads,
                               @JsonProperty("framework") String framework) {
        return new ExperimentSpec(name, cases, stageColumn, groupColumn, idColumn, stages == null ? 0 : stages,
                calibrators, folds, seed == null ? 1 : seed, bootstrap == null ? 1000 : bootstrap,
                threads == null ? 1 : threads, framework);
    }

    /**
     * One calibrator to evaluate.
     *
     * @param name       its name in the results (default: the calibrator id)
     * @param calibrator the calibrator id, e.g. {@code logistic}
     * @param options    its options, bare names (e.g. {@code l2}) as strings
     */
    public record CalibratorSpec(String name, String calibrator, Map<String, String> options) {
        public CalibratorSpec {
            Checks.id("calibrator", calibrator);
            name = name == null || name.isBlank() ? calibrator : name;
            Checks.id("name", name);
            options = Checks.sortedMap("options", options);
        }
    }

    /**
     * A path named in a spec file ({@code cases}, {@code framework}), resolved against the spec's folder and
     * confined to it: an absolute path, {@code ..} or a symbolic link leading out of the folder is an error, so a
     * shared spec cannot make the tool read (and quote from) a file elsewhere on the machine.
     *
     * @param specFile the spec file
     * @param field    the spec field naming the path, for the message
     * @param path     the path as written in the spec
     */
    public static Path resolveInFolder(Path specFile, String field, String path) {
        Path folder = specFile.toAbsolutePath().normalize().getParent();
        Path named;
        try {
            named = Path.of(path);
        } catch (java.nio.file.InvalidPathException e) {
            throw new InvalidInputException(specFile.toString(), "/" + field, field, path, "is not a file path");
        }
        Path resolved = folder.resolve(named).normalize();
        boolean inside = !named.isAbsolute() && resolved.startsWith(folder);
        if (inside && java.nio.file.Files.exists(resolved)) {
            try {
                inside = resolved.toRealPath().startsWith(folder.toRealPath());
            } catch (java.io.IOException e) {
                inside = false;
            }
        }
        if (!inside) {
            throw new InvalidInputException(specFile.toString(), "/" + field, field, path,
                    "must name a file inside the spec's folder (" + folder + "), relative to it");
        }
        return resolved;
    }

    /** Reads a spec file. Errors name the file and the JSON pointer. */
    public static ExperimentSpec read(Path file) {
        return parse(InputFiles.readString(file), file.toString());
    }

    public static ExperimentSpec parse(String json, String source) {
        LtcJson codec = LtcJson.defaults();
        tools.jackson.databind.JsonNode node;
        try {
            node = codec.mapper().readTree(json);
        } catch (tools.jackson.core.JacksonException e) {
            throw new InvalidInputException(source, null, null, null, "is not valid JSON: " + LtcJson.syntaxProblem(e), e);
        }
        return codec.convert(node, ExperimentSpec.class, source, "");
    }

    /** The spec as JSON. */
    public String toJson() {
        return LtcJson.defaults().mapper().writeValueAsString(this) + "\n";
    }
}
