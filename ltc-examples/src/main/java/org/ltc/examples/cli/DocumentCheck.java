package org.ltc.examples.cli;

import java.nio.file.Path;
import java.util.List;
import org.ltc.model.io.LtcJson;
import org.ltc.model.validation.DocumentValidator;

/** Reads a document and lists everything that is wrong with it (see {@link DocumentValidator}). */
final class DocumentCheck {
    private DocumentCheck() {
    }

    /** One problem: where (a JSON pointer or a line), which field, what. */
    record Problem(String pointer, String field, String message) {
    }

    static List<Problem> check(LtcJson json, Path file) {
        return DocumentValidator.create(json).validate(file).errors().stream()
                .map(e -> new Problem(e.pointer().isEmpty() ? "/" : e.pointer(), e.field(), e.message()))
                .toList();
    }
}
