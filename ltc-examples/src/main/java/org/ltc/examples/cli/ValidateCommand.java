package org.ltc.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ltc.model.InvalidInputException;
import org.ltc.model.io.LtcJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ltc validate FILE}: exit 0 when the document is valid, else 2 with one line per error. */
@Command(name = "validate",
        description = "Check an LTC JSON document: its envelope, every field and every reference.",
        footer = {"", "Examples:", "  ltc validate bg.json",
                "Prints one line per error: JSON pointer, field, message. Exit 0 valid, 2 invalid."})
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The document to check.")
    Path file;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file.toString(), null, null, null, "is not a readable file");
        }
        java.util.List<DocumentCheck.Problem> problems = DocumentCheck.check(LtcJson.defaults(), file);
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (problems.isEmpty()) {
            out.println(file + ": valid " + LtcJson.defaults().kindOf(file).id());
            return LtcCommand.OK;
        }
        for (DocumentCheck.Problem p : problems) {
            err.println(p.pointer() + "\t" + (p.field() == null ? "-" : p.field()) + "\t" + p.message());
        }
        return LtcCommand.BAD_INPUT;
    }
}
