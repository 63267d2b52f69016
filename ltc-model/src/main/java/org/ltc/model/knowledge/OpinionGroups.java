package org.ltc.model.knowledge;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import org.ltc.model.Checks;

/**
 * The opinion groups a vote-based tool (Polis) found, as far as they may be shown, and why common ground and
 * division could not be found when they could not. Opinion groups are clusters of how people voted, not
 * demographic segments.
 *
 * @param sizes       members per group, only groups of at least the disclosure threshold
 * @param unavailable why no statement could be judged common ground or dividing (no votes, fewer than two
 *                    groups large enough to show, no participant in a group), or {@code null} when they could
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record OpinionGroups(Map<String, Integer> sizes, String unavailable) {
    public OpinionGroups {
        sizes = Checks.sortedMap("sizes", sizes);
        unavailable = Checks.optional(unavailable);
    }
}
