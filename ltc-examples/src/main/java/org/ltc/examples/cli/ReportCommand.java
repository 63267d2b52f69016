package org.ltc.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ltc.examples.report.HtmlReport;
import org.ltc.model.InvalidInputException;
import org.ltc.model.io.DocumentKind;
import org.ltc.model.io.LtcJson;
import org.ltc.model.io.TextFiles;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.report.CommunityReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ltc report --input FILE --out DIR}: one self-contained HTML page. */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        description = "Render a community report (or public knowledge) as one self-contained HTML page.",
        footer = {"", "Examples:",
                "  ltc report --input ltc-report/report.json --out ltc-report",
                "  ltc report --input out/public-knowledge.json --out out",
                "Writes DIR/index.html: no network needed, opens from file://, prints well."})
final class ReportCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE",
            description = "A community-report or public-knowledge JSON document.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write index.html to.")
    Path out;

    @Option(names = "--title", paramLabel = "TEXT", description = "The page title (for a public-knowledge input).")
    String title;

    @Override
    public Integer call() {
        LtcJson json = LtcJson.defaults();
        if (!Files.isRegularFile(input)) {
            throw new InvalidInputException(input.toString(), null, null, null, "is not a readable file");
        }
        DocumentKind kind = json.kindOf(input);
        CommunityReport report = switch (kind) {
            case COMMUNITY_REPORT -> (CommunityReport) json.read(input, kind);
            case PUBLIC_KNOWLEDGE -> {
                PublicKnowledge pk = (PublicKnowledge) json.read(input, kind);
                String t = title != null ? title : "Public knowledge"
                        + (pk.community() == null ? "" : ": " + pk.community().name());
                yield new CommunityReport(t, pk, null, null, null, 5, List.of());
            }
            default -> throw new InvalidInputException(input.toString(), "/kind", "kind", kind.id(),
                    "must be community-report or public-knowledge");
        };
        Path page = out.resolve("index.html");
        TextFiles.writeAtomically(page, new HtmlReport().render(report));
        if (common.json) {
            JsonOut.print(spec.commandLine().getOut(), java.util.Map.of("report", page.toString()));
        } else {
            spec.commandLine().getOut().println("wrote " + page);
        }
        return LtcCommand.OK;
    }
}
