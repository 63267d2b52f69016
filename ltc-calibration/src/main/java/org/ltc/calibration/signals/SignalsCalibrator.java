package org.ltc.calibration.signals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.ltc.calibration.CalibrationInput;
import org.ltc.calibration.CalibrationInputs;
import org.ltc.calibration.Calibrator;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.conversation.Moderation;
import org.ltc.model.conversation.Note;
import org.ltc.model.knowledge.Quote;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.plugin.ConfiguredPlugin;
import org.ltc.model.stage.Reason;
import org.ltc.model.stage.Stage;
import org.ltc.model.stage.StageAssessment;
import org.ltc.model.stage.StageFramework;
import org.ltc.model.stage.StageProbability;

/**
 * The {@code signals} calibrator: judges the stage from what people said, by counting stage signals in
 * the notes (or the themes) through a lexicon per stage ({@link SignalLexicon}, replaceable by a host).
 *
 * <h2>Method</h2>
 * A dictionary (lexicon) method in the tradition of content analysis with word lists (Pennebaker et al.,
 * LIWC; Harwood's stage descriptions supply the categories):
 * <ol>
 *   <li>Each text (a note; or a theme's label, key terms and quotes) is reduced to English stems; each
 *       lexicon phrase found in it counts once, times its boost ({@code phrase^2}).</li>
 *   <li>A note weighs {@code w = (1 + a) / (1 + a + d) * (1 + ln(1 + a + d))} for {@code a} agrees and
 *       {@code d} disagrees (1 with no votes): the share of support times the attention it drew. A theme
 *       weighs {@code sqrt(frequency)}.</li>
 *   <li>A stage's signal weight {@code S_k} is the sum over texts of {@code w} times its boosted matches.</li>
 *   <li>The distribution is a softmax over {@code sharpness * ln(S_k + smoothing)}, i.e.
 *       {@code p_k = (S_k + a)^t / sum_j (S_j + a)^t} with pseudo-count {@code a} (default 1) and sharpness
 *       {@code t} (default 1): proportional to the smoothed weights, and never 0 for any stage.</li>
 * </ol>
 * A lexicon term that the conversation's own question uses (the guide's questions, the conversations' titles)
 * is not counted: it echoes the prompt rather than saying where people stand, so a prompt asking what
 * "should" change makes "should" no signal. The reasons list such terms.
 * Public-capital factors are detected with the lexicon's factor terms and reported as reasons (how many
 * texts mention each, citing them); they do not move the distribution. Notes a moderator rejected are left
 * out unless asked for.
 *
 * <p>Immutable and thread-safe: each run builds its own analyzer. Deterministic: no randomness is used
 * (the seed is recorded in provenance all the same).
 */
public final class SignalsCalibrator extends ConfiguredPlugin<SignalsOptions> implements Calibrator {
    /** The calibrator's id. */
    public static final String ID = "signals";
    private static final int CITED = 10;

    private final SignalLexicon lexicon;

    /** The calibrator with the built-in lexicon and default options. */
    public SignalsCalibrator() {
        this(SignalLexicon.builtIn(), SignalsOptions.defaults());
    }

    /** The calibrator with a host's lexicon and options. */
    public SignalsCalibrator(SignalLexicon lexicon, SignalsOptions options) {
        super(ID, options);
        this.lexicon = Checks.notNull("lexicon", lexicon);
    }

    public SignalLexicon lexicon() {
        return lexicon;
    }

