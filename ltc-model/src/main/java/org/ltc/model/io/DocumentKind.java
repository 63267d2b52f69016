package org.ltc.model.io;

import java.util.Arrays;
import java.util.Optional;
import org.ltc.model.action.ActionPlan;
import org.ltc.model.action.LibraryCapacities;
import org.ltc.model.conversation.ConversationGuide;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.report.CommunityReport;
import org.ltc.model.stage.StageAssessment;
import org.ltc.model.stage.StageFramework;

/**
 * The top-level documents the SDK reads and writes, each wrapped in a versioned envelope
 * ({@code {"format":"ltc","version":1,"kind":"...","data":{...}}}) and each with a JSON Schema.
 */
public enum DocumentKind {
    CONVERSATION_SET("conversation-set", ConversationSet.class),
    THEME_SET("theme-set", ThemeSet.class),
    PUBLIC_KNOWLEDGE("public-knowledge", PublicKnowledge.class),
    STAGE_ASSESSMENT("stage-assessment", StageAssessment.class),
    ACTION_PLAN("action-plan", ActionPlan.class),
    STAGE_FRAMEWORK("stage-framework", StageFramework.class),
    CONVERSATION_GUIDE("conversation-guide", ConversationGuide.class),
    COMMUNITY_REPORT("community-report", CommunityReport.class),
    LIBRARY_CAPACITIES("library-capacities", LibraryCapacities.class);

    private final String id;
    private final Class<?> type;

    DocumentKind(String id, Class<?> type) {
        this.id = id;
        this.type = type;
    }

    /** The kind's name in the envelope and in schema file names, e.g. {@code "conversation-set"}. */
    public String id() {
        return id;
    }

    /** The record class of the document's data. */
    public Class<?> type() {
        return type;
    }

    public static Optional<DocumentKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    public static Optional<DocumentKind> byType(Class<?> type) {
        return Arrays.stream(values()).filter(k -> k.type.equals(type)).findFirst();
    }
}
