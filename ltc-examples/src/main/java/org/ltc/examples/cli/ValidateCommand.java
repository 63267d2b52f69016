package org.ltc.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ltc.model.InvalidInputException;
import org.ltc.model.io.LtcJson;
import org.ltc.model.validation.DocumentValidator;
import org.ltc.model.validation.ValidationError;
import org.ltc.model.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code ltc validate FILE}: exit 0 when the document is valid, else 2 with one line per error. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        description = "Check an LTC JSON document: its envelope, every field and every reference. "
                + "Reports every error, not just the first.",
        footer = {"", "Examples:", "  ltc validate bg.json", "  ltc validate --json bg.json",
                "Prints one line per error on stderr: JSON pointer, field, message (two spaces apart).",
                "With --json prints {\"valid\":..., \"kind\":..., \"errors\":[{\"pointer\",\"field\",\"message\"}]} on stdout.",
                "Exit 0 valid, 2 invalid."})
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The document to check.")
    Path file;

    @Option(names = "--max-errors", paramLabel = "N", defaultValue = "1000",
            description = "List at most N errors (default: ${DEFAULT-VALUE}).")
    int maxErrors;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file.toString(), null, null, null, "is not a readable file");
        }
        ValidationReport report = DocumentValidator.create().withMaxErrors(maxErrors).validate(file);
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (common.json) {
            ObjectNode root = LtcJson.defaults().mapper().createObjectNode();
            root.put("file", file.toString());
            root.put("valid", report.valid());
            root.put("kind", report.kind() == null ? null : report.kind().id());
            ArrayNode errors = root.putArray("errors");
            for (ValidationError e : report.errors()) {
                errors.addObject().put("pointer", e.pointer()).put("field", e.field()).put("message", e.message());
            }
            root.put("truncated", report.truncated());
            JsonOut.print(out, root);
        } else if (report.valid()) {
            out.println(file + ": valid " + report.kind().id());
        } else {
            for (ValidationError e : report.errors()) {
                err.println(Terminal.visible(String.valueOf(e)));
            }
            err.println(file + ": " + report.errors().size() + (report.truncated() ? " or more" : "")
                    + " error" + (report.errors().size() == 1 ? "" : "s"));
        }
        return report.valid() ? LtcCommand.OK : LtcCommand.BAD_INPUT;
    }
}
