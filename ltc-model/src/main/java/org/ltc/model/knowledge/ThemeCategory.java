package org.ltc.model.knowledge;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;

/**
 * A bucket of public knowledge. The set is open: the five categories verified across Harwood-trained
 * sources and the extras common in practice are constants here, and a host may use any other id of the
 * same form ({@code [a-z][a-z0-9-]*}), e.g. {@code "housing-costs"}.
 *
 * <p>In JSON a category is its id, a plain string.
 *
 * @param id the category's id, lower-case with hyphens
 */
public record ThemeCategory(String id) implements Comparable<ThemeCategory> {
    /** What kind of community people want to live in. Verified. */
    public static final ThemeCategory ASPIRATIONS = new ThemeCategory("aspirations");
    /** What worries people and stands in the way. Verified. */
    public static final ThemeCategory CONCERNS = new ThemeCategory("concerns");
    /** How people talk about the issue: their words, frames and feelings. Verified. */
    public static final ThemeCategory TALK = new ThemeCategory("talk");
    /** The changes people say are needed. Verified. */
    public static final ThemeCategory CHANGES = new ThemeCategory("changes");
    /** What can be done, and whom people trust to act. Verified. */
    public static final ThemeCategory ACTIONS = new ThemeCategory("actions");
    /** Why the concerns exist. Common extra. */
    public static final ThemeCategory REASONS = new ThemeCategory("reasons");
    /** Tensions and trade-offs people named. Common extra. */
    public static final ThemeCategory TENSIONS = new ThemeCategory("tensions");
    /** What surprised the listeners. Common extra. */
    public static final ThemeCategory SURPRISES = new ThemeCategory("surprises");
    /** What people themselves could contribute. Common extra. */
    public static final ThemeCategory CONTRIBUTIONS = new ThemeCategory("contributions");
    /** Not yet sorted into a category. */
    public static final ThemeCategory UNCATEGORISED = new ThemeCategory("uncategorised");

    /** The five categories verified across sources, in the order a report presents them. */
    public static final List<ThemeCategory> VERIFIED = List.of(ASPIRATIONS, CONCERNS, TALK, CHANGES, ACTIONS);
    /** The verified five, then the common extras, then {@link #UNCATEGORISED}. */
    public static final List<ThemeCategory> DEFAULTS = List.of(ASPIRATIONS, CONCERNS, TALK, CHANGES, ACTIONS,
            REASONS, TENSIONS, SURPRISES, CONTRIBUTIONS, UNCATEGORISED);

    public ThemeCategory {
        Checks.notNull("category", id);
        if (!id.matches("[a-z][a-z0-9-]{0,63}")) {
            throw InvalidInputException.field("category", id, "must be lower-case letters, digits and hyphens");
        }
    }

    @JsonCreator
    public static ThemeCategory of(String id) {
        return new ThemeCategory(id);
    }

    @JsonValue
    @Override
    public String id() {
        return id;
    }

    /** Whether this is one of the five verified categories. */
    public boolean verified() {
        return VERIFIED.contains(this);
    }

    /** Report order: defaults first, in their order, then others alphabetically. */
    @Override
    public int compareTo(ThemeCategory o) {
        int a = DEFAULTS.indexOf(this);
        int b = DEFAULTS.indexOf(o);
        if (a >= 0 || b >= 0) {
            return Integer.compare(a < 0 ? Integer.MAX_VALUE : a, b < 0 ? Integer.MAX_VALUE : b);
        }
        return id.compareTo(o.id);
    }

    @Override
    public String toString() {
        return id;
    }
}