    @Override
    public StageAssessment assess(CalibrationInput input) {
        Checks.notNull("input", input);
        SignalsOptions o = options(input.options());
        SignalLexicon lx = o.lexicon() == null ? lexicon : loadLexicon(o.lexicon());
        StageFramework fw = input.framework();
        if (!lx.frameworkId().equals(fw.id())) {
            throw InvalidInputException.field("framework", fw.id(), "the signal lexicon is for framework "
                    + lx.frameworkId() + "; give a lexicon for this framework (" + SignalsOptions.PREFIX + "lexicon)");
        }
        for (int i = 0; i < lx.stages().size(); i++) {
            String stageId = lx.stages().get(i).stageId();
            if (fw.stage(stageId).isEmpty()) {
                throw new InvalidInputException(null, "/stages/" + i, "stageId", stageId,
                        "names no stage of framework " + fw.id());
            }
        }
        List<Text> texts = texts(input, o);
        if (texts.isEmpty()) {
            throw new InvalidInputException(null, "/conversations", "notes", null,
                    "the signals calibrator needs text to read: notes (conversations) or themes (public knowledge)");
        }
        int stages = fw.stages().size();
        int factors = lx.publicCapital().size();
        double[] weight = new double[stages];
        List<List<Hit>> stageHits = new ArrayList<>();
        List<List<Hit>> factorHits = new ArrayList<>();
        List<Map<String, Integer>> termCounts = new ArrayList<>();
        for (int s = 0; s < stages; s++) {
            stageHits.add(new ArrayList<>());
            termCounts.add(new TreeMap<>());
        }
        for (int f = 0; f < factors; f++) {
            factorHits.add(new ArrayList<>());
        }
        int withSignal = 0;
        java.util.Set<String> promptTerms = new java.util.TreeSet<>();
        try (StemMatcher stageMatcher = new StemMatcher(); StemMatcher factorMatcher = new StemMatcher()) {
            for (int i = 0; i < lx.stages().size(); i++) {
                SignalLexicon.StageSignals ss = lx.stages().get(i);
                int stage = fw.stage(ss.stageId()).orElseThrow().number() - 1;
                for (int t = 0; t < ss.terms().size(); t++) {
                    stageMatcher.add(stage, ss.terms().get(t), "/stages/" + i + "/terms/" + t);
                }
            }
            for (int f = 0; f < factors; f++) {
                List<String> terms = lx.publicCapital().get(f).terms();
                for (int t = 0; t < terms.size(); t++) {
                    factorMatcher.add(f, terms.get(t), "/publicCapital/" + f + "/terms/" + t);
                }
            }
            // Words the conversation's own question puts in people's mouths are no signal of where they stand: a
            // prompt asking what "should" change makes every answer hold "should".
            for (String prompt : prompts(input)) {
                for (StemMatcher.Term t : stageMatcher.find(prompt)) {
                    promptTerms.add(t.display());
                }
            }
            for (int i = 0; i < texts.size(); i++) {
                if (i % 256 == 0) {
                    input.cancellation().check("signals");
                    input.progress().progress("texts", i, texts.size());
                }
                Text text = texts.get(i);
                double[] boost = new double[stages];
                for (StemMatcher.Term t : stageMatcher.find(text.text)) {
                    if (promptTerms.contains(t.display())) {
                        continue;
                    }
                    boost[t.group()] += t.boost();
                    termCounts.get(t.group()).merge(t.display(), 1, Integer::sum);
                }
                boolean any = false;
                for (int s = 0; s < stages; s++) {
                    if (boost[s] > 0) {
                        any = true;
                        weight[s] += text.weight * boost[s];
                        stageHits.get(s).add(new Hit(text.id, text.weight * boost[s], i));
                    }
                }
                withSignal += any ? 1 : 0;
                boolean[] seen = new boolean[factors];
                for (StemMatcher.Term t : factorMatcher.find(text.text)) {
                    if (!seen[t.group()]) {
                        seen[t.group()] = true;
                        factorHits.get(t.group()).add(new Hit(text.id, text.weight, i));
                    }
                }
            }
            input.progress().progress("texts", texts.size(), texts.size());
        }

        double[] p = new double[stages];
        double sum = 0;
        for (int s = 0; s < stages; s++) {
            p[s] = Math.pow(weight[s] + o.smoothing(), o.sharpness());
            sum += p[s];
        }
        int best = 0;
        for (int s = 0; s < stages; s++) {
            p[s] /= sum;
            if (p[s] > p[best]) {
                best = s;
            }
        }
        List<StageProbability> distribution = new ArrayList<>();
        for (int s = 0; s < stages; s++) {
            distribution.add(new StageProbability(fw.stages().get(s).id(), p[s]));
        }
        List<Reason> reasons = reasons(fw, lx, texts, weight, stageHits, factorHits, termCounts, withSignal);
        if (!promptTerms.isEmpty()) {
            reasons.add(new Reason("Not counted as signals, since the conversation's own question uses them: "
                    + String.join(", ", promptTerms.stream().map(w -> "\"" + w + "\"").toList()), null,
                    promptTerms.size(), List.of()));
        }
        return new StageAssessment(fw.id(), distribution, fw.stages().get(best).id(), p[best], reasons, null,
                CalibrationInputs.provenance(this, input, o.toProperties()));
    }

    private static SignalLexicon loadLexicon(String file) {
        try {
            return SignalLexicon.load(Path.of(file));
        } catch (java.nio.file.InvalidPathException e) {
            throw new InvalidOptionsException(SignalsOptions.PREFIX + "lexicon", file, "is not a file path");
        }
    }

    /** The questions people were asked: the guide's questions and the conversations' titles (a Polis topic). */
    private static List<String> prompts(CalibrationInput input) {
        List<String> out = new ArrayList<>();
        if (input.conversations() == null) {
            return out;
        }
        if (input.conversations().guide() != null) {
            input.conversations().guide().questions().forEach(q -> out.add(q.text()));
        }
        input.conversations().conversations().forEach(c -> {
            if (c.title() != null) {
                out.add(c.title());
            }
        });
        return out;
    }

