package org.ltc.examples.action;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ltc.model.action.LibraryCapacities;
import org.ltc.model.content.ContentLibrary;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.io.DocumentKind;
import org.ltc.model.io.LtcJson;
import org.ltc.model.io.PolisImport;
import org.ltc.model.testdata.SharedData;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.provenance.Hashing;
import org.ltc.model.provenance.Provenance;
import org.ltc.model.stage.Stage;
import org.ltc.model.stage.StageAssessment;
import org.ltc.model.stage.StageProbability;
import org.ltc.theming.ThemingRequest;
import org.ltc.theming.codebook.CodebookThemer;
import org.ltc.theming.knowledge.PublicKnowledgeBuilder;

/**
 * The Bowling Green / Warren County Polis conversation (2018, CC BY 4.0, The Computational Democracy Project) as
 * public knowledge, through the real pipeline: the Polis import, the default codebook themer and the
 * public-knowledge builder. Built once per test JVM.
 */
public final class BowlingGreen {
    private static PublicKnowledge knowledge;

    private BowlingGreen() {
    }

    /** Public knowledge of the real conversation; skips the calling test when shared/data is absent. */
    public static synchronized PublicKnowledge knowledge() {
        if (knowledge == null) {
            ConversationSet set = PolisImport.importDirectory(SharedData.dir("polis-bowling-green")).conversationSet();
            var themes = new CodebookThemer().theme(ThemingRequest.of(set, 1));
            knowledge = new PublicKnowledgeBuilder().build(themes, set);
        }
        return knowledge;
    }

    /** A stage assessment that puts the community at one of Harwood's five stages (60 %, the rest spread). */
    public static StageAssessment assessmentAt(String stageId) {
        List<Stage> stages = ContentLibrary.builtIn().harwoodFiveStages().stages();
        List<StageProbability> d = new ArrayList<>();
        for (Stage s : stages) {
            d.add(new StageProbability(s.id(), s.id().equals(stageId) ? 0.6 : 0.1));
        }
        return new StageAssessment(ContentLibrary.HARWOOD_FIVE_STAGES, d, stageId, 0.6, List.of(), null,
                Provenance.of("fixture", "1", Map.of(), 0, Hashing.sha256(stageId), Instant.parse("2026-05-01T00:00:00Z")));
    }

    /** The sample library's capacities, bundled with the Millbrook sample. */
    public static LibraryCapacities capacities() {
        try (InputStream in = BowlingGreen.class.getResourceAsStream(
                "/org/ltc/examples/sample/millbrook-capacities.json")) {
            return (LibraryCapacities) LtcJson.defaults().read(in, "millbrook-capacities.json",
                    DocumentKind.LIBRARY_CAPACITIES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
