package org.ltc.model.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;
import org.ltc.model.action.ActionPlan;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.provenance.Provenance;
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
 * @param provenance how the report was put together and the people's steps since (a review, an approval), or
 *                   {@code null} for a report assembled by hand
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CommunityReport(@NotBlank String title, @NotNull @Valid PublicKnowledge knowledge,
                              @Valid StageFramework framework, @Valid StageAssessment assessment,
                              @Valid ActionPlan plan, int disclosureThreshold,
                              java.util.List<String> attributions, @Valid Provenance provenance) {
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

    /** A report without provenance (assembled by hand or by a host that records it elsewhere). */
    public CommunityReport(String title, PublicKnowledge knowledge, StageFramework framework,
                           StageAssessment assessment, ActionPlan plan, int disclosureThreshold,
                           java.util.List<String> attributions) {
        this(title, knowledge, framework, assessment, plan, disclosureThreshold, attributions, null);
    }

    /** The provenance step a team's approval adds; its {@code by} names the approver, its {@code at} parameter when. */
    public static final String APPROVAL_STEP = "approve";

    /**
     * The team's approval, when the report has one: the last {@value #APPROVAL_STEP} step of its provenance. A
     * report without one is a draft, and says so wherever it is shown.
     */
    public java.util.Optional<org.ltc.model.provenance.ProvenanceStep> approval() {
        if (provenance == null) {
            return java.util.Optional.empty();
        }
        java.util.List<org.ltc.model.provenance.ProvenanceStep> steps = provenance.steps();
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).operation().equals(APPROVAL_STEP)) {
                return java.util.Optional.of(steps.get(i));
            }
        }
        return java.util.Optional.empty();
    }

    /** The same report with other provenance. */
    public CommunityReport withProvenance(Provenance newProvenance) {
        return new CommunityReport(title, knowledge, framework, assessment, plan, disclosureThreshold, attributions,
                newProvenance);
    }
}