    /** A text to read, with the id it is cited by and its weight. */
    private record Text(String id, String text, double weight) {
    }

    /** A text that signalled a stage or factor, with the weight it added. */
    private record Hit(String id, double weight, int order) {
    }

    private static List<Text> texts(CalibrationInput input, SignalsOptions o) {
        boolean notesGiven = input.conversations() != null;
        boolean themesGiven = input.knowledge() != null;
        boolean readNotes = switch (o.text()) {
            case "notes", "both" -> true;
            case "themes" -> false;
            default -> notesGiven;
        };
        boolean readThemes = switch (o.text()) {
            case "themes", "both" -> true;
            case "notes" -> false;
            default -> !notesGiven;
        };
        if (readNotes && !notesGiven || readThemes && !themesGiven) {
            throw new InvalidInputException(null, readNotes && !notesGiven ? "/conversations" : "/knowledge", "text",
                    o.text(), "asks the signals calibrator to read " + (readNotes && !notesGiven ? "notes" : "themes")
                    + ", and none were given");
        }
        List<Text> texts = new ArrayList<>();
        if (readNotes) {
            for (Note n : input.conversations().notes()) {
                if (n.moderation() == Moderation.REJECTED && !o.includeRejected()) {
                    continue;
                }
                double w = 1;
                if (o.votes()) {
                    double a = n.agrees();
                    double d = n.disagrees();
                    w = (1 + a) / (1 + a + d) * (1 + Math.log1p(a + d));
                }
                texts.add(new Text(n.id(), n.text(), w));
            }
        }
        if (readThemes) {
            for (Theme t : input.knowledge().themes()) {
                StringBuilder sb = new StringBuilder(t.label());
                t.keyTerms().forEach(k -> sb.append(". ").append(k));
                for (Quote q : t.quotes()) {
                    sb.append(". ").append(q.text());
                }
                texts.add(new Text(t.id(), sb.toString(), Math.sqrt(Math.max(1, t.frequency()))));
            }
        }
        return texts;
    }

    private static List<Reason> reasons(StageFramework fw, SignalLexicon lx, List<Text> texts, double[] weight,
                                        List<List<Hit>> stageHits, List<List<Hit>> factorHits,
                                        List<Map<String, Integer>> termCounts, int withSignal) {
        List<Reason> reasons = new ArrayList<>();
        Integer[] order = new Integer[weight.length];
        for (int s = 0; s < order.length; s++) {
            order[s] = s;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(weight[b], weight[a]));
        for (int s : order) {
            List<Hit> hits = stageHits.get(s);
            if (hits.isEmpty()) {
                continue;
            }
            Stage stage = fw.stages().get(s);
            Map<String, Integer> counts = termCounts.get(s);
            List<String> top = counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(5).map(e -> "\"" + e.getKey() + "\" (" + e.getValue() + ")").toList();
            reasons.add(new Reason(String.format(Locale.ROOT, "%s: signal weight %.1f from %d text%s; most frequent: %s",
                    stage.name(), weight[s], hits.size(), hits.size() == 1 ? "" : "s", String.join(", ", top)),
                    stage.id(), Math.round(weight[s] * 1000) / 1000.0, cite(hits)));
        }
        List<Integer> factorOrder = new ArrayList<>();
        for (int f = 0; f < factorHits.size(); f++) {
            if (!factorHits.get(f).isEmpty()) {
                factorOrder.add(f);
            }
        }
        factorOrder.sort(Comparator.comparingInt((Integer f) -> -factorHits.get(f).size()).thenComparing(f -> f));
        for (int f : factorOrder) {
            List<Hit> hits = factorHits.get(f);
            String factorId = lx.publicCapital().get(f).factorId();
            reasons.add(new Reason(String.format(Locale.ROOT, "Public capital in the talk: %s mentioned in %d text%s",
                    factorId, hits.size(), hits.size() == 1 ? "" : "s"), null, hits.size(), cite(hits)));
        }
        reasons.add(new Reason(String.format(Locale.ROOT, "Read %d text%s; %d carried at least one stage signal",
                texts.size(), texts.size() == 1 ? "" : "s", withSignal), null, withSignal, List.of()));
        return reasons;
    }

    /** The strongest texts, then by input order, at most {@value #CITED}. */
    private static List<String> cite(List<Hit> hits) {
        Map<String, Boolean> ids = new LinkedHashMap<>();
        hits.stream().sorted(Comparator.comparingDouble((Hit h) -> -h.weight()).thenComparingInt(Hit::order))
                .forEach(h -> ids.putIfAbsent(h.id(), true));
        return ids.keySet().stream().limit(CITED).toList();
    }
}
