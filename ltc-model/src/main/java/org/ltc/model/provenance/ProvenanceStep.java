package org.ltc.model.provenance;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import org.ltc.model.Checks;

/**
 * One change made to a result after it was computed, such as a person merging two themes.
 *
 * @param operation  what was done, e.g. {@code "merge"}
 * @param parameters its arguments, sorted by key
 * @param by         who did it (a pseudonym or role), or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProvenanceStep(@NotBlank String operation, Map<String, String> parameters, String by) {
    public ProvenanceStep {
        Checks.notBlank("operation", operation);
        parameters = Checks.sortedMap("parameters", parameters);
        by = Checks.optional(by);
    }
}
