package org.ltc.model.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.ltc.model.Checks;

/**
 * What an import read, kept and rejected. Each rejected row is listed once (up to the options' limit;
 * the rest are counted in {@code problemsNotListed}).
 *
 * @param source            the file or folder read
 * @param rowsRead          data rows read (the header not counted)
 * @param notesImported     notes kept
 * @param rowsRejected      rows rejected (each reported once)
 * @param problems          the rejected rows, in file order
 * @param problemsNotListed rejected rows beyond the listing limit
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportReport(String source, long rowsRead, long notesImported, long rowsRejected,
                           List<ImportProblem> problems, long problemsNotListed) {
    public ImportReport {
        Checks.nonNegative("rowsRead", rowsRead);
        Checks.nonNegative("notesImported", notesImported);
        Checks.nonNegative("rowsRejected", rowsRejected);
        Checks.nonNegative("problemsNotListed", problemsNotListed);
        problems = Checks.list("problems", problems);
    }

    /** Whether every row was kept. */
    public boolean clean() {
        return rowsRejected == 0;
    }
}
