package org.ltc.examples.cli;

import java.nio.file.Path;
import java.util.List;
import org.ltc.model.InvalidInputException;
import org.ltc.model.io.LtcJson;

/** Reads a document and lists what is wrong with it. */
final class DocumentCheck {
    private DocumentCheck() {
    }

    /** One problem: where (a JSON pointer or a line), which field, what. */
    record Problem(String pointer, String field, String message) {
    }

    static List<Problem> check(LtcJson json, Path file) {
        try {
            json.readAny(file);
            return List.of();
        } catch (InvalidInputException e) {
            return List.of(new Problem(e.location() == null ? "/" : e.location(), e.field(), e.problem()
                    + (e.rejectedValue() == null ? "" : " (rejected value: \""
                    + InvalidInputException.abbreviate(e.rejectedValue()) + "\")")));
        }
    }
}
