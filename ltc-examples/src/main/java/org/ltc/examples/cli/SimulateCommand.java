package org.ltc.examples.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ltc.calibration.synthetic.SyntheticCommunities;
import org.ltc.calibration.synthetic.SyntheticCommunity;
import org.ltc.calibration.synthetic.SyntheticDataset;
import org.ltc.calibration.synthetic.SyntheticOptions;
import org.ltc.model.io.LtcJson;
import org.ltc.model.io.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ltc simulate}: a synthetic dataset from a known generative model, for simulation studies. */
@Command(name = "simulate",
        mixinStandardHelpOptions = true,
        description = {"Generate synthetic communities from a documented model (latent stage -> rater scores with "
                + "bias and noise, public capital, notes whose wording carries stage signals), with the model's "
                + "Bayes rate: the best accuracy any calibrator could reach on it."},
        footer = {"", "Writes DIR/cases.csv (for ltc experiment --cases), DIR/notes.csv, DIR/ratings.csv (for ltc "
                + "agreement) and DIR/framework.json.",
                "", "Examples:",
                "  ltc simulate --communities 2000 --seed 7 --out sim",
                "  ltc experiment --cases sim/cases.csv --stage-column stage --calibrator logistic",
                "  ltc agreement --input sim/ratings.csv --metric icc",
                "  ltc simulate --raters 5 --notes 20 --out sim5   (how many raters or notes does a call need?)"})
final class SimulateCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--communities", paramLabel = "N", defaultValue = "1000", description = "How many (default ${DEFAULT-VALUE}).")
    int communities;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write to.")
    Path out;

    @Option(names = "--raters", paramLabel = "R", description = "Raters per community (default 3).")
    Integer raters;

    @Option(names = "--notes", paramLabel = "N", description = "Notes per community (default 12).")
    Integer notes;

    @Option(names = "--bayes", paramLabel = "N", defaultValue = "10000",
            description = "Communities simulated to estimate the Bayes rate (default ${DEFAULT-VALUE}; 0 to skip).")
    int bayes;

    @Override
    public Integer call() {
        // Bounded before any work, under the options' own names: --communities 2147483647 is a typo, not a study.
        SyntheticOptions.between("--communities", communities, 1, SyntheticOptions.MAX_COMMUNITIES);
        SyntheticOptions.between("--raters", raters == null ? 1 : raters, 1, SyntheticOptions.MAX_RATERS);
        SyntheticOptions.between("--notes", notes == null ? 0 : notes, 0, SyntheticOptions.MAX_NOTES);
        SyntheticOptions.between("--bayes", bayes, 0, SyntheticOptions.MAX_COMMUNITIES);
        OutputFolder.checkFolder(out);
        SyntheticOptions.Builder b = SyntheticOptions.builder().communities(communities);
        if (raters != null) {
            b.raters(raters);
        }
        if (notes != null) {
            b.notes(notes);
        }
        SyntheticOptions options = b.build();
        SyntheticDataset data = SyntheticCommunities.generate(options, seed);
        List<Path> files = data.write(out);
        int k = options.framework().stages().size();
        int[] perStage = new int[k];
        for (SyntheticCommunity c : data.communities()) {
            perStage[c.stageNumber() - 1]++;
        }
        // The Bayes rate uses its own seed stream so it does not depend on the dataset's size.
        SyntheticCommunities.BayesRate rate = bayes > 0 ? SyntheticCommunities.bayesRate(options, bayes, seed + 1) : null;
        var o = spec.commandLine().getOut();
        if (common.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("communities", communities);
            json.put("seed", seed);
            json.put("files", files.stream().map(Path::toString).toList());
            Map<String, Integer> stages = new LinkedHashMap<>();
            for (int s = 0; s < k; s++) {
                stages.put(options.framework().stage(s + 1).id(), perStage[s]);
            }
            json.put("stages", stages);
            if (rate != null) {
                json.put("bayesRate", rate.rate());
                json.put("bayesRateStandardError", rate.standardError());
            }
            JsonOut.print(o, json);
        } else {
            o.println("Generated " + communities + " synthetic communities (seed " + seed + ") in " + out + ":");
            for (Path f : files) {
                o.println("  " + f);
            }
            for (int s = 0; s < k; s++) {
                o.println(String.format(Locale.ROOT, "  %-20s %d", options.framework().stage(s + 1).name(), perStage[s]));
            }
            if (rate != null) {
                o.println(String.format(Locale.ROOT, "Bayes rate of the model: %.3f +- %.3f (%d simulated communities)",
                        rate.rate(), rate.standardError(), rate.simulations()));
            }
        }
        return LtcCommand.OK;
    }
}
