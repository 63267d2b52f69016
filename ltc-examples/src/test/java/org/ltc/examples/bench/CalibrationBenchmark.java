package org.ltc.examples.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ltc.calibration.CalibrationInput;
import org.ltc.calibration.rubric.RubricCalibrator;
import org.ltc.calibration.signals.SignalsCalibrator;
import org.ltc.model.content.ContentLibrary;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.io.PolisImport;
import org.ltc.model.stage.IndicatorRating;
import org.ltc.model.stage.StageAssessment;
import org.ltc.model.stage.StageFramework;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One assessment by each built-in calibrator: {@code rubric} on a Community Readiness study (6 interviews,
 * 6 dimensions, 2 scorers and their consensus, 1,000 bootstrap resamples); {@code signals} on the real
 * Bowling Green Polis conversation (896 statements, 607 read).
 *
 * <p>Run: {@code bash ltc-examples/bench/calibration.sh} (see the README, "Calibrating a community's stage").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CalibrationBenchmark {
    private CalibrationInput readiness;
    private CalibrationInput bowlingGreen;
    private final RubricCalibrator rubric = new RubricCalibrator();
    private final SignalsCalibrator signals = new SignalsCalibrator();

    @Setup
    public void load() {
        StageFramework crm = ContentLibrary.builtIn().communityReadiness();
        List<IndicatorRating> ratings = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            for (int d = 0; d < crm.dimensions().size(); d++) {
                String dim = crm.dimensions().get(d).id();
                int base = 3 + (i + d) % 4;
                ratings.add(new IndicatorRating(dim, base, "scorer-a", "i" + i, List.of()));
                ratings.add(new IndicatorRating(dim, base + (i % 2), "scorer-b", "i" + i, List.of()));
                ratings.add(new IndicatorRating(dim, base, "consensus", "i" + i, List.of()));
            }
        }
        readiness = CalibrationInput.of(crm, ratings, 42);
        Path polis = null;
        for (Path p = Path.of("").toAbsolutePath(); p != null && polis == null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared/data/polis-bowling-green"))) {
                polis = p.resolve("shared/data/polis-bowling-green");
            }
        }
        if (polis == null) {
            throw new IllegalStateException("shared/data/polis-bowling-green not found above the working directory");
        }
        ConversationSet bg = PolisImport.importDirectory(polis).conversationSet();
        bowlingGreen = CalibrationInput.of(ContentLibrary.builtIn().harwoodFiveStages(), bg, 42);
    }

    @Benchmark
    public StageAssessment rubricReadinessStudy() {
        return rubric.assess(readiness);
    }

    @Benchmark
    public StageAssessment signalsBowlingGreen() {
        return signals.assess(bowlingGreen);
    }
}
