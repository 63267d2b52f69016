package org.ltc.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import org.ltc.calibration.action.ActionPatternCatalogue;
import org.ltc.calibration.action.Finding;
import org.ltc.calibration.action.IntentionalityCheck;
import org.ltc.calibration.action.IntentionalityReport;
import org.ltc.calibration.action.Progress;
import org.ltc.model.InvalidInputException;
import org.ltc.model.action.ActionPlan;
import org.ltc.model.io.LtcJson;
import org.ltc.model.knowledge.PublicKnowledge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ltc check FILE}: the 3A's and stage-fit checks over an action plan. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        description = "Run the intentionality check over an action plan (drafted or hand-written): authority, "
                + "authenticity, accountability and fit to the stage. Prints one finding per line.",
        footer = {"", "Examples:", "  ltc check out/plan.json",
                "  ltc check out/plan.json --knowledge out/public-knowledge.json --today 2026-09-01",
                "  ltc check out/plan.json --share-back out/share-back.md",
                "Each line: VERDICT <tab> test <tab> action id or (plan) <tab> rule <tab> reason.",
                "Exit codes: 0 no concern, 3 concerns found, 2 bad input."})
final class CheckCommand implements Callable<Integer> {
    /** Exit code when the check found concerns. */
    static final int CONCERNS = 3;

    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "An action-plan document.")
    Path file;

    @Option(names = "--knowledge", paramLabel = "FILE",
            description = "Public knowledge: also check that every cited theme exists.")
    Path knowledge;

    @Option(names = "--catalogue", paramLabel = "FILE",
            description = "An action-pattern catalogue to use instead of the built-in one.")
    Path catalogue;

    @Option(names = "--today", paramLabel = "DATE", description = "Judge dates as of this day (default: today, UTC).")
    LocalDate today;

    @Option(names = "--share-back", paramLabel = "FILE",
            description = "Also write a share-back summary for the community (Markdown) to FILE.")
    Path shareBack;

    @Override
    public Integer call() {
        LtcJson json = LtcJson.defaults();
        ActionPlan plan = json.read(readable(file), ActionPlan.class);
        PublicKnowledge pk = knowledge == null ? null : json.read(readable(knowledge), PublicKnowledge.class);
        ActionPatternCatalogue cat = catalogue == null ? ActionPatternCatalogue.builtIn()
                : ActionPatternCatalogue.load(readable(catalogue));
        Clock clock = today == null ? Clock.systemUTC()
                : Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        IntentionalityReport report = new IntentionalityCheck(cat, clock).check(plan, pk);
        if (shareBack != null) {
            org.ltc.model.io.TextFiles.writeAtomically(shareBack, Progress.shareBack(plan, LocalDate.now(clock),
                    Progress.RollUp.WEIGHTED));
        }
        PrintWriter w = spec.commandLine().getOut();
        if (common.json) {
            var root = json.mapper().createObjectNode();
            root.put("plan", plan.id());
            root.put("concerns", report.concerns().size());
            root.set("findings", json.mapper().valueToTree(report.findings()));
            JsonOut.print(w, root);
        } else {
            for (Finding f : report.findings()) {
                w.println(Terminal.visible(f.line()));
            }
            w.println(file + ": " + report.concerns().size() + " concern(s), "
                    + (report.findings().size() - report.concerns().size()) + " pass(es)");
        }
        return report.hasConcerns() ? CONCERNS : LtcCommand.OK;
    }

    private static Path readable(Path p) {
        if (!Files.isRegularFile(p)) {
            throw new InvalidInputException(p.toString(), null, null, null, "is not a readable file");
        }
        return p;
    }
}
