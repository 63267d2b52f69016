package org.ltc.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.theming.ThemingRequest;
import org.ltc.theming.cluster.SphericalKMeansThemer;
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

/**
 * The {@code kmeans} themer on {@code notes} generated notes (100,000 and 1,000,000) from 50 topics, k = 50,
 * default options (TF-IDF term vectors, 40 restarts on a 20,000-note sample, consensus, refinement over all
 * notes), on {@code threads} threads. One operation themes the whole set. The peak heap of each iteration
 * (the sum of every heap pool's peak since the iteration began, an upper bound, including the generated
 * notes themselves) is printed after it as {@code peak heap: N MB}. The fork runs under {@code -Xmx4g}:
 * finishing at 1,000,000 shows they fit in 4 GB.
 *
 * <p>Run: {@code bash ltc-examples/bench/kmeans.sh} (see the README, "Theming with k-means and measuring
 * quality").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
public class KMeansBenchmark {
    @Param({"100000", "1000000"})
    int notes;

    @Param("50")
    int k;

    @Param("2")
    int threads;

    private ConversationSet set;
    private List<MemoryPoolMXBean> heap;

    @Setup(Level.Trial)
    public void generate() {
        set = KMeansBenchData.notes(notes, 50, 42L);
        heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    @Setup(Level.Iteration)
    public void resetPeak() {
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    @TearDown(Level.Iteration)
    public void reportPeak() {
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("%npeak heap: %.0f MB (max %.0f MB)%n", peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
    }

    @Benchmark
    public ThemeSet theme() {
        ThemingRequest request = new ThemingRequest(set, Map.of("ltc.theming.kmeans.k", Integer.toString(k)), 1,
                threads, null, null, null, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        ThemeSet result = new SphericalKMeansThemer().theme(request);
        if (result.themes().isEmpty()) {
            throw new IllegalStateException("no themes");
        }
        return result;
    }
}
