package org.ltc.model.action;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.ltc.model.Checks;
import org.ltc.model.provenance.Provenance;

/**
 * What a library will do with what it heard, fitted to where the community stands.
 *
 * @param id              stable identifier
 * @param title           a title
 * @param aspiration      the shared aspiration it serves
 * @param themeIds        ids of the themes behind it
 * @param issue           the issue it targets, or {@code null}
 * @param people          the people it means to reach
 * @param frameworkId     the stage framework of {@code stageId}, or {@code null}
 * @param stageId         the stage it was planned for, or {@code null}
 * @param stageRationale  why its actions fit that stage, or {@code null}
 * @param actions         the actions
 * @param publicCapital   ids of the public-capital factors it means to grow
 * @param commitments     its promises
 * @param shareBack       how progress is shared back, or {@code null}
 * @param measures        how success is measured
 * @param provenance      how it was drafted (for a planner's draft), or {@code null} for a hand-written plan
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ActionPlan(
        @NotBlank String id,
        @NotBlank String title,
        @NotBlank String aspiration,
        List<String> themeIds,
        String issue,
        List<String> people,
        String frameworkId,
        String stageId,
        String stageRationale,
        @Valid List<Action> actions,
        List<String> publicCapital,
        @Valid List<Commitment> commitments,
        @Valid ShareBackPlan shareBack,
        @Valid List<Measure> measures,
        @Valid Provenance provenance) {

    public ActionPlan {
        Checks.id("id", id);
        Checks.notBlank("title", title);
        Checks.notBlank("aspiration", aspiration);
        themeIds = Checks.strings("themeIds", themeIds);
        issue = Checks.optional(issue);
        people = Checks.strings("people", people);
        frameworkId = Checks.optionalId("frameworkId", frameworkId);
        stageId = Checks.optionalId("stageId", stageId);
        stageRationale = Checks.optional(stageRationale);
        actions = Checks.list("actions", actions);
        Checks.uniqueIds("actions", actions, Action::id);
        publicCapital = Checks.strings("publicCapital", publicCapital);
        commitments = Checks.list("commitments", commitments);
        Checks.uniqueIds("commitments", commitments, Commitment::id);
        measures = Checks.list("measures", measures);
    }
}
