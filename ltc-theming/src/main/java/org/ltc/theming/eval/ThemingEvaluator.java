package org.ltc.theming.eval;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.ltc.model.Checks;
import org.ltc.model.InvalidInputException;
import org.ltc.model.conversation.Conversation;
import org.ltc.model.conversation.ConversationFormat;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;
import org.ltc.model.knowledge.NoteRef;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.plugin.Cancellation;
import org.ltc.model.plugin.ProgressListener;
import org.ltc.theming.Themer;
import org.ltc.theming.ThemingRequest;
import org.ltc.theming.text.Corpus;
import org.ltc.theming.text.TextAnalysisOptions;

/**
 * Themes labelled texts with any {@link Themer}, once per seed, and measures the themes against the labels
 * ({@link ClusteringMetrics}), without them ({@link TopicMetrics}), and across seeds (mean pairwise ARI).
 * Each text becomes a note {@code n1, n2, ...} of one conversation; a note's cluster is the theme whose
 * evidence weighs it most among the finest themes (sub-themes, and top-level themes without any; the first
 * such theme on a tie); unassigned notes form one extra cluster.
 */
public final class ThemingEvaluator {
    private static final int TOP_TERMS = 10;

    private ThemingEvaluator() {
    }

    /**
     * @param options  request options, e.g. {@code ltc.theming.kmeans.k=77}
     * @param seeds    one or more seeds; metrics are averaged over them
     * @param threads  threads the themer may use
     */
    public static EvaluationResult evaluate(Themer themer, List<String> texts, List<String> labels,
                                            Map<String, String> options, List<Long> seeds, int threads,
                                            ProgressListener progress, Cancellation cancellation) {
        Checks.notNull("themer", themer);
        Checks.notNull("texts", texts);
        Checks.notNull("labels", labels);
        if (texts.size() != labels.size()) {
            throw InvalidInputException.field("labels", labels.size(), "must give one label per text ("
                    + texts.size() + ")");
        }
        if (seeds == null || seeds.isEmpty()) {
            throw InvalidInputException.field("seeds", seeds, "must name at least one seed");
        }
        ConversationSet set = asConversationSet(texts);
        int[] truth = ClusteringMetrics.encode(labels);
        List<String> ids = set.notes().stream().map(Note::id).toList();
        Corpus corpus = Corpus.analyse(texts, TextAnalysisOptions.defaults());
        List<EvaluationResult.Run> runs = new ArrayList<>();
        List<int[]> assignments = new ArrayList<>();
        double coherence = 0;
        double diversity = 0;
        for (long seed : seeds) {
            ThemingRequest request = new ThemingRequest(set, options, seed, threads, null, progress, cancellation,
                    Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
            long start = System.nanoTime();
            ThemeSet themes = themer.theme(request);
            double seconds = (System.nanoTime() - start) / 1e9;
            int[] predicted = assignments(themes, ids);
            assignments.add(predicted);
            runs.add(new EvaluationResult.Run(seed, ClusteringMetrics.nmi(truth, predicted),
                    ClusteringMetrics.ami(truth, predicted), ClusteringMetrics.ari(truth, predicted),
                    ClusteringMetrics.vMeasure(truth, predicted), themes.finest().size(),
                    themes.unassigned().size() / (double) Math.max(1, texts.size()), seconds));
            List<List<String>> terms = themes.finest().stream().map(Theme::keyTerms).toList();
            coherence += TopicMetrics.npmiCoherence(terms, corpus, TOP_TERMS);
            diversity += TopicMetrics.topicDiversity(terms, TOP_TERMS);
        }
        int s = seeds.size();
        double homogeneity = 0;
        double completeness = 0;
        for (int[] predicted : assignments) {
            homogeneity += ClusteringMetrics.homogeneity(truth, predicted);
            completeness += ClusteringMetrics.completeness(truth, predicted);
        }
        return new EvaluationResult(themer.id(), texts.size(), new HashSet<>(labels).size(),
                runs.stream().mapToDouble(EvaluationResult.Run::nmi).average().orElse(0),
                runs.stream().mapToDouble(EvaluationResult.Run::ami).average().orElse(0),
                runs.stream().mapToDouble(EvaluationResult.Run::ari).average().orElse(0),
                runs.stream().mapToDouble(EvaluationResult.Run::vMeasure).average().orElse(0),
                homogeneity / s, completeness / s,
                runs.stream().mapToDouble(EvaluationResult.Run::themes).average().orElse(0),
                runs.stream().mapToDouble(EvaluationResult.Run::unassigned).average().orElse(0),
                coherence / s, diversity / s,
                s > 1 ? ClusteringMetrics.meanPairwiseAri(assignments) : null,
                runs.stream().mapToDouble(EvaluationResult.Run::seconds).average().orElse(0), runs);
    }

    /** The texts as notes {@code n1..nN} of one online conversation {@code c1} in a set {@code evaluation}. */
    public static ConversationSet asConversationSet(List<String> texts) {
        List<Note> notes = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            if (text == null || text.isBlank()) {
                throw new InvalidInputException(null, "text " + (i + 1), "text", text, "must not be blank");
            }
            notes.add(Note.of("n" + (i + 1), "c1", text));
        }
        return ConversationSet.of("evaluation", List.of(Conversation.of("c1", ConversationFormat.ONLINE)), notes);
    }

    /**
     * Each note's cluster at the finest level ({@link ThemeSet#finest()}): the index of the finest theme whose
     * evidence weighs it most, or -1 (one shared cluster) when no theme holds it.
     */
    public static int[] assignments(ThemeSet themes, List<String> noteIds) {
        return assignments(themes.finest(), noteIds);
    }

    /** Each note's cluster among the given themes, as {@link #assignments(ThemeSet, List)}; e.g. the top level. */
    public static int[] assignments(List<Theme> themes, List<String> noteIds) {
        Map<String, Integer> best = new HashMap<>();
        Map<String, Double> weight = new HashMap<>();
        for (int t = 0; t < themes.size(); t++) {
            for (NoteRef ref : themes.get(t).evidence()) {
                Double w = weight.get(ref.noteId());
                if (w == null || ref.weight() > w) {
                    weight.put(ref.noteId(), ref.weight());
                    best.put(ref.noteId(), t);
                }
            }
        }
        int[] out = new int[noteIds.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = best.getOrDefault(noteIds.get(i), -1);
        }
        return out;
    }
}
