package org.ltc.examples.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.ltc.calibration.action.ActionPatternCatalogue;
import org.ltc.calibration.action.ActionPlanner;
import org.ltc.calibration.action.IntentionalityCheck;
import org.ltc.calibration.action.PlanDraft;
import org.ltc.calibration.action.PlannerOptions;
import org.ltc.examples.action.BowlingGreen;
import org.ltc.model.action.LibraryCapacities;
import org.ltc.model.knowledge.Breadth;
import org.ltc.model.knowledge.CategorySection;
import org.ltc.model.knowledge.Engagement;
import org.ltc.model.knowledge.NoteRef;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeCategory;
import org.ltc.model.provenance.Hashing;
import org.ltc.model.provenance.Provenance;
import org.ltc.model.stage.StageAssessment;
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
 * Drafting a plan ({@link ActionPlanner#draft}) and checking it ({@link IntentionalityCheck#check}) over generated
 * public knowledge of {@code themes} themes with {@code notesPerTheme} evidence notes each, at Impasse, with the
 * sample library's capacities and the built-in catalogue of 33 patterns. The draft hashes its whole input for
 * provenance, so its time grows with the evidence.
 *
 * <p>Run: {@code bash ltc-examples/bench/action-planning.sh} (see the README, "Planning action").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ActionPlanningBenchmark {
    private static final String[] WORDS = {"downtown", "parks", "traffic", "roads", "jobs", "schools", "youth",
        "housing", "health", "drugs", "arts", "music", "history", "immigrants", "volunteer", "sidewalks", "buses",
        "council", "taxes", "safety", "food", "internet", "seniors", "litter"};

    @Param({"25", "250"})
    int themes;

    @Param({"50"})
    int notesPerTheme;

    private ActionPlanner planner;
    private IntentionalityCheck check;
    private PublicKnowledge knowledge;
    private StageAssessment assessment;
    private LibraryCapacities capacities;
    private PlanDraft draft;

    @Setup
    public void setUp() {
        Clock clock = Clock.fixed(Instant.parse("2026-05-01T00:00:00Z"), ZoneOffset.UTC);
        planner = new ActionPlanner(PlannerOptions.builder().clock(clock).seed(1).build());
        check = new IntentionalityCheck(ActionPatternCatalogue.builtIn(), clock);
        knowledge = generate(themes, notesPerTheme, 42);
        assessment = BowlingGreen.assessmentAt("impasse");
        capacities = BowlingGreen.capacities();
        draft = planner.draft(knowledge, assessment, capacities);
    }

    static PublicKnowledge generate(int n, int notes, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<ThemeCategory> cats = List.of(ThemeCategory.ASPIRATIONS, ThemeCategory.CONCERNS, ThemeCategory.CHANGES);
        List<Theme> ts = new ArrayList<>();
        Map<ThemeCategory, List<String>> byCat = new java.util.TreeMap<>();
        for (int i = 0; i < n; i++) {
            String a = WORDS[rnd.nextInt(WORDS.length)];
            String b = WORDS[rnd.nextInt(WORDS.length)];
            List<NoteRef> ev = new ArrayList<>();
            for (int j = 0; j < notes; j++) {
                ev.add(NoteRef.of("t" + i + "-n" + j));
            }
            ThemeCategory c = cats.get(i % cats.size());
            ts.add(new Theme("t" + i, a + " and " + b, c, List.of(a, b), ev, List.of(),
                    new Breadth(1 + rnd.nextInt(10), 1 + rnd.nextInt(2000), Map.of()), rnd.nextDouble(), List.of(),
                    null, false));
            byCat.computeIfAbsent(c, k -> new ArrayList<>()).add("t" + i);
        }
        List<CategorySection> sections = byCat.entrySet().stream()
                .map(e -> new CategorySection(e.getKey(), e.getValue())).toList();
        return new PublicKnowledge(null, new Engagement(10, 2000, n * notes, 0, List.of(), Map.of(), 0), ts, sections,
                List.of(), List.of(), null, Provenance.of("bench", "1", Map.of(), seed, Hashing.sha256("bench"),
                Instant.parse("2026-05-01T00:00:00Z")));
    }

    @Benchmark
    public PlanDraft draft() {
        return planner.draft(knowledge, assessment, capacities);
    }

    @Benchmark
    public Object check() {
        return check.check(draft.plan(), knowledge);
    }
}
