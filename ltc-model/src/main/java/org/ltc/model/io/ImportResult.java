package org.ltc.model.io;

import org.ltc.model.Checks;
import org.ltc.model.conversation.ConversationSet;

/**
 * The outcome of an import: the conversation set built from every good row, and the report of what was
 * rejected.
 *
 * @param conversationSet the imported set (validated by its constructor)
 * @param report          rows read, kept and rejected
 */
public record ImportResult(ConversationSet conversationSet, ImportReport report) {
    public ImportResult {
        Checks.notNull("conversationSet", conversationSet);
        Checks.notNull("report", report);
    }
}
