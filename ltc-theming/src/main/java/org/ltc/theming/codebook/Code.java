package org.ltc.theming.codebook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;
import org.ltc.model.knowledge.ThemeCategory;

/**
 * One code of a codebook: a theme a person expects to hear, with the words that signal it.
 *
 * @param id          stable identifier, used in theme ids
 * @param label       the theme's name as people should read it, one line, e.g. {@code "Roads and traffic"}
 * @param category    the public-knowledge category its notes go to when the question a note answers does not say
 * @param terms       seed words; each matches any form with the same light stem ("schools" matches "school")
 * @param phrases     seed phrases of two or more words, matched as consecutive stems ("public transit")
 * @param description what the code means, for the people who apply it, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Code(String id, String label, ThemeCategory category, List<String> terms, List<String> phrases,
                   String description) {
    public Code {
        Checks.id("id", id);
        Checks.notBlank("label", label);
        if (label.chars().anyMatch(Character::isISOControl)) {
            throw InvalidInputException.field("codes." + id + ".label", label, "must be one line of text");
        }
        category = category == null ? ThemeCategory.UNCATEGORISED : category;
        terms = Checks.strings("terms", terms);
        phrases = Checks.strings("phrases", phrases);
        description = Checks.optional(description);
        if (terms.isEmpty() && phrases.isEmpty()) {
            throw InvalidInputException.field("codes." + id + ".terms", null,
                    "a code needs at least one seed term or phrase");
        }
    }

    /** A code with terms and phrases and no description. */
    public static Code of(String id, String label, ThemeCategory category, List<String> terms, List<String> phrases) {
        return new Code(id, label, category, terms, phrases, null);
    }
}
