package org.ltc.examples.pipeline;

import java.nio.file.Path;
import java.util.Map;
import org.ltc.calibration.action.IntentionalityReport;
import org.ltc.calibration.action.PlanDraft;
import org.ltc.model.Checks;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.report.CommunityReport;
import org.ltc.model.stage.StageAssessment;

/**
 * What a {@link Pipeline} run produced: every document as a value and as the text written to its file.
 *
 * @param conversations the redacted notes
 * @param freshThemes   the themes as the themer found them, before the team's review
 * @param themes        the themes after the team's review (the same as {@code freshThemes} without one)
 * @param knowledge     the public knowledge
 * @param assessment    the stage assessment (with the team's override, when they made one)
 * @param draft         the plan draft with its ranking and reasons
 * @param check         the intentionality check of the plan
 * @param report        the community report, with provenance
 * @param files         each file's name and text, in the order they are listed to a person
 */
public record PipelineResult(ConversationSet conversations, ThemeSet freshThemes, ThemeSet themes,
                             PublicKnowledge knowledge, StageAssessment assessment, PlanDraft draft,
                             IntentionalityReport check, CommunityReport report, Map<String, String> files) {
    public static final String CONVERSATIONS = "conversation-set.json";
    public static final String THEMES = "theme-set.json";
    public static final String KNOWLEDGE = "public-knowledge.json";
    public static final String ASSESSMENT = "stage-assessment.json";
    public static final String PLAN = "action-plan.json";
    public static final String REPORT = "report.json";
    public static final String PAGE = "index.html";
    public static final String SHARE_BACK = "share-back.md";
    public static final String REVIEW = "review.csv";

    public PipelineResult {
        Checks.notNull("report", report);
        files = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(files));
    }

    /**
     * Writes every file into {@code dir}, all together or not at all: they are written to a new folder beside it
     * first, then moved in (see {@link OutputFolder}).
     */
    public void writeTo(Path dir) {
        OutputFolder.replace(dir, files);
    }
}
