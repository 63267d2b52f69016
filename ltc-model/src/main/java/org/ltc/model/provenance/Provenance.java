package org.ltc.model.provenance;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;

/**
 * Where a derived result came from: enough to run it again and to check that the same input was used.
 *
 * @param algorithmId      the id of the themer, calibrator or step that made the result, e.g. {@code "kmeans"}
 * @param algorithmVersion that algorithm's version
 * @param options          every option that shaped the result, as {@code ltc.*} properties, sorted by key
 * @param seed             the random seed (every algorithm takes one, even a deterministic one)
 * @param inputSha256      the SHA-256 of the canonical input, 64 lower-case hex digits
 * @param libraryVersion   the LTC SDK version
 * @param javaVersion      the Java runtime version
 * @param createdAt        when the result was made (from an injected clock, so tests and reproducible
 *                         runs can fix it)
 * @param steps            later changes made to the result, in order (for example curation by a person)
 * @param phaseMillis      how long each phase of the run took, in milliseconds, in the order run (see
 *                         {@link org.ltc.model.plugin.PhaseClock}); empty unless the run recorded them. A
 *                         measurement, not part of what the result is: the input digest ({@link #digest}) leaves
 *                         it out, so a document citing this result hashes the same however long it took
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Provenance(
        @NotBlank String algorithmId,
        @NotBlank String algorithmVersion,
        @NotNull Map<String, String> options,
        long seed,
        @NotNull @Pattern(regexp = "[0-9a-f]{64}") String inputSha256,
        @NotBlank String libraryVersion,
        @NotBlank String javaVersion,
        @NotNull @JsonFormat(shape = JsonFormat.Shape.STRING) Instant createdAt,
        @Valid List<ProvenanceStep> steps,
        Map<String, Long> phaseMillis) {

    public Provenance {
        Checks.notBlank("algorithmId", algorithmId);
        Checks.notBlank("algorithmVersion", algorithmVersion);
        options = Checks.sortedMap("options", options);
        Checks.notNull("inputSha256", inputSha256);
        if (!inputSha256.matches("[0-9a-f]{64}")) {
            throw InvalidInputException.field("inputSha256", inputSha256, "must be 64 lower-case hex digits");
        }
        Checks.notBlank("libraryVersion", libraryVersion);
        Checks.notBlank("javaVersion", javaVersion);
        Checks.notNull("createdAt", createdAt);
        steps = Checks.list("steps", steps);
        phaseMillis = phaseMillis(phaseMillis);
    }

    /** Provenance without phase times (the form before {@code phaseMillis}; kept so callers compile). */
    public Provenance(String algorithmId, String algorithmVersion, Map<String, String> options, long seed,
                      String inputSha256, String libraryVersion, String javaVersion, Instant createdAt,
                      List<ProvenanceStep> steps) {
        this(algorithmId, algorithmVersion, options, seed, inputSha256, libraryVersion, javaVersion, createdAt,
                steps, Map.of());
    }

    /** Phase times in their own order (the order the run went through them), not sorted. */
    private static Map<String, Long> phaseMillis(Map<String, Long> phases) {
        if (phases == null || phases.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> copy = new java.util.LinkedHashMap<>();
        phases.forEach((phase, ms) -> {
            Checks.notBlank("phaseMillis key", phase);
            if (ms == null || ms < 0) {
                throw InvalidInputException.field("phaseMillis." + phase, ms, "must be 0 or more milliseconds");
            }
            copy.put(phase, ms);
        });
        return java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * Provenance for a result made now by this library on this Java runtime.
     */
    public static Provenance of(String algorithmId, String algorithmVersion, Map<String, String> options,
                                long seed, String inputSha256, Instant createdAt) {
        return new Provenance(algorithmId, algorithmVersion, options, seed, inputSha256,
                LibraryInfo.version(), Runtime.version().toString(), createdAt, List.of());
    }

    /**
     * The canonical input digest of a document (see {@link Digest}): what {@code inputSha256} records, so the
     * same input has the same hash in every document that cites it.
     */
    public static String digest(Object document) {
        return Digest.of(document);
    }

    /** The same provenance with one more step appended. */
    public Provenance withStep(ProvenanceStep step) {
        List<ProvenanceStep> more = new java.util.ArrayList<>(steps);
        more.add(Checks.notNull("step", step));
        return new Provenance(algorithmId, algorithmVersion, options, seed, inputSha256, libraryVersion,
                javaVersion, createdAt, more, phaseMillis);
    }

    /** The same provenance with one option set (added, or replacing the value it had). */
    public Provenance withOption(String key, String value) {
        Map<String, String> more = new java.util.TreeMap<>(options);
        more.put(Checks.notNull("option key", key), Checks.notNull("option value", value));
        return new Provenance(algorithmId, algorithmVersion, more, seed, inputSha256, libraryVersion,
                javaVersion, createdAt, steps, phaseMillis);
    }

    /** The same provenance with these phase times (milliseconds per phase, in the order run). */
    public Provenance withPhaseMillis(Map<String, Long> newPhaseMillis) {
        return new Provenance(algorithmId, algorithmVersion, options, seed, inputSha256, libraryVersion,
                javaVersion, createdAt, steps, newPhaseMillis);
    }
}
