package org.ltc.examples.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.io.PolisImport;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.privacy.Redactor;
import org.ltc.theming.ThemingRequest;
import org.ltc.theming.codebook.CodebookThemer;
import org.ltc.theming.knowledge.PublicKnowledgeBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Codebook theming and public-knowledge assembly on the real Bowling Green conversation (896 statements,
 * 2,031 participants, 225,524 votes). Run with {@code bash ltc-examples/bench/public-knowledge.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx2g")
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class PublicKnowledgeBenchmark {
    private ConversationSet set;
    private ThemeSet themes;
    private final CodebookThemer themer = new CodebookThemer();
    private final PublicKnowledgeBuilder builder = new PublicKnowledgeBuilder();

    @Setup(Level.Trial)
    public void load() {
        Path dir = null;
        for (Path p = Path.of("").toAbsolutePath(); p != null && dir == null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared/data/polis-bowling-green"))) {
                dir = p.resolve("shared/data/polis-bowling-green");
            }
        }
        if (dir == null) {
            throw new IllegalStateException("no shared/data/polis-bowling-green above the working directory");
        }
        set = Redactor.defaults().redact(PolisImport.importDirectory(dir).conversationSet()).value();
        themes = themer.theme(ThemingRequest.of(set, 1));
    }

    /** The codebook themer over the 896 statements (its input hash serialises the whole set, votes too). */
    @Benchmark
    public ThemeSet codebookTheming() {
        return themer.theme(ThemingRequest.of(set, 1));
    }

    /** Public knowledge from the codebook themes: breadth, quotes, group votes, consensus, gaps, story. */
    @Benchmark
    public PublicKnowledge publicKnowledge() {
        return builder.build(themes, set);
    }
}
