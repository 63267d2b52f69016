package org.ltc.theming.codebook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;
import org.ltc.model.LtcException;
import org.ltc.model.io.LtcJson;
import tools.jackson.core.JacksonException;

/**
 * A codebook: the codes (themes with seed terms and a category) that guided theming looks for.
 *
 * @param id     stable identifier
 * @param title  a title, one line
 * @param source where the codes come from (for attribution), or {@code null}
 * @param codes  the codes, in the order people read them
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Codebook(String id, String title, String source, List<Code> codes) {
    private static final String DEFAULT_RESOURCE = "default-codebook.json";

    public Codebook {
        Checks.id("id", id);
        Checks.notBlank("title", title);
        if (title.chars().anyMatch(Character::isISOControl)) {
            throw InvalidInputException.field("title", title, "must be one line of text");
        }
        source = Checks.optional(source);
        codes = Checks.list("codes", codes);
        Checks.uniqueIds("codes", codes, Code::id);
    }

    /** The code with this id. */
    public Optional<Code> code(String codeId) {
        return codes.stream().filter(c -> c.id().equals(codeId)).findFirst();
    }

    /**
     * The default codebook: topics residents of American towns raise in community conversations, each under
     * the public-knowledge category (aspirations, concerns, changes, actions, contributions) its notes
     * usually feed. Loaded from the bundled resource {@code default-codebook.json}, whose {@code source} says
     * where the codes come from.
     */
    public static Codebook defaults() {
        try (InputStream in = Codebook.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new LtcException("the default codebook resource " + DEFAULT_RESOURCE + " is missing from the jar");
            }
            return fromJson(in, DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new LtcException("could not read the default codebook: " + e.getMessage(), e);
        }
    }

    /** Reads a codebook from plain JSON ({@code {"id":..,"title":..,"codes":[..]}}). */
    public static Codebook fromJson(InputStream in, String sourceName) {
        try {
            return LtcJson.defaults().mapper().readValue(in, Codebook.class);
        } catch (JacksonException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InvalidInputException iie) {
                throw iie.at(sourceName, null);
            }
            throw new InvalidInputException(sourceName, null, null, null, "is not a codebook: " + LtcJson.syntaxProblem(e),
                    e);
        }
    }
}
