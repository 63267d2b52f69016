package org.ltc.examples.cli;

import org.ltc.examples.pipeline.Pipeline;
import org.ltc.examples.report.HtmlReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.io.LtcJson;
import org.ltc.model.io.OutputFolder;
import org.ltc.model.knowledge.CategorySection;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.plugin.PhaseClock;
import org.ltc.model.plugin.PluginRegistry;
import org.ltc.model.plugin.ProgressListener;
import org.ltc.model.plugin.RunContext;
import org.ltc.model.privacy.DisclosurePolicy;
import org.ltc.model.privacy.RedactionOptions;
import org.ltc.model.report.CommunityReport;
import org.ltc.theming.ThemableNotes;
import org.ltc.theming.Themer;
import org.ltc.theming.Themers;
import org.ltc.theming.ThemingRequest;
import org.ltc.theming.knowledge.PublicKnowledgeBuilder;
import org.ltc.theming.knowledge.PublicKnowledgeOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ltc theme}: themes a conversation set's notes and assembles public knowledge, writing
 * {@code theme-set.json}, {@code public-knowledge.json} and {@code report.json} (a community report that
 * {@code ltc report} renders).
 */
@Command(name = "theme",
        mixinStandardHelpOptions = true,
        description = {"Theme what residents said into public knowledge: themes by category with their breadth, "
                + "quotes and, for Polis data, how each opinion group voted. Personal data is redacted from the "
                + "notes before theming unless the input says it already was."},
        footer = {"", "Examples:",
                "  ltc theme --input notes.json --out out",
                "  ltc theme --polis ../shared/data/polis-bowling-green --out bg",
                "  ltc theme --csv notes.csv --text-column text --participant-column participant \\",
                "      --segment-column neighbourhood --themer codebook --out out",
                "  ltc theme --input notes.json --themer codebook --set ltc.theming.codebook.file=my-codes.qdc",
                "  ltc theme --input notes.json --themer kmeans --k 12 --seed 7 --threads 2 --format terms",
                "  ltc theme --input notes.json --k 40 --top-k 8 --out out",
                "  ltc theme --input notes.json --embedding-model model.onnx --tokenizer tokenizer.json \\",
                "      --multilingual --out out",
                "  ltc theme --input notes.json --json --out out",
                "  ltc theme --csv notes.csv --text-column text --redact-names names.txt --out out",
                "",
                "Writes DIR/theme-set.json, DIR/public-knowledge.json and DIR/report.json; then",
                "  ltc report --input DIR/report.json --out DIR   renders the report as HTML.",
                "Options for themers and assembly go in --set: ltc.theming.<themer>.<option>=VALUE,",
                "ltc.knowledge.quotesPerTheme=N, ltc.privacy.minParticipants=K (default 5), and the",
                "redaction switches ltc.privacy.phones=false and the like (an unknown ltc.privacy key is an error).",
                "Run 'ltc options' for every option with its type, default and allowed values."})
final class ThemeCommand implements Callable<Integer> {
    /** The summary shows this many themes per category, widest first, so it stays readable. */
    static final int MAX_PER_CATEGORY = 10;

    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    NoteSource source;

    @Mixin
    CreatedAtOption createdAt;

    @Option(names = "--themer", paramLabel = "ID",
            description = "The themer to use (default: semantic, themes by meaning, when an embedding model can "
                    + "run; else kmeans, else codebook).")
    String themer;

    @Mixin
    ThemerChoice choice;

    @Option(names = "--k", paramLabel = "N", description = "How many themes; for semantic, the finest themes "
            + "(sub-themes) (themers that take a k; sets ltc.theming.<themer>.k).")
    Integer k;

    @Option(names = "--top-k", paramLabel = "N", description = "How many top-level themes (semantic; sets "
            + "ltc.theming.semantic.topK; default: chosen from the number of notes, at most 20).")
    Integer topK;

