package org.ltc.calibration.action;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;
import org.ltc.model.io.LtcJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import org.ltc.model.io.InputFiles;

/**
 * A replaceable catalogue of action patterns, read from JSON with its sources. The built-in one
 * ({@code action-patterns.json}, about thirty patterns) paraphrases Harwood's stage-fit practice; a host with its
 * own licensed material, or a different framework, loads its own with {@link #load(Path)}.
 *
 * <p>JSON form: {@code {"id": ..., "version": ..., "sources": [...], "capacityTags": [...], "patterns": [...]}},
 * each pattern as {@link ActionPattern}.
 *
 * @param id           the catalogue's id (recorded in a plan's provenance)
 * @param version      its version
 * @param sources      where its content comes from, for attribution
 * @param capacityTags the capacity tags its patterns use, so a library can describe itself in the same words
 * @param stageGuidance for each stage id, what strategy fits it, in words (a plan's stage rationale quotes it)
 * @param patterns     the patterns, ids unique
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ActionPatternCatalogue(String id, String version, List<String> sources, List<String> capacityTags,
                                     java.util.Map<String, String> stageGuidance, List<ActionPattern> patterns) {
    /** The resource name of the built-in catalogue, next to this class. */
    public static final String BUILT_IN = "action-patterns.json";

    public ActionPatternCatalogue {
        Checks.id("id", id);
        Checks.notBlank("version", version);
        sources = Checks.strings("sources", sources);
        if (sources.isEmpty()) {
            throw InvalidInputException.field("sources", "[]", "must name where the patterns come from");
        }
        capacityTags = Checks.strings("capacityTags", capacityTags);
        stageGuidance = Checks.sortedMap("stageGuidance", stageGuidance);
        patterns = Checks.list("patterns", patterns);
        Checks.uniqueIds("patterns", patterns, ActionPattern::id);
    }

    /** The built-in catalogue (read once: it is immutable). */
    public static ActionPatternCatalogue builtIn() {
        return BuiltIn.CATALOGUE;
    }

    /** Lazy holder: the built-in file is read on first use, once, thread-safely. */
    private static final class BuiltIn {
        static final ActionPatternCatalogue CATALOGUE = readBuiltIn();
    }

    private static ActionPatternCatalogue readBuiltIn() {
        try (InputStream in = ActionPatternCatalogue.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new InvalidInputException(BUILT_IN, null, null, null, "is missing from the ltc-calibration jar");
            }
            return load(in, BUILT_IN);
        } catch (IOException e) {
            throw new InvalidInputException(BUILT_IN, null, null, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** A host's own catalogue from a file. */
    public static ActionPatternCatalogue load(Path file) {
        try (InputStream in = InputFiles.open(file, InputFiles.DEFAULT_MAX_TEXT_BYTES)) {
            return load(in, file.toString());
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), null, null, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** A catalogue from a stream; {@code source} names it in error messages. */
    public static ActionPatternCatalogue load(InputStream in, String source) {
        LtcJson json = LtcJson.defaults();
        JsonNode root;
        try {
            root = json.mapper().readTree(in);
        } catch (JacksonException e) {
            throw new InvalidInputException(source, null, null, null, "is not valid JSON: " + LtcJson.syntaxProblem(e), e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException(source, "/", null, null, "must be a JSON object (an action-pattern catalogue)");
        }
        return json.convert(root, ActionPatternCatalogue.class, source, "");
    }

    public Optional<ActionPattern> pattern(String patternId) {
        return patterns.stream().filter(p -> p.id().equals(patternId)).findFirst();
    }
}
