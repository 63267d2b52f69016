package org.ltc.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ltc.model.io.CsvImportOptions;
import org.ltc.model.io.CsvNoteImport;
import org.ltc.model.io.CsvNoteStream;
import org.ltc.model.io.ImportResult;

/**
 * Measures the heap a streaming CSV import needs: generates {@code rows} notes (default 1,000,000), then
 * streams them through {@link CsvNoteStream} and reports the peak heap use (the sum of every heap pool's peak,
 * an upper bound) and the heap still live after a full collection at the end. Run it under a small heap
 * ({@code -Xmx256m}): finishing at all shows the import does not hold the file.
 *
 * <p>With the argument {@code set} it builds the whole {@code ConversationSet} instead, and "live after" is
 * the set's own size.
 *
 * <p>Usage: {@code java -Xmx256m -cp ... org.ltc.examples.bench.CsvImportHeap [rows] [stream|set]}, or
 * {@code ltc-examples/bench/csv-import-heap.sh}.
 */
public final class CsvImportHeap {
    private CsvImportHeap() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        boolean wholeSet = args.length > 1 && args[1].equals("set");
        Path dir = Files.createTempDirectory("ltc-csv-heap");
        Path file = dir.resolve("notes.csv");
        try {
            CsvBenchData.write(file, rows, 42L);
            CsvNoteImport importer = CsvNoteImport.of(CsvImportOptions.builder().textColumn("text")
                    .noteIdColumn("id").conversationColumn("conversation").participantColumn("participant")
                    .segmentColumns("neighbourhood").agreesColumn("agrees").build());
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            System.gc();
            long before = used(heap);
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            long n = 0;
            long chars = 0;
            ImportResult kept = null;
            if (wholeSet) {
                kept = importer.importFile(file);
                n = kept.conversationSet().notes().size();
            } else {
                try (CsvNoteStream notes = importer.open(file)) {
                    while (notes.hasNext()) {
                        chars += notes.next().text().length();
                        n++;
                    }
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            // CPU time of the importing thread: less disturbed by other load on the machine than wall time
            // (it leaves out the collector's threads).
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.gc();
            long after = used(heap);
            System.out.println(wholeSet ? "whole ConversationSet held in memory (" + kept.report().rowsRead()
                    + " rows):" : "streamed, one note at a time:");
            System.out.printf("notes: %d (%d text chars) from %.1f MB in %.2f s = %.0f notes/s%n", n, chars,
                    Files.size(file) / 1e6, seconds, n / seconds);
            System.out.printf("importing thread CPU: %.2f s = %.0f notes per CPU second%n", cpuSeconds,
                    n / cpuSeconds);
            System.out.printf("heap: max %.0f MB, live before %.1f MB, peak during import %.1f MB, live after %.1f MB%n",
                    Runtime.getRuntime().maxMemory() / 1e6, before / 1e6, peak / 1e6, after / 1e6);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private static long used(List<MemoryPoolMXBean> heap) {
        return heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }
}
