package org.ltc.calibration.action;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.ltc.model.Checks;
import org.ltc.model.action.CivicLayer;
import org.ltc.model.action.LeaderType;

/**
 * A likely partner of an action pattern, by role.
 *
 * @param role       who, in words, e.g. {@code "a neighbourhood association"}
 * @param layer      the layer of civic life it works in, or {@code null}
 * @param leaderType the kind of leader, or {@code null}
 * @param tags       capacity tags that identify a library partner able to play this role
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PatternPartner(String role, CivicLayer layer, LeaderType leaderType, List<String> tags) {
    public PatternPartner {
        Checks.notBlank("role", role);
        tags = Checks.strings("tags", tags);
    }
}
