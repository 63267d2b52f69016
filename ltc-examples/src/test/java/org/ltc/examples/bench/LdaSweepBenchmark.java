package org.ltc.examples.bench;

import cc.mallet.topics.ParallelTopicModel;
import cc.mallet.types.InstanceList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.ltc.theming.topic.LdaOptions;
import org.ltc.theming.topic.LdaTrainer;
import org.ltc.theming.topic.SyntheticLdaCorpus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time per sweep, side by side: one sweep of our {@link LdaTrainer} and one iteration of MALLET 2.1.1's
 * {@code ParallelTopicModel} over the same generated corpus as {@link LdaVsMallet} (100,000 documents of 50
 * tokens, V = 20,000, {@code α = 5/K}, {@code β = 0.01}), 2 threads, no hyperparameter optimisation. Both
 * models are first trained 30 sweeps (ours after its warm start) so that the measured sweeps are past the costly
 * random start of either. The race to a held-out likelihood, which is what matters, is {@link LdaVsMallet}.
 *
 * <p>Run: {@code bash ltc-examples/bench/lda-sweep.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+UseParallelGC"})
public class LdaSweepBenchmark {
    @Param({"50", "200"})
    int k;

    private LdaTrainer ours;
    private ParallelTopicModel mallet;

    @Setup
    public void setUp() throws Exception {
        java.util.logging.Logger.getLogger("").setLevel(Level.OFF);
        ParallelTopicModel.logger.setLevel(Level.OFF);
        int[][] docs = SyntheticLdaCorpus.generate(100_000, 50, 20_000, k, 5.0 / k, 0.01, 1).docs();
        ours = new LdaTrainer(docs, 20_000,
                LdaOptions.builder().topics(k).alpha(5.0 / k).beta(0.01).iterations(1_000_000).build(), null, 1);
        ours.sweep(30, 2);

        InstanceList instances = LdaVsMallet.malletInstances(docs, 20_000);
        mallet = new ParallelTopicModel(k, 5.0, 0.01);
        mallet.printLogLikelihood = false;
        mallet.setTopicDisplay(0, 0);
        mallet.setNumThreads(2);
        mallet.setOptimizeInterval(0);
        mallet.setRandomSeed(1);
        mallet.addInstances(instances);
        mallet.setNumIterations(30);
        mallet.estimate();
        mallet.setNumIterations(1);
    }

    @Benchmark
    public int oursOneSweep() {
        ours.sweep(1, 2);
        return ours.iteration();
    }

    @Benchmark
    public ParallelTopicModel malletOneIteration() throws Exception {
        mallet.estimate();
        return mallet;
    }
}
