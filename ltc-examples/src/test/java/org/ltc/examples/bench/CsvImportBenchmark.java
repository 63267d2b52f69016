package org.ltc.examples.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.ltc.model.conversation.Note;
import org.ltc.model.io.CsvImportOptions;
import org.ltc.model.io.CsvNoteImport;
import org.ltc.model.io.CsvNoteStream;
import org.ltc.model.io.ImportResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Imports {@code rows} generated notes (default 1,000,000) from a CSV file into validated {@link Note}s:
 * {@code stream} hands them out one at a time (what a host storing notes as they come does);
 * {@code conversationSet} builds the whole validated {@code ConversationSet}. Each operation is one whole
 * file, so notes per second = rows / (seconds per operation).
 *
 * <p>Run: {@code ltc-examples/bench/csv-import.sh} (see the README, "Importing conversations").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
public class CsvImportBenchmark {
    @Param("1000000")
    int rows;

    private Path dir;
    private Path file;
    private CsvNoteImport importer;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        dir = Files.createTempDirectory("ltc-csv-bench");
        file = dir.resolve("notes.csv");
        CsvBenchData.write(file, rows, 42L);
        importer = CsvNoteImport.of(CsvImportOptions.builder().textColumn("text").noteIdColumn("id")
                .conversationColumn("conversation").participantColumn("participant")
                .segmentColumns("neighbourhood").agreesColumn("agrees").build());
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }

    @Benchmark
    public long stream(Blackhole bh) {
        long n = 0;
        try (CsvNoteStream notes = importer.open(file)) {
            while (notes.hasNext()) {
                bh.consume(notes.next());
                n++;
            }
        }
        if (n != rows) {
            throw new IllegalStateException("imported " + n + " of " + rows);
        }
        return n;
    }

    @Benchmark
    public ImportResult conversationSet() {
        ImportResult r = importer.importFile(file);
        if (r.conversationSet().notes().size() != rows) {
            throw new IllegalStateException("imported " + r.conversationSet().notes().size() + " of " + rows);
        }
        return r;
    }
}
