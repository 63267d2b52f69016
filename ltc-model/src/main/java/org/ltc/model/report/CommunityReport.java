package org.ltc.model.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;
import org.ltc.model.action.ActionPlan;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.stage.StageAssessment;
import org.ltc.model.stage.StageFramework;

/**
 * Everything a community report shows, in one document: the public knowledge, and, when they exist, the
 * stage assessment (with its framework, so stage names can be shown) and the action plan. This is what
 * {@code ltc demo} writes as {@code report.json} and what {@code ltc report} renders.
 *
 * @param title      the report's title
 * @param knowledge  the public knowledge
 * @param framework  the stage framework of the assessment, or {@code null}
 * @param assessment the stage assessment, or {@code null}
 * @param plan       the action plan, or {@code null}
 * @param disclosureThreshold the smallest segment size whose figures are shown (figures about smaller
 *                   segments were suppressed before they reached this document)
 * @param attributions attribution lines the data's licences require when results are published
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CommunityReport(@NotBlank String title, @NotNull @Valid PublicKnowledge knowledge,
                              @Valid StageFramework framework, @Valid StageAssessment assessment,
                              @Valid ActionPlan plan, int disclosureThreshold,
                              java.util.List<String> attributions) {
    public CommunityReport {
        Checks.notBlank("title", title);
        Checks.notNull("knowledge", knowledge);
        if (assessment != null && framework != null && !assessment.frameworkId().equals(framework.id())) {
            throw InvalidInputException.field("assessment.frameworkId", assessment.frameworkId(),
                    "does not match framework " + framework.id());
        }
        attributions = Checks.strings("attributions", attributions);
        if (disclosureThreshold < 1) {
            disclosureThreshold = 5; // absent in JSON: the default threshold
        }
    }
}
