package org.ltc.examples.host;

import java.io.IOException;
import org.ltc.model.plugin.RunContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ltc.calibration.CalibrationInput;
import org.ltc.calibration.Calibrator;
import org.ltc.calibration.Calibrators;
import org.ltc.examples.pipeline.Pipeline;
import org.ltc.examples.pipeline.PipelineOptions;
import org.ltc.examples.pipeline.PipelineResult;
import org.ltc.examples.pipeline.ReviewSheet;
import org.ltc.model.Checks;
import org.ltc.model.action.LibraryCapacities;
import org.ltc.model.report.CommunityReport;
import org.ltc.model.InvalidInputException;
import org.ltc.model.content.ContentLibrary;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.io.DocumentKind;
import org.ltc.model.io.LtcJson;
import org.ltc.model.io.TextFiles;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.plugin.PluginRegistry;
import org.ltc.model.privacy.Redactor;
import org.ltc.model.stage.StageAssessment;
import org.ltc.model.stage.StageFramework;
import org.ltc.theming.Themer;
import org.ltc.theming.Themers;
import org.ltc.theming.ThemingRequest;
import org.ltc.theming.knowledge.PublicKnowledgeBuilder;
import org.ltc.theming.knowledge.PublicKnowledgeOptions;

/**
 * A host's engagement service, the way an integrated library system might offer it: branches upload the notes
 * of their community conversations; the service keeps each set as an LTC JSON document in its store (a folder
 * here; a database column works the same way, since documents are plain JSON strings), and answers two
 * questions — "what did people say?" (public knowledge) and "where is the community?" (a stage assessment).
 *
 * <p>A whole report (themes, stage, plan, page) is one {@link Pipeline} call; the finer questions take the
 * SDK's single steps. Everything it needs from the SDK for those is four calls: {@link Redactor} on the way in, a {@link Themer} and the
 * {@link PublicKnowledgeBuilder} for themes, a {@link Calibrator} for the stage. Plug-ins are looked up by id
 * in registries built once, so a host can add its own themer without touching this code.
 */
public final class EngagementService {
    private final Path store;
    private final LtcJson json = LtcJson.defaults();
    private final Redactor redactor;
    private final PluginRegistry<Themer> themers;
    private final PluginRegistry<Calibrator> calibrators;
    private final StageFramework framework;
    private final Clock clock;

    /**
     * @param store     the folder the service keeps its documents in (created when missing)
     * @param redactor  what personal data to remove before anything is stored
     * @param clock     the time recorded in provenance
     */
    public EngagementService(Path store, Redactor redactor, Clock clock) {
        this.store = Checks.notNull("store", store);
        this.redactor = Checks.notNull("redactor", redactor);
        this.clock = Checks.notNull("clock", clock);
        ClassLoader loader = EngagementService.class.getClassLoader();
        this.themers = Themers.discover(loader);
        this.calibrators = Calibrators.discover(loader);
        this.framework = ContentLibrary.builtIn().requireFramework(ContentLibrary.HARWOOD_FIVE_STAGES);
    }

    /** Stores a conversation set (redacted first: the raw words never reach the store) and returns its id. */
    public String save(ConversationSet set) {
        ConversationSet redacted = redactor.redact(set).value();
        write(file(redacted.id(), "conversations"), json.write(redacted));
        return redacted.id();
    }

    /** The ids of the stored conversation sets, sorted. */
    public List<String> ids() {
        try (Stream<Path> files = Files.list(store)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".conversations.json"))
                    .map(n -> n.substring(0, n.length() - ".conversations.json".length()))
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** A stored conversation set. */
    public ConversationSet load(String id) {
        Path file = file(id, "conversations");
        if (!Files.isRegularFile(file)) {
            throw InvalidInputException.field("id", id, "names no stored conversation set");
        }
        return (ConversationSet) json.read(file, DocumentKind.CONVERSATION_SET);
    }

    /** Themes a stored set with the named themer and seed, stores the public knowledge and returns it. */
    public PublicKnowledge themes(String id, String themerId, long seed) {
        ConversationSet set = load(id);
        ThemeSet themes = themers.get(themerId).theme(new ThemingRequest(set, Map.of(), seed, 1, null, null, null,
                clock));
        PublicKnowledge knowledge = new PublicKnowledgeBuilder(
                PublicKnowledgeOptions.builder().clock(clock).build()).build(themes, set);
        write(file(id, "knowledge"), json.write(knowledge));
        return knowledge;
    }

    /** Judges the stage from a set's notes and stored public knowledge (themed first when there is none). */
    public StageAssessment stage(String id, String calibratorId, long seed) {
        ConversationSet set = load(id);
        Path pkFile = file(id, "knowledge");
        PublicKnowledge knowledge = Files.isRegularFile(pkFile)
                ? (PublicKnowledge) json.read(pkFile, DocumentKind.PUBLIC_KNOWLEDGE)
                : themes(id, "kmeans", seed);
        StageAssessment assessment = calibrators.get(calibratorId).assess(CalibrationInput.of(framework, knowledge,
                RunContext.of(seed).withClock(clock)).withConversations(set));
        write(file(id, "assessment"), json.write(assessment));
        return assessment;
    }

    /**
     * The whole practice on a stored set in one call ({@link Pipeline}): themes, public knowledge, stage, a plan
     * from the branch's capacities (or none: the plan then says what it needs), the report page, the share-back
     * and the review sheet, all written into {@code store/<id>-report/} together, as a draft until the team approves
     * it. A team's review sheet is applied when one is given.
     */
    public CommunityReport report(String id, LibraryCapacities capacities, ReviewSheet review, long seed) {
        ConversationSet set = load(id);
        PipelineResult result = new Pipeline(PipelineOptions.builder().seed(seed).capacities(capacities).review(review)
                .framework(framework.id()).clock(clock).build(), EngagementService.class.getClassLoader())
                .run(set, null);
        Checks.id("id", id);
        result.writeTo(store.resolve(id + "-report"));
        return result.report();
    }

    /** The framework the service judges stages in. */
    public StageFramework framework() {
        return framework;
    }

    private Path file(String id, String what) {
        Checks.id("id", id);
        return store.resolve(id + "." + what + ".json");
    }

    private static void write(Path file, String text) {
        TextFiles.writeAtomically(file, text);
    }
}
