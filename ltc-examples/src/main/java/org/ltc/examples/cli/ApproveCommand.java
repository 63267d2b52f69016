package org.ltc.examples.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.ltc.examples.pipeline.ReportApproval;
import org.ltc.model.report.CommunityReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ltc approve DIR --by NAME}: the team's approval of a reviewed report. */
@Command(name = "approve",
        mixinStandardHelpOptions = true,
        description = {"Approve the report 'ltc run' wrote into DIR: records who approved and when in report.json's "
                + "provenance and renders index.html again, no longer marked a draft. Refused (exit 2) when DIR holds "
                + "no report or a file in it changed after the run (an edited review.csv must be applied with "
                + "'ltc run --review' first)."},
        footer = {"", "Examples:", "  ltc approve bg --by 'Ana R.'"})
final class ApproveCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder ltc run wrote.")
    Path dir;

    @Option(names = "--by", required = true, paramLabel = "NAME", description = "Who approves (a name or role).")
    String by;

    @Override
    public Integer call() {
        CommunityReport r = ReportApproval.approve(dir, by, Clock.systemUTC());
        String at = r.approval().orElseThrow().parameters().get("at");
        if (common.json) {
            spec.commandLine().getOut().println("{\"approvedBy\": \"" + by.replace("\\", "\\\\").replace("\"", "\\\"")
                    + "\", \"at\": \"" + at + "\"}");
        } else {
            spec.commandLine().getOut().println("approved by " + by + " at " + at + "; wrote "
                    + dir.resolve("report.json") + " and " + dir.resolve("index.html"));
        }
        return LtcCommand.OK;
    }
}
