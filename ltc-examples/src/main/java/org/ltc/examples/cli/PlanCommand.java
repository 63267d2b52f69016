package org.ltc.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ltc.calibration.action.ActionPatternCatalogue;
import org.ltc.calibration.action.ActionPlanner;
import org.ltc.calibration.action.Finding;
import org.ltc.calibration.action.IntentionalityCheck;
import org.ltc.calibration.action.IntentionalityReport;
import org.ltc.calibration.action.PlanDraft;
import org.ltc.calibration.action.PlannerOptions;
import org.ltc.model.InvalidInputException;
import org.ltc.model.action.Action;
import org.ltc.model.action.ActionPlan;
import org.ltc.model.action.LibraryCapacities;
import org.ltc.model.action.Partner;
import org.ltc.model.io.LtcJson;
import org.ltc.model.privacy.DisclosurePolicy;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.stage.StageAssessment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ltc plan}: draft an action plan in the sweet spot, fitted to the stage. */
@Command(name = "plan",
        mixinStandardHelpOptions = true,
        description = "Draft an action plan from public knowledge, a stage assessment and the library's capacities: "
                + "the broadest aspiration, the sweet spot, stage-fit actions ranked with reasons, and the patterns "
                + "kept out because they do not fit the stage.",
        footer = {"", "Examples:",
                "  ltc plan --knowledge out/public-knowledge.json --assessment out/assessment.json \\",
                "           --capacities library-capacities.json --out out/plan.json",
                "  ltc plan --knowledge pk.json --assessment a.json --capacities caps.json --json > draft.json",
                "The capacities file is a library-capacities document: spaces, programmes, staff skills and partners",
                "(with tags from the catalogue's capacityTags) and the team's public-capital ratings.",
                "Then check and edit the plan: ltc check out/plan.json"})
final class PlanCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--knowledge", required = true, paramLabel = "FILE", description = "A public-knowledge document.")
    Path knowledge;

    @Option(names = "--assessment", required = true, paramLabel = "FILE", description = "A stage-assessment document.")
    Path assessment;

    @Option(names = "--capacities", required = true, paramLabel = "FILE",
            description = "A library-capacities document.")
    Path capacities;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the action-plan document.")
    Path out;

    @Option(names = "--catalogue", paramLabel = "FILE",
            description = "An action-pattern catalogue to use instead of the built-in one.")
    Path catalogue;

    @Option(names = "--max-actions", paramLabel = "N", defaultValue = "" + PlannerOptions.DEFAULT_MAX_ACTIONS,
            description = "Most actions in the plan (default: ${DEFAULT-VALUE}).")
    int maxActions;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0", description = "Breaks ties (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--plan-id", paramLabel = "ID", defaultValue = PlannerOptions.DEFAULT_PLAN_ID,
            description = "The plan's id (default: ${DEFAULT-VALUE}).")
    String planId;

    @picocli.CommandLine.Mixin
    CreatedAtOption createdAt;

    @Override
    public Integer call() {
        LtcJson json = LtcJson.defaults();
        PublicKnowledge pk = json.read(readable(knowledge), PublicKnowledge.class);
        StageAssessment sa = json.read(readable(assessment), StageAssessment.class);
        LibraryCapacities caps = json.read(readable(capacities), LibraryCapacities.class);
        ActionPatternCatalogue cat = catalogue == null ? ActionPatternCatalogue.builtIn()
                : ActionPatternCatalogue.load(readable(catalogue));
        Clock clock = createdAt.clock();
        PlannerOptions options = PlannerOptions.builder().maxActions(maxActions).seed(seed).planId(planId)
                .clock(clock).catalogue(cat).build();
        PlanDraft draft = new ActionPlanner(options).draft(pk, sa, caps);
        IntentionalityReport check = new IntentionalityCheck(cat, clock).check(draft.plan(), pk);
        if (out != null) {
            json.write(draft.plan(), out);
        }
        PrintWriter w = spec.commandLine().getOut();
        if (common.json) {
            var root = json.mapper().createObjectNode();
            root.set("draft", json.mapper().valueToTree(draft));
            root.put("concerns", check.concerns().size());
            if (out != null) {
                root.put("written", out.toString());
            }
            JsonOut.print(w, root);
        } else {
            print(draft, check, caps, ActionPlanner.disclosureOf(pk), w);
            if (out != null) {
                w.println("wrote " + out);
            }
        }
        return LtcCommand.OK;
    }

    private static Path readable(Path p) {
        if (!Files.isRegularFile(p)) {
            throw new InvalidInputException(p.toString(), null, null, null, "is not a readable file");
        }
        return p;
    }

    static void print(PlanDraft d, IntentionalityReport check, LibraryCapacities caps, DisclosurePolicy k,
                      PrintWriter w) {
        ActionPlan p = d.plan();
        w.println(Terminal.visible(p.title()));
        w.println("=".repeat(Math.min(78, p.title().length())));
        // The plan serves the broadest aspiration the opinion groups share, not always the broadest: name that one.
        PlanDraft.RankedTheme top = d.aspirations().stream().filter(a -> a.label().equals(p.aspiration()))
                .findFirst().orElse(null);
        if (top == null) {
            // opinion groups divide on every aspiration: a change people share stands in (the planner says why)
            w.println(Terminal.visible("Aspiration: " + p.aspiration() + " [a change people share: opinion groups "
                    + "divide on each of the " + d.aspirations().size() + " aspirations]"));
        } else {
            w.println(Terminal.visible("Aspiration: " + p.aspiration() + " [" + top.themeId() + ", "
                    + ActionPlanner.participantsLabel(top.participants(), k) + " participants; "
                    + (top == d.aspirations().get(0) ? "the broadest" : "the broadest shared") + " of "
                    + d.aspirations().size() + "]"));
        }
        if (p.issue() != null) {
            w.println(Terminal.visible("Issue:      " + p.issue()));
        }
        w.println("Stage:      " + p.stageId() + " - " + p.stageRationale());
        w.println("Sweet spot: issues " + d.sweetSpot().issues() + "; capacities " + d.sweetSpot().capacityIds()
                + "; lacking " + d.sweetSpot().lackingCapital());
        w.println();
        w.println("Actions (" + p.actions().size() + "):");
        int i = 1;
        for (Action a : p.actions()) {
            PlanDraft.Candidate c = d.candidates().stream().filter(x -> x.patternId().equals(a.id())).findFirst()
                    .orElseThrow();
            w.printf(Locale.ROOT, "%2d. %s [%s] score %.2f%n", i++, Terminal.visible(a.title()), a.id(), c.score());
            w.println("    " + a.participation() + ", " + a.start() + " to " + a.due() + ", owner " + a.owner());
            w.println("    themes " + a.themeIds() + "; capacities " + a.capacityIds().stream()
                    .map(id -> caps.capacity(id).map(x -> x.name()).orElse(id)).toList());
            w.println("    grows " + a.publicCapital());
            w.println("    partners " + a.partners().stream().map(Partner::name).toList());
            for (String r : c.reasons()) {
                w.println("    - " + r);
            }
        }
        if (!d.flagged().isEmpty()) {
            w.println();
            w.println("Kept out: they speak to what people said but do not fit " + p.stageId() + ":");
            for (PlanDraft.Flagged f : d.flagged()) {
                w.println("  - " + f.title() + " [" + f.patternId() + "]: " + f.why());
            }
        }
        w.println();
        List<Finding> concerns = check.concerns();
        w.println("Intentionality check: " + (concerns.isEmpty() ? "no concerns" : concerns.size() + " concern(s)"));
        concerns.forEach(f -> w.println("  " + f.line()));
    }
}
