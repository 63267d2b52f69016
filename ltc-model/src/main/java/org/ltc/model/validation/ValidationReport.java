package org.ltc.model.validation;

import java.util.List;
import org.ltc.model.io.DocumentKind;

/**
 * The outcome of validating a document: every error found, in document order (envelope first).
 *
 * @param source    the file or stream name
 * @param kind      the document kind its envelope names, or {@code null} when the envelope was unreadable
 * @param errors    every error found (at most the validator's limit)
 * @param truncated whether validation stopped at the validator's error limit (there may be more errors)
 * @param document  the model value read, or {@code null} when the document is invalid
 */
public record ValidationReport(String source, DocumentKind kind, List<ValidationError> errors, boolean truncated,
                               Object document) {
    public ValidationReport {
        errors = List.copyOf(errors);
        if (!errors.isEmpty()) {
            document = null;
        }
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
