package org.ltc.examples.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;
import org.ltc.model.io.LtcJson;
import org.ltc.model.io.PolisImport;
import org.ltc.model.privacy.RedactionOptions;
import org.ltc.model.privacy.Redactor;
import org.ltc.model.validation.DocumentValidator;
import org.ltc.model.validation.ValidationReport;
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
 * Privacy and validation speed on the real Bowling Green Polis conversation (896 statements, 2,031 participants,
 * about 225,000 votes; shared/data/polis-bowling-green):
 * <ul>
 *   <li>{@code redact}: one pass of the default {@link Redactor} over the 896 statements, each with an e-mail
 *       address, a phone number and a street address planted in it, plus {@code names} listed names
 *       (0 or 1,000); statements per second = 896 / (seconds per operation).</li>
 *   <li>{@code validate}: {@link DocumentValidator} on the whole conversation set written as JSON (about 20 MB).</li>
 * </ul>
 * Run: {@code bash ltc-examples/bench/privacy-validation.sh} (see the README, "Validation, schemas and privacy").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
public class PrivacyValidationBenchmark {
    @Param({"0", "1000"})
    int names;

    private List<String> texts;
    private Redactor redactor;
    private Path json;
    private DocumentValidator validator;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("shared/data/polis-bowling-green"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("shared/data/polis-bowling-green not found above " + Path.of("").toAbsolutePath());
        }
        ConversationSet bg = PolisImport.importDirectory(dir.resolve("shared/data/polis-bowling-green")).conversationSet();
        texts = new ArrayList<>();
        int i = 0;
        for (Note n : bg.notes()) {
            texts.add(n.text() + " Write to resident" + i + "@example.org or call (270) 555-" + String.format("%04d", i % 10000)
                    + ", I live at " + (100 + i) + " Elm Street.");
            i++;
        }
        List<String> listed = new ArrayList<>();
        for (int k = 0; k < names; k++) {
            listed.add("Resident" + k + " Surname" + k);
        }
        redactor = Redactor.create(RedactionOptions.builder().names(listed).build());
        json = Files.createTempFile("ltc-bg", ".json");
        LtcJson.defaults().write(bg, json);
        validator = DocumentValidator.create();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        Files.deleteIfExists(json);
    }

    @Benchmark
    public void redact(Blackhole bh) {
        for (String t : texts) {
            bh.consume(redactor.redact(t));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 2)
    @Measurement(iterations = 3)
    public ValidationReport validate() {
        ValidationReport r = validator.validate(json);
        if (!r.valid()) {
            throw new IllegalStateException(r.errors().toString());
        }
        return r;
    }
}
