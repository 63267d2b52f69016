package org.ltc.examples.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.ltc.examples.pipeline.Pipeline;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;
import org.ltc.model.io.CsvImportOptions;
import org.ltc.model.io.CsvNoteImport;
import org.ltc.model.io.LtcJson;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.plugin.Cancellation;
import org.ltc.theming.knowledge.PublicKnowledgeBuilder;
import org.ltc.theming.knowledge.PublicKnowledgeOptions;
import org.ltc.theming.text.Corpus;
import org.ltc.theming.text.TextAnalysisOptions;

/**
 * Times the two phases of a theming run that are not the themer's algorithm, on a CSV of notes as {@code ltc theme
 * --csv FILE --text-column COLUMN --no-redact} reads it: text analysis ({@link Corpus#analyse} with the default
 * options, as the lda and kmeans themers call it) and public-knowledge assembly from a theme set that run wrote.
 * Each is repeated and its best wall time printed, with a SHA-256 fingerprint of what it produced (the corpus's
 * vocabulary, labels, document frequencies and documents; the public knowledge's JSON), so two builds can be
 * compared for speed and for identical results on the same input.
 *
 * <p>Usage: {@code AnalysisProbe CSV TEXT_COLUMN THREADS REPEATS [THEME_SET_JSON]}; run with
 * {@code bash ltc-examples/bench/analysis.sh}.
 */
public final class AnalysisProbe {
    private AnalysisProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            throw new IllegalArgumentException("usage: AnalysisProbe CSV TEXT_COLUMN THREADS REPEATS [THEME_SET_JSON]");
        }
        Path csv = Path.of(args[0]);
        int threads = Integer.parseInt(args[2]);
        int repeats = Integer.parseInt(args[3]);
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        ConversationSet set = Pipeline.redacted(CsvNoteImport.of(CsvImportOptions.of(args[1])).withClock(clock)
                .importFile(csv).conversationSet(), null);
        List<String> texts = new ArrayList<>();
        List<String> languages = new ArrayList<>();
        for (Note n : set.notes()) {
            texts.add(n.text());
            languages.add(n.language());
        }
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        Corpus corpus = null;
        for (int r = 0; r < repeats; r++) {
            long c0 = cpuNanos();
            long t0 = System.nanoTime();
            corpus = Corpus.analyse(texts, languages, TextAnalysisOptions.defaults(), threads, Cancellation.never());
            best = Math.min(best, System.nanoTime() - t0);
            bestCpu = Math.min(bestCpu, cpuNanos() - c0);
        }
        System.out.printf("analyse: %d notes, %d terms, %d phrases, best of %d on %d threads %.0f ms (process CPU "
                        + "%.0f ms), sha256 %s%n", corpus.size(), corpus.vocabularySize(), corpus.phrases().size(),
                repeats, threads, best / 1e6, bestCpu / 1e6, fingerprint(corpus));
        if (args.length > 4) {
            ThemeSet themes = LtcJson.defaults().read(Path.of(args[4]), ThemeSet.class);
            PublicKnowledgeBuilder builder = new PublicKnowledgeBuilder(PublicKnowledgeOptions.defaults().toBuilder()
                    .clock(clock).build());
            // the digest ltc theme hands over (the theme set's input hash), so the set is not hashed again
            String digest = themes.provenance().inputSha256();
            best = Long.MAX_VALUE;
            bestCpu = Long.MAX_VALUE;
            PublicKnowledge pk = null;
            for (int r = 0; r < repeats; r++) {
                long c0 = cpuNanos();
                long t0 = System.nanoTime();
                pk = builder.build(themes, set, digest);
                best = Math.min(best, System.nanoTime() - t0);
                bestCpu = Math.min(bestCpu, cpuNanos() - c0);
            }
            System.out.printf("publicKnowledge: %d themes, best of %d %.0f ms (process CPU %.0f ms), sha256 %s%n",
                    themes.themes().size(), repeats, best / 1e6, bestCpu / 1e6, sha256(LtcJson.defaults().write(pk)));
        }
    }

    /** CPU time of the whole process (every thread, the collector's too): steadier than wall time under load. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** A digest of everything a corpus holds, so two analyses can be compared. */
    static String fingerprint(Corpus corpus) throws NoSuchAlgorithmException {
        StringBuilder b = new StringBuilder();
        for (int t = 0; t < corpus.vocabularySize(); t++) {
            b.append(corpus.term(t)).append('\t').append(corpus.label(t)).append('\t').append(corpus.isPhrase(t))
                    .append('\t').append(corpus.documentFrequency(t)).append('\n');
        }
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        md.update(b.toString().getBytes(StandardCharsets.UTF_8));
        for (int d = 0; d < corpus.size(); d++) {
            md.update(java.util.Arrays.toString(corpus.document(d)).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(md.digest()).substring(0, 16);
    }

    private static String sha256(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                text.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
    }
}
