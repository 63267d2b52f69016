package org.ltc.examples.polis;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.io.ImportReport;
import org.ltc.model.io.ImportResult;
import org.ltc.model.io.PolisImport;
import org.ltc.model.knowledge.GroupVote;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.privacy.Redactor;
import org.ltc.theming.ThemingRequest;
import org.ltc.theming.cluster.SphericalKMeansThemer;
import org.ltc.theming.knowledge.PublicKnowledgeBuilder;
import org.ltc.theming.knowledge.PublicKnowledgeOptions;

/**
 * What did Bowling Green say, and where did its opinion groups agree? The real 2018 Polis conversation
 * ("What do you believe should change in Bowling Green/Warren County in order to make it a better place to
 * live, work and spend time?"), from the open-data export to public knowledge in four library calls.
 *
 * <p>Run it with {@code java -cp ltc-examples/target/ltc.jar org.ltc.examples.polis.BowlingGreen
 * ../shared/data/polis-bowling-green}.
 */
public final class BowlingGreen {
    private BowlingGreen() {
    }

    /** The import's report, the redacted conversation set and the public knowledge built from it. */
    public record Result(ImportReport imported, ConversationSet conversations, ThemeSet themes,
                         PublicKnowledge knowledge) {
    }

    /**
     * Imports a Polis export folder, redacts it, themes its statements with {@code k} themes and builds public
     * knowledge.
     */
    public static Result run(Path polisExport, int k, long seed, Clock clock) {
        ImportResult imported = PolisImport.of(org.ltc.model.io.PolisImportOptions.defaults()).withClock(clock)
                .read(polisExport);
        ConversationSet set = Redactor.defaults().redact(imported.conversationSet()).value();
        ThemeSet themes = new SphericalKMeansThemer().theme(new ThemingRequest(set,
                Map.of("ltc.theming.kmeans.k", Integer.toString(k)), seed, 2, null, null, null, clock));
        PublicKnowledge knowledge = new PublicKnowledgeBuilder(
                PublicKnowledgeOptions.builder().clock(clock).build()).build(themes, set);
        return new Result(imported.report(), set, themes, knowledge);
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/polis-bowling-green");
        Result r = run(dir, 12, 1L, Clock.systemUTC());
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        out.printf("%d statements, %d participants, %d votes%n", r.conversations().notes().size(),
                r.conversations().participants().size(), r.conversations().votes().size());
        r.knowledge().themes().stream()
                .sorted(Comparator.comparing((Theme t) -> t.consensus() == null ? 0 : t.consensus()).reversed())
                .forEach(t -> {
                    out.printf("%n%s  (consensus %.2f)%n", t.label(), t.consensus() == null ? 0 : t.consensus());
                    for (GroupVote g : t.groupVotes()) {
                        out.printf("  group %s: %.0f%% agree%n", g.groupId(), 100 * g.agreeRate());
                    }
                    if (!t.quotes().isEmpty()) {
                        out.println("  \"" + t.quotes().get(0).text() + "\"");
                    }
                });
    }
}
