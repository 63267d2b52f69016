package org.ltc.theming.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;
import org.ltc.model.io.LtcJson;
import org.ltc.model.io.PolisImport;
import org.ltc.model.knowledge.PublicKnowledge;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeCategory;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.privacy.Redactor;
import org.ltc.model.testdata.RealData;
import org.ltc.model.testdata.SharedData;
import org.ltc.theming.Themers;
import org.ltc.theming.ThemingRequest;
import org.ltc.theming.cluster.SemanticOptions;
import org.ltc.theming.cluster.SemanticThemer;
import org.ltc.theming.embed.SharedModel;
import org.ltc.theming.label.KeyPhraseLabeller;

/**
 * The measures with the default themer (semantic, two levels, named by the default labeller) on the real
 * Bowling Green / Warren County Polis conversation: names name topics (never most of a statement's words, at most
 * 8 words, never the place the conversation is about, a parent's name unlike its sub-themes'), every statement
 * the opinion groups divide on is listed, no figure about fewer than 5 people, and a story that tells each theme
 * once and never "wants" a division.
 */
@RealData
class DefaultThemerMeasuresTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T00:00:00Z"), ZoneOffset.UTC);
    private static ConversationSet set;
    private static ThemeSet themes;
    private static PublicKnowledge pk;

    @BeforeAll
    static void themeBowlingGreen() {
        set = Redactor.defaults().redact(PolisImport.importDirectory(SharedData.dir("polis-bowling-green"))
                .conversationSet()).value();
        themes = new SemanticThemer(SemanticOptions.defaults(), SharedModel.MINILM)
                .theme(ThemingRequest.of(set, 1).withClock(CLOCK).withThreads(2));
        pk = new PublicKnowledgeBuilder(PublicKnowledgeOptions.builder().clock(CLOCK).build()).build(themes, set);
        for (Theme t : themes.themes()) {
            System.out.println(t.id() + (t.parent() == null ? "" : " (in " + t.parent() + ")") + " "
                    + t.evidence().size() + ": " + t.label());
        }
        System.out.println(pk.story().text());
    }

    @Test
    void theSemanticThemerIsTheDefaultWhenTheModelIsPresent() {
        ClassLoader loader = getClass().getClassLoader();
        assertEquals(SemanticThemer.ID, Themers.defaultId(Themers.discover(loader), loader));
        assertEquals(SemanticThemer.ID, themes.provenance().algorithmId());
        assertTrue(themes.themes().stream().anyMatch(t -> t.parent() != null), "two levels");
    }

    @Test
    void noNameHoldsMostOfAStatementsWordsOrIsLong() {
        KnowledgeMeasures.assertNamesNameTopics(themes.themes(), set.notes());
        KnowledgeMeasures.assertNamesReadAsDistinctNounPhrases(themes.themes(), set.notes());
    }

    @Test
    void namesAreUniqueNeverThePlaceAndAParentIsNotOneOfItsSubThemes() {
        Set<String> seen = new HashSet<>();
        // the place the conversation is about (its Polis topic), its initials, and words for a place in general
        Set<String> place = Set.of("bowling", "green", "bg", "warren", "county", "wc", "city", "town", "improving");
        for (Theme t : themes.themes()) {
            assertTrue(seen.add(t.label().toLowerCase(Locale.ROOT)), "two themes named " + t.label());
            Set<String> name = words(t.label());
            name.removeAll(Set.of("and", "of", "the", "on", "in", "for"));
            assertFalse(place.containsAll(name), t.id() + " is named by the place: " + t.label());
            if (t.parent() != null) {
                Theme parent = themes.theme(t.parent()).orElseThrow();
                assertNotEquals(parent.label().toLowerCase(Locale.ROOT), t.label().toLowerCase(Locale.ROOT));
                Set<String> parentWords = words(parent.label());
                parentWords.remove("and");
                assertFalse(words(t.label()).containsAll(parentWords),
                        "sub-theme \"" + t.label() + "\" restates its parent \"" + parent.label() + "\"");
            }
        }
        // a plain name only where nothing is shared: most top-level themes are named by a topic
        long plain = themes.topLevel().stream().filter(t -> KeyPhraseLabeller.PLAIN_NAMES.contains(t.label())).count();
        assertTrue(plain * 4 <= themes.topLevel().size(), plain + " plain names of " + themes.topLevel().size());
    }

    @Test
    void everyDividingStatementIsListedAndNoFigureIsUnderFive() {
        KnowledgeMeasures.assertEveryDividingStatementListed(set, pk);
        KnowledgeMeasures.assertNoFigureUnderFive(LtcJson.defaults().write(pk));
    }

    @Test
    void theStoryFillsFromConcernsAndChangesAndNeverWantsADivision() {
        KnowledgeMeasures.assertStoryTellsEachThemeOnceAndNeverWantsADivision(pk);
        // one Polis prompt cannot tell themes apart: the codebook sorts them, so the story has more than changes
        Set<ThemeCategory> categories = new HashSet<>();
        pk.themes().forEach(t -> categories.add(t.category()));
        assertTrue(categories.size() >= 2, "categories " + categories);
        assertNotNull(pk.story().challenge(), pk.story().text());
        assertNotNull(pk.story().need(), pk.story().text());
        assertFalse(pk.story().text().contains("\""), "names, never quotes: " + pk.story().text());
        // what people raised is told from the top level, never from a small sub-theme beside wide ones
        for (String part : java.util.Arrays.asList(pk.story().challenge(), pk.story().need())) {
            Theme told = pk.themes().stream().filter(t -> t.label().equalsIgnoreCase(part)).findFirst().orElseThrow();
            assertTrue(told.topLevel(), told.id() + " " + told.label() + " in " + pk.story().text());
        }
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
