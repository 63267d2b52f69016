package org.ltc.calibration.signals;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;
import org.ltc.model.io.LtcJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import org.ltc.model.io.InputFiles;

/**
 * The words that signal each stage of a framework, and the words that show each public-capital factor,
 * kept in a JSON file with its source so a host can replace it ({@link #load(Path)}). Terms are phrases;
 * both the terms and the text are reduced to English stems before matching (so "frustrated" and
 * "frustration" both match "frustrating"), and a phrase matches when its stems occur consecutively.
 *
 * <pre>{@code
 * {"source": "...", "frameworkId": "harwood-five-stages",
 *  "stages": [{"stageId": "impasse", "description": "...", "terms": ["enough is enough", "fed up"]}],
 *  "publicCapital": [{"factorId": "informal-networks", "terms": ["neighbors know each other"]}]}
 * }</pre>
 *
 * @param source        where the lexicon comes from
 * @param frameworkId   the stage framework whose stage ids it uses
 * @param stages        the signals of each stage
 * @param publicCapital the terms that show each public-capital factor (may be empty)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SignalLexicon(String source, String frameworkId, List<StageSignals> stages,
                            List<FactorSignals> publicCapital) {

    /** The bundled lexicon's resource name, next to this class. */
    public static final String BUILT_IN = "harwood-signals.json";

    public SignalLexicon {
        Checks.notBlank("source", source);
        Checks.id("frameworkId", frameworkId);
        stages = Checks.list("stages", stages);
        if (stages.isEmpty()) {
            throw InvalidInputException.field("stages", "[]", "must list the signals of at least one stage");
        }
        Checks.uniqueIds("stages", stages, StageSignals::stageId);
        publicCapital = Checks.list("publicCapital", publicCapital);
        Checks.uniqueIds("publicCapital", publicCapital, FactorSignals::factorId);
    }

    /**
     * The signals of one stage.
     *
     * @param stageId     the stage
     * @param description what the signals mean (documentation for people editing the file)
     * @param terms       the phrases
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StageSignals(String stageId, String description, List<String> terms) {
        public StageSignals {
            Checks.id("stageId", stageId);
            description = Checks.optional(description);
            terms = Checks.strings("terms", terms);
            if (terms.isEmpty()) {
                throw InvalidInputException.field("terms", "[]", "stage " + stageId + " needs at least one term");
            }
        }
    }

    /**
     * The terms that show one public-capital factor in text.
     *
     * @param factorId the factor
     * @param terms    the phrases
     */
    public record FactorSignals(String factorId, List<String> terms) {
        public FactorSignals {
            Checks.id("factorId", factorId);
            terms = Checks.strings("terms", terms);
        }
    }

    /** The lexicon bundled with the library (Harwood's five stages). */
    public static SignalLexicon builtIn() {
        try (InputStream in = SignalLexicon.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("built-in lexicon " + BUILT_IN + " is missing from the jar");
            }
            return load(in, "built-in " + BUILT_IN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a host's lexicon file. */
    public static SignalLexicon load(Path file) {
        try (InputStream in = InputFiles.open(file, InputFiles.DEFAULT_MAX_TEXT_BYTES)) {
            return load(in, file.toString());
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), null, null, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads a lexicon from a stream; {@code sourceName} names it in errors. */
    public static SignalLexicon load(InputStream in, String sourceName) {
        LtcJson json = LtcJson.defaults();
        JsonNode root;
        try {
            root = json.mapper().readTree(in);
        } catch (JacksonException e) {
            throw new InvalidInputException(sourceName, e.getLocation() == null ? null
                    : "line " + e.getLocation().getLineNr(), null, null, "is not valid JSON: " + LtcJson.syntaxProblem(e), e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException(sourceName, "/", null, null, "must be a JSON object (a signal lexicon)");
        }
        return json.convert(root, SignalLexicon.class, sourceName, "");
    }
}
