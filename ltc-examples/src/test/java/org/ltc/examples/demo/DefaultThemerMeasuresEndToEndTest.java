package org.ltc.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltc.examples.cli.Cli;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.io.LtcJson;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.testdata.RealData;
import org.ltc.model.testdata.SharedData;
import org.ltc.model.testdata.Slow;
import org.ltc.theming.knowledge.KnowledgeMeasures;

/**
 * Issue 14's measures on what `ltc run` writes with the default themer (semantic, when the bundled model is
 * present, as in ltc.jar): theme names, the story, and no figure about fewer than 5 people in report.json,
 * public-knowledge.json or the HTML page, on the bundled Millbrook sample and on Bowling Green.
 */
class DefaultThemerMeasuresEndToEndTest {
    private static final LtcJson JSON = LtcJson.defaults();
    private static final String SAMPLE = "ltc-examples/src/main/resources/org/ltc/examples/sample/";

    private static Path sample(String file) {
        Path p = Path.of("src/main/resources/org/ltc/examples/sample", file);
        return Files.exists(p) ? p : Path.of(SAMPLE, file);
    }

    @Test
    void millbrookWithTheDefaultThemer(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("mb");
        Cli.Run r = Cli.run("run", "--csv", sample("millbrook-notes.csv").toString(), "--text-column", "text",
                "--participant-column", "participant", "--conversation-column", "conversation", "--segment-column",
                "neighbourhood", "--threads", "2", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        ThemeSet themes = JSON.read(out.resolve("theme-set.json"), ThemeSet.class);
        assertEquals("semantic", themes.provenance().algorithmId(), "the default themer");
        PublicKnowledge pk = measures(out);
        for (Theme t : pk.themes()) {
            String name = t.label().toLowerCase(Locale.ROOT);
            // a place the conversation is in, or a place a few of its notes mention, does not name a theme
            assertFalse(name.contains("millbrook"), t.label());
            assertFalse(t.topLevel() && name.contains("carver"), t.label());
        }
        assertTrue(pk.story().text().startsWith("When people described the community they want, they talked about "),
                pk.story().text());
        assertFalse(pk.story().text().contains("community with"), "a topic is no 'community with': "
                + pk.story().text());
        assertFalse(pk.story().aspiration() == null && pk.story().challenge() == null && pk.story().need() == null,
                "the story tells what the notes support: " + pk.story().text());
    }

    @Test
    @RealData
    @Slow
    void bowlingGreenWithTheDefaultThemer(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("bg");
        Cli.Run r = Cli.run("run", "--polis", SharedData.dir("polis-bowling-green").toString(), "--threads", "2",
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        PublicKnowledge pk = measures(out);
        ConversationSet set = JSON.read(out.resolve("conversation-set.json"), ConversationSet.class);
        KnowledgeMeasures.assertEveryDividingStatementListed(set, pk);
        assertTrue(pk.story().challenge() != null && pk.story().need() != null, pk.story().text());
    }

    /** The measures every run's files must hold; the public knowledge they publish. */
    private static PublicKnowledge measures(Path out) throws Exception {
        PublicKnowledge pk = JSON.read(out.resolve("public-knowledge.json"), PublicKnowledge.class);
        ConversationSet set = JSON.read(out.resolve("conversation-set.json"), ConversationSet.class);
        KnowledgeMeasures.assertNamesNameTopics(pk.themes(), set.notes());
        KnowledgeMeasures.assertNamesReadAsDistinctNounPhrases(pk.themes(), set.notes());
        KnowledgeMeasures.assertStoryTellsEachThemeOnceAndNeverWantsADivision(pk);
        for (String f : new String[] {"public-knowledge.json", "report.json"}) {
            KnowledgeMeasures.assertNoFigureUnderFive(Files.readString(out.resolve(f)));
        }
        KnowledgeMeasures.assertNoFigureUnderFiveInText(Files.readString(out.resolve("index.html")));
        return pk;
    }
}
