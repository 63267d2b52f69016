package org.ltc.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ltc.theming.codebook.Codebook;
import org.ltc.theming.codebook.RefiQdaCodebook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ltc codebook}: writes the built-in codebook as a REFI-QDA codebook ({@code .qdc}), the exchange format
 * of qualitative-analysis tools (NVivo, ATLAS.ti, MAXQDA), to edit there or by hand and give back to
 * {@code ltc theme --themer codebook --set ltc.theming.codebook.file=FILE}.
 */
@Command(name = "codebook",
        mixinStandardHelpOptions = true,
        description = {"Write the built-in codebook (codes with their key terms and categories) as a REFI-QDA "
                + "codebook file (.qdc), to adapt and use with the codebook themer."},
        footer = {"", "Examples:",
                "  ltc codebook --out default.qdc",
                "  ltc theme --input notes.json --themer codebook --set ltc.theming.codebook.file=default.qdc"})
final class CodebookCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE.qdc", description = "Where to write the codebook.")
    Path out;

    @Override
    public Integer call() {
        Codebook book = Codebook.defaults();
        RefiQdaCodebook.write(book, out);
        var o = spec.commandLine().getOut();
        if (common.json) {
            var root = JsonOut.object();
            root.put("codebook", book.id());
            root.put("codes", book.codes().size());
            root.put("written", out.toString());
            JsonOut.print(o, root);
        } else {
            o.println("wrote " + out + ": the built-in codebook " + book.id() + ", " + book.codes().size() + " codes");
        }
        return LtcCommand.OK;
    }
}
