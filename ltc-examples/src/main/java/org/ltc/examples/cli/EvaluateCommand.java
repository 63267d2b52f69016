package org.ltc.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.ltc.model.InvalidInputException;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.io.CsvFormat;
import org.ltc.model.io.CsvRow;
import org.ltc.model.io.CsvTable;
import org.ltc.model.io.LtcJson;
import org.ltc.model.plugin.PluginRegistry;
import org.ltc.theming.Themer;
import org.ltc.theming.Themers;
import org.ltc.theming.eval.EvaluationResult;
import org.ltc.theming.eval.ThemingEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import org.ltc.model.io.InputFiles;

/**
 * {@code ltc evaluate}: themes labelled texts from a CSV file and prints how well the themes recover the
 * labels (NMI with arithmetic normalisation, AMI, ARI, V-measure), label-free quality (NPMI coherence,
 * topic diversity, unassigned share) and, with several seeds, stability (mean pairwise ARI). Themers with two
 * levels are scored at the finest.
 */
@Command(name = "evaluate",
        mixinStandardHelpOptions = true,
        description = {"Measure a themer against labelled texts: NMI (arithmetic normalisation, as "
                + "scikit-learn), AMI, ARI, V-measure, NPMI coherence, topic diversity, the share left unassigned "
                + "and, with several seeds, stability (mean pairwise ARI between the runs). Metrics are averaged "
                + "over the seeds; unassigned texts count as one extra cluster."},
        footer = {"", "Examples:",
                "  ltc evaluate --input banking77/test.csv --text-column text --label-column category --k 77",
                "  ltc evaluate --input test.csv --text-column text --label-column category --seeds 1,2,3 --json",
                "  ltc evaluate --input test.csv --text-column text --label-column category --themer kmeans "
                        + "--set ltc.theming.kmeans.representation=lsa --threads 2"})
final class EvaluateCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE.csv",
            description = "A CSV file with a header row (RFC 4180), read as ltc import reads notes.")
    Path input;

    @Option(names = "--encoding", paramLabel = "NAME", defaultValue = "UTF-8",
            description = "The file's character encoding (default: ${DEFAULT-VALUE}; e.g. windows-1252). A file "
                    + "with a byte-order mark is read by its mark (UTF-16 too).")
    String encoding;

    @Option(names = "--text-column", required = true, paramLabel = "NAME", description = "The column holding the text.")
    String textColumn;

    @Option(names = "--label-column", required = true, paramLabel = "NAME",
            description = "The column holding the gold label.")
    String labelColumn;

    @Option(names = "--themer", paramLabel = "ID",
            description = "The themer to measure (default: semantic when an embedding model can run, else kmeans).")
    String themer;

    @Mixin
    ThemerChoice choice;

    @Option(names = "--k", paramLabel = "N", description = "How many themes; for semantic, the finest themes, "
            + "which are the ones scored (sets ltc.theming.<themer>.k).")
    Integer k;

    @Option(names = "--seeds", paramLabel = "S,S,...", split = ",", defaultValue = "1",
            description = "Seeds to run with (default: ${DEFAULT-VALUE}); metrics are averaged over them.")
    List<Long> seeds;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1", description = "Threads to use (default: "
            + "${DEFAULT-VALUE}). Results do not depend on it.")
    int threads;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "An option property; repeatable.")
    Map<String, String> properties = new LinkedHashMap<>();

    @Override
    public Integer call() {
        List<String> texts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        read(texts, labels);
        PluginRegistry<Themer> registry = Themers.discover(EvaluateCommand.class.getClassLoader());
        String id = ThemerChoice.id(themer, registry);
        Themer chosen = choice.themer(id, registry);
        Map<String, String> options = new TreeMap<>(properties);
        if (k != null) {
            options.put("ltc.theming." + id + ".k", Integer.toString(k));
        }
        org.ltc.model.plugin.ProgressListener progress = ProgressBar.onStderr(spec, "evaluate", common.json);
        EvaluationResult r = ThemingEvaluator.evaluate(chosen, texts, labels, options, seeds, threads, progress, null);
        ProgressBar.finish(progress);
        PrintWriter o = spec.commandLine().getOut();
        if (common.json) {
            LtcJson json = LtcJson.defaults();
            ObjectNode n = json.mapper().createObjectNode();
            n.put("themer", r.themer());
            n.put("documents", r.documents());
            n.put("classes", r.classes());
            n.put("nmi", r.nmi());
            n.put("ami", r.ami());
            n.put("ari", r.ari());
            n.put("vMeasure", r.vMeasure());
            n.put("homogeneity", r.homogeneity());
            n.put("completeness", r.completeness());
            n.put("themes", r.themes());
            n.put("unassigned", r.unassigned());
            n.put("coherence", r.coherence());
            n.put("diversity", r.diversity());
            if (r.stability() != null) {
                n.put("stability", r.stability());
            }
            n.put("seconds", r.seconds());
            ArrayNode runs = n.putArray("seeds");
            for (EvaluationResult.Run run : r.runs()) {
                ObjectNode rn = runs.addObject();
                rn.put("seed", run.seed());
                rn.put("nmi", run.nmi());
                rn.put("ami", run.ami());
                rn.put("ari", run.ari());
                rn.put("themes", run.themes());
                rn.put("seconds", run.seconds());
            }
            JsonOut.print(o, n);
        } else {
            o.printf(Locale.ROOT, "%s on %d texts with %d labels, seeds %s%n", r.themer(), r.documents(), r.classes(),
                    seeds);
            o.printf(Locale.ROOT, "  NMI (arithmetic) %.4f   AMI %.4f   ARI %.4f   V-measure %.4f%n", r.nmi(), r.ami(),
                    r.ari(), r.vMeasure());
            o.printf(Locale.ROOT, "  homogeneity %.4f   completeness %.4f%n", r.homogeneity(), r.completeness());
            o.printf(Locale.ROOT, "  themes %.1f   unassigned %.1f%%   NPMI coherence %.3f   diversity %.3f%n",
                    r.themes(), 100 * r.unassigned(), r.coherence(), r.diversity());
            if (r.stability() != null) {
                o.printf(Locale.ROOT, "  stability (mean pairwise ARI) %.4f%n", r.stability());
            }
            o.printf(Locale.ROOT, "  %.2f s per run%n", r.seconds());
        }
        return LtcCommand.OK;
    }

    private void read(List<String> texts, List<String> labels) {
        CsvFormat format;
        try {
            format = CsvFormat.defaults().withEncoding(encoding);
        } catch (InvalidOptionsException e) {
            throw new InvalidOptionsException("--encoding", encoding, "is not a character encoding this Java knows; "
                    + "use UTF-8, windows-1252, ISO-8859-1 or UTF-16 (with a byte-order mark)");
        }
        // The note import's reader and limits: broken quoting, over-long fields and too many columns are errors
        // naming the file and line, never rows silently merged.
        CsvTable table = CsvTable.read(input, format);
        int textIndex = table.requireColumn(textColumn, "--text-column");
        int labelIndex = table.requireColumn(labelColumn, "--label-column");
        for (CsvRow row : table.rows()) {
            row.required(textIndex); // refuses a blank text, naming the line
            texts.add(row.get(textIndex));
            labels.add(row.required(labelIndex));
        }
        if (texts.isEmpty()) {
            throw new InvalidInputException(input.toString(), null, "rows", "0", "must hold at least one labelled text");
        }
    }
}