    @Mixin
    RunSettings run;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to write the three JSON documents to.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "summary",
            description = "What to print: summary (default), terms (one line per theme: its top terms), json.")
    String format;

    @Option(names = "--title", paramLabel = "TEXT", description = "The report's title.")
    String title;

    @Mixin
    RedactionChoice redaction;

    @Override
    public Integer call() {
        String fmt = common.json ? "json" : format.toLowerCase(Locale.ROOT);
        if (!List.of("summary", "terms", "json").contains(fmt)) {
            throw new InvalidOptionsException("--format", format, "must be summary, terms or json");
        }
        if (out != null) {
            OutputFolder.checkFolder(out); // before the work, not after it
        }
        java.time.Clock clock = createdAt.clock();
        // Where the time goes, phase by phase: in --json output, and in the theme set's provenance unless the
        // run pins --created-at (a reproducible run writes byte-identical files, and times never repeat).
        PhaseClock phases = PhaseClock.start();
        // Every ltc.privacy.* key is checked first (a misspelt one is an error, as for ltc.theming.*).
        RedactionOptions redactionOptions = redaction.options(run.properties());
        // (nested, so the set as read is garbage once redacted: a million notes are not held twice)
        ConversationSet set = redact(phases.time(PhaseClock.READ, () -> source.load(spec.commandLine().getErr(),
                clock)), redactionOptions, phases);
        PluginRegistry<Themer> registry = Themers.discover(ThemeCommand.class.getClassLoader());
        String id = ThemerChoice.id(themer, registry);
        Themer chosen = choice.themer(id, registry);
        Map<String, String> options = run.properties();
        if (k != null) {
            options.put("ltc.theming." + id + ".k", Integer.toString(k));
        }
        if (topK != null) {
            options.put("ltc.theming." + id + ".topK", Integer.toString(topK));
        }
        ProgressListener progress = ProgressBar.onStderr(spec, "theme", "json".equals(fmt));
        ThemingRequest request = ThemingRequest.of(set, new RunContext(run.seed, options, run.threads, null, progress,
                null, clock, phases));
        ThemeSet themed = chosen.theme(request);
        // the theme set's inputSha256 is this set's digest (one canonical recipe): public knowledge need not hash
        // the notes again, as long as the themer saw this very set
        String knownDigest = request.conversations() == set ? themed.provenance().inputSha256() : null;
        ProgressBar.finish(progress);
        PublicKnowledgeOptions pkOptions = PublicKnowledgeOptions.bind(Pipeline.knowledgeProperties(options)).toBuilder()
                .clock(clock).build();
        PublicKnowledge pk = phases.time(PhaseClock.PUBLIC_KNOWLEDGE,
                () -> new PublicKnowledgeBuilder(pkOptions).build(themed, set, knownDigest, request.context()));
        ThemeSet themes = createdAt.createdAt != null ? themed.withProvenance(themed.provenance().withPhaseMillis(
                Map.of())) : themed.withProvenance(themed.provenance().withPhaseMillis(phases.millis()));
        String reportTitle = title != null ? title : "Public knowledge"
                + (set.community() != null ? ": " + set.community().name() : "");
        List<String> attributions = new ArrayList<>();
        if (set.guide() != null && set.guide().source() != null) {
            attributions.add(set.guide().source());
        }
        CommunityReport report = new CommunityReport(reportTitle, pk, null, null, null,
                pkOptions.disclosure().minParticipants(), attributions);
        Map<String, Path> written = new LinkedHashMap<>();
        if (out != null) {
            // The three documents appear together or not at all: a failure leaves the previous run's files.
            LtcJson json = LtcJson.defaults();
            phases.time(PhaseClock.WRITE, () -> {
                try (OutputFolder folder = OutputFolder.open(out)) {
                    written.put("themeSet", folder.writeString("theme-set.json", json.write(themes)));
                    written.put("publicKnowledge", folder.writeString("public-knowledge.json", json.write(pk)));
                    written.put("report", folder.writeString("report.json", json.write(report)));
                    folder.commit();
                }
            });
        }
        PrintWriter o = spec.commandLine().getOut();
        switch (fmt) {
            case "terms" -> printTerms(o, themes);
            case "json" -> printJson(o, id, set, themes, pk, written, phases);
            default -> printSummary(o, id, set, themes, pk, written, pkOptions.disclosure());
        }
        return LtcCommand.OK;
    }

    /**
     * Redaction once, decided by the set's own record: a set imported and redacted is kept as it is; one never
     * redacted, or with notes added or edited since, is redacted now (the library records it).
     */
    private static ConversationSet redact(ConversationSet read, RedactionOptions redaction, PhaseClock phases) {
        return phases.time(PhaseClock.REDACT, () -> Pipeline.redacted(read, redaction));
    }

    /** One line per theme: its top terms, most characteristic first, phrases joined by underscores. */
    static void printTerms(PrintWriter o, ThemeSet themes) {
        for (Theme t : themes.themes()) {
            List<String> terms = t.keyTerms().isEmpty()
                    ? List.of(t.label().toLowerCase(Locale.ROOT).split("\\W+"))
                    : t.keyTerms();
            o.println(Terminal.visible(String.join(" ", terms.stream().map(s -> s.strip().replaceAll("\\s+", "_"))
                    .filter(s -> !s.isEmpty()).toList())));
        }
    }

    private static void printSummary(PrintWriter o, String themerId, ConversationSet set, ThemeSet themes,
                                     PublicKnowledge pk, Map<String, Path> written, DisclosurePolicy k) {
        ThemableNotes themable = ThemableNotes.of(set);
        int notes = themable.notes().size();
        int top = themes.topLevel().size();
        int finest = themes.finest().size();
        String summary = themable.summary();
        o.printf(Locale.ROOT, "%s with %s (seed %d): %d %s%s, %d %s unassigned (%.0f%%)%n",
                Character.toUpperCase(summary.charAt(0)) + summary.substring(1), themerId,
                themes.provenance().seed(), top, top == themes.themes().size() ? "themes" : "top-level themes",
                top == themes.themes().size() ? "" : " (" + finest + " finest)", themes.unassigned().size(),
                themable.noun(), notes == 0 ? 0.0 : 100.0 * themes.unassigned().size() / notes);
        int kk = k.minParticipants();
        o.printf(Locale.ROOT, "Engaged: %s, %s took part (%s wrote, %s voted), %s, %s%n",
                HtmlReport.count(pk.engagement().conversations(), "conversation", "conversations"),
                HtmlReport.people(pk.engagement().participants(), kk),
                HtmlReport.people(pk.engagement().writers(), kk), pk.engagement().votes() == 0 ? "nobody"
                        : HtmlReport.people(pk.engagement().voters(), kk),
                HtmlReport.count(pk.engagement().notes(), "note", "notes"),
                HtmlReport.count(pk.engagement().votes(), "vote", "votes"));
        Map<String, Theme> byId = new LinkedHashMap<>();
        pk.themes().forEach(t -> byId.put(t.id(), t));
        for (CategorySection s : pk.sections()) {
            o.println();
            o.println(s.category().id().toUpperCase(Locale.ROOT).replace('-', ' '));
            int shown = 0;
            for (String id : s.themeIds()) {
                if (shown++ == MAX_PER_CATEGORY) {
                    o.println("  ... and " + (s.themeIds().size() - MAX_PER_CATEGORY)
                            + " more, widest first (all in public-knowledge.json)");
                    break;
                }
                Theme t = byId.get(id);
                StringBuilder line = new StringBuilder("  ").append(Terminal.visible(t.label())).append(" - ")
                        .append(HtmlReport.count(t.frequency(), "note", "notes")).append(", wrote: ")
                        .append(HtmlReport.people(t.breadth().wrote(), kk));
                if (pk.engagement().votes() > 0) {
                    line.append(", agreed with: ").append(HtmlReport.people(t.breadth().agreed(), kk));
                }
                if (t.consensus() != null) {
                    line.append(String.format(Locale.ROOT, ", agreement across groups %.0f%%", 100 * t.consensus()));
                }
                if (t.divides()) {
                    line.append(", groups divide on ").append(HtmlReport.count(t.dividing().size(), "statement",
                            "statements"));
                }
                o.println(line);
                if (!t.quotes().isEmpty()) {
                    o.println("      \"" + Terminal.visible(t.quotes().get(0).text()) + "\"");
                }
                List<Theme> subs = pk.themes().stream().filter(x -> t.id().equals(x.parent())).toList();
                if (!subs.isEmpty()) {
                    o.println("      sub-themes: " + String.join("; ", subs.stream()
                            .map(x -> x.label() + " (" + x.frequency() + ")").toList()));
                }
            }
        }
        if (pk.story() != null) {
            o.println();
            o.println("Draft story: " + Terminal.visible(pk.story().text()));
        }
        if (pk.opinionGroups() != null && pk.opinionGroups().unavailable() != null) {
            o.println("Common ground and division: none shown, " + pk.opinionGroups().unavailable());
        } else if (pk.opinionGroups() != null) {
            o.println("Opinion groups divide on " + HtmlReport.count(pk.themes().stream().mapToInt(t -> t.dividing()
                    .size()).sum(), "statement", "statements") + " and agree on " + HtmlReport.count(pk.themes()
                    .stream().mapToInt(t -> t.commonGround().size()).sum(), "statement", "statements"));
        }
        if (!pk.gaps().isEmpty()) {
            o.println("Gaps: " + HtmlReport.count(pk.gaps().size(), "segment", "segments")
                    + " reached too little (see public-knowledge.json)");
        }
        written.values().forEach(p -> o.println("wrote " + p));
    }

    private static void printJson(PrintWriter o, String themerId, ConversationSet set, ThemeSet themes,
                                  PublicKnowledge pk, Map<String, Path> written, PhaseClock phases) {
        LtcJson json = LtcJson.defaults();
        ObjectNode n = json.mapper().createObjectNode();
        n.put("themer", themerId);
        n.put("seed", themes.provenance().seed());
        ThemableNotes themable = ThemableNotes.of(set);
        n.put("notes", set.notes().size());
        n.put("themed", themable.notes().size());
        n.put("rejected", themable.rejected());
        n.put("meta", themable.meta());
        n.put("unassigned", themes.unassigned().size());
        ArrayNode list = n.putArray("themes");
        for (Theme t : pk.themes()) {
            ObjectNode tn = list.addObject();
            tn.put("id", t.id());
            tn.put("label", t.label());
            tn.put("category", t.category().id());
            if (t.parent() != null) {
                tn.put("parent", t.parent());
            }
            tn.put("notes", t.frequency());
            tn.put("participants", t.breadth().participants());
            if (t.breadth().wrote() != null) {
                tn.put("wrote", t.breadth().wrote());
            }
            if (t.breadth().agreed() != null) {
                tn.put("agreed", t.breadth().agreed());
            }
            tn.put("dividing", t.dividing().size());
            tn.put("commonGround", t.commonGround().size());
            tn.put("conversations", t.breadth().conversations());
            ArrayNode terms = tn.putArray("keyTerms");
            t.keyTerms().forEach(terms::add);
            if (!t.quotes().isEmpty()) {
                tn.put("quote", t.quotes().get(0).text());
            }
            if (t.consensus() != null) {
                tn.put("consensus", t.consensus());
            }
        }
        if (pk.story() != null) {
            n.put("story", pk.story().text());
        }
        // milliseconds per phase, in the order run (wall clock: they vary from run to run)
        ObjectNode ms = n.putObject("phaseMillis");
        phases.millis().forEach(ms::put);
        ObjectNode files = n.putObject("files");
        written.forEach((key, p) -> files.put(key, p.toString()));
        JsonOut.print(o, n);
    }
}
