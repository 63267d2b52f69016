package org.ltc.examples.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.ltc.model.conversation.Conversation;
import org.ltc.model.conversation.ConversationFormat;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;
import org.ltc.model.io.CsvFormat;
import org.ltc.model.io.CsvRow;
import org.ltc.model.io.CsvTable;
import org.ltc.model.io.PolisImport;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.plugin.ProgressListener;
import org.ltc.model.privacy.Redactor;
import org.ltc.theming.EmbeddingModel;
import org.ltc.theming.ThemingRequest;
import org.ltc.theming.cluster.SemanticThemer;
import org.ltc.theming.embed.Embedder;
import org.ltc.theming.embed.MiniLmEmbeddingModel;

/**
 * A reproducible harness (not JMH: one run of each is minutes long) for the semantic themer's speed:
 * <ul>
 *   <li>{@code throughput N}: embedding throughput of the bundled model, notes per second, on 1 and 2 threads,
 *       for N short notes (Banking77 queries, about 12 words) and N/10 long ones (about 150 words);</li>
 *   <li>{@code bowling-green DIR}: embedding throughput on the conversation's accepted statements (1 and 2
 *       threads), then the conversation end to end in this JVM (import, redact, theme with the default themer
 *       on 2 threads, the model loaded cold), seconds;</li>
 *   <li>{@code scale N}: N notes (Banking77 queries with a varying tail, so each is distinct) themed on 2
 *       threads with a progress line, seconds and the peak heap (sum of heap pools' peaks, an upper bound).</li>
 * </ul>
 * Run with {@code bash ltc-examples/bench/semantic.sh MODE ARG}.
 */
public final class SemanticBench {
    private SemanticBench() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 2 ? args[2] : "../shared/data");
        switch (args[0]) {
            case "throughput" -> throughput(Integer.parseInt(args[1]), data);
            case "bowling-green" -> bowlingGreen(Path.of(args[1]));
            case "scale" -> scale(Integer.parseInt(args[1]), data);
            default -> throw new IllegalArgumentException("mode: throughput N | bowling-green DIR | scale N");
        }
    }

    /** Banking77's queries, read by the project's CSV reader (some quoted queries hold line breaks). */
    static List<String> banking77(Path data) {
        List<String> out = new ArrayList<>();
        for (CsvRow row : CsvTable.read(data.resolve("banking77/test.csv"), CsvFormat.defaults()).rows()) {
            out.add(row.get(0));
        }
        return out;
    }

    private static void throughput(int n, Path data) throws IOException {
        List<String> queries = banking77(data);
        List<String> shortNotes = new ArrayList<>();
        List<String> longNotes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            shortNotes.add(queries.get(i % queries.size()) + (i >= queries.size() ? " #" + i : ""));
        }
        for (int i = 0; i < n / 10; i++) {
            StringBuilder b = new StringBuilder();
            for (int j = 0; j < 12; j++) {
                b.append(queries.get((i * 12 + j) % queries.size())).append(' ');
            }
            longNotes.add(b.toString().strip());
        }
        EmbeddingModel model = new MiniLmEmbeddingModel();
        Embedder.embed(model, shortNotes.subList(0, 64), 2, null, null); // load the session, warm up
        for (int threads : new int[] {1, 2}) {
            for (List<String> notes : List.of(shortNotes, longNotes)) {
                long t0 = System.nanoTime();
                Embedder.embed(model, notes, threads, null, null);
                double s = (System.nanoTime() - t0) / 1e9;
                System.out.printf("%s notes, %d threads: %d notes in %.1f s = %.0f notes/s%n",
                        notes == shortNotes ? "short" : "long", threads, notes.size(), s, notes.size() / s);
            }
        }
    }

    private static void bowlingGreen(Path dir) {
        // embedding alone first (a separate model instance, warmed up), then the whole run from a cold themer
        ConversationSet statements = PolisImport.importDirectory(dir).conversationSet();
        List<String> texts = org.ltc.theming.ThemableNotes.of(statements).notes().stream().map(Note::text).toList();
        EmbeddingModel model = new MiniLmEmbeddingModel();
        Embedder.embed(model, texts.subList(0, 32), 2, null, null);
        for (int threads : new int[] {1, 2}) {
            long e0 = System.nanoTime();
            Embedder.embed(model, texts, threads, null, null);
            double es = (System.nanoTime() - e0) / 1e9;
            System.out.printf("Bowling Green embedding, %d threads: %d statements in %.1f s = %.0f notes/s%n",
                    threads, texts.size(), es, texts.size() / es);
        }
        long t0 = System.nanoTime();
        ConversationSet set = Redactor.defaults().redact(PolisImport.importDirectory(dir).conversationSet()).value();
        ThemeSet themes = new SemanticThemer().theme(ThemingRequest.of(set, 1).withThreads(2));
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("Bowling Green end to end: %d notes, %d top-level / %d finest themes, %.1f s%n",
                set.notes().size(), themes.topLevel().size(), themes.finest().size(), s);
    }

    private static void scale(int n, Path data) throws IOException {
        List<String> queries = banking77(data);
        String[] tails = {"", " please", " today", " thanks", " asap", " again", " now", " for me"};
        SplittableRandom r = new SplittableRandom(7);
        List<Note> notes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            notes.add(Note.of("n" + i, "c" + (i % 100), queries.get(r.nextInt(queries.size()))
                    + tails[r.nextInt(tails.length)] + (i >= 20_000 ? " (" + (i % 997) + ")" : "")));
        }
        List<Conversation> conversations = new ArrayList<>();
        for (int c = 0; c < 100; c++) {
            conversations.add(Conversation.of("c" + c, ConversationFormat.ONLINE));
        }
        ConversationSet set = ConversationSet.of("scale", conversations, notes);
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong last = new AtomicLong();
        ProgressListener bar = (phase, done, total) -> {
            long now = System.nanoTime();
            if (now - last.get() > 5_000_000_000L || done == total) {
                last.set(now);
                System.err.printf("  %s %d/%d%n", phase, done, total);
            }
        };
        long t0 = System.nanoTime();
        ThemeSet themes = new SemanticThemer().theme(new ThemingRequest(set, Map.of(), 1, 2, null, bar, null,
                Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)));
        double s = (System.nanoTime() - t0) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("%d notes themed in %.0f s: %d top-level / %d finest themes, %d unassigned; peak heap "
                + "%.0f MB (max %.0f MB)%n", n, s, themes.topLevel().size(), themes.finest().size(),
                themes.unassigned().size(), peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
    }
}
