package org.ltc.theming.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;
import org.ltc.model.io.PolisImport;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.privacy.Redactor;
import org.ltc.theming.ThemingRequest;
import org.ltc.theming.cluster.SphericalKMeansThemer;
import org.ltc.theming.topic.LdaThemer;

/**
 * The real Bowling Green / Warren County Polis conversation (2018, CC BY 4.0, The Computational Democracy
 * Project), themed by the default themer and by LDA: no theme is named by a resident's statement.
 */
class KeyPhraseLabellerBowlingGreenTest {
    private static ConversationSet set;
    private static ThemeSet kmeans;
    private static ThemeSet lda;

    static Path sharedData() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared/data/polis-bowling-green"))) {
                return p.resolve("shared/data");
            }
        }
        throw new AssertionError("no shared/data/polis-bowling-green above " + Path.of("").toAbsolutePath());
    }

    @BeforeAll
    static void theme() {
        set = Redactor.defaults().redact(PolisImport.importDirectory(sharedData().resolve("polis-bowling-green"))
                .conversationSet()).value();
        Clock clock = Clock.fixed(Instant.parse("2026-05-01T00:00:00Z"), ZoneOffset.UTC);
        kmeans = new SphericalKMeansThemer().theme(ThemingRequest.of(set, 7).withClock(clock));
        lda = new LdaThemer().theme(ThemingRequest.of(set, 7).withClock(clock));
    }

    @Test
    void noNameHoldsMostOfAStatementsWords() {
        for (ThemeSet themes : List.of(kmeans, lda)) {
            for (Theme t : themes.themes()) {
                Set<String> name = KeyPhraseLabeller.words(t.label());
                for (Note n : set.notes()) {
                    Set<String> words = KeyPhraseLabeller.words(n.text());
                    long held = words.stream().filter(name::contains).count();
                    assertTrue(words.isEmpty() || held < 0.8 * words.size(),
                            "theme " + t.id() + " is named \"" + t.label() + "\", " + held + " of the "
                                    + words.size() + " words of note " + n.id() + ": " + n.text());
                }
            }
        }
    }

    @Test
    void namesAreShortUniqueAndRecordedInProvenance() {
        for (ThemeSet themes : List.of(kmeans, lda)) {
            Set<String> seen = new HashSet<>();
            for (Theme t : themes.themes()) {
                System.out.println(themes.provenance().algorithmId() + " " + t.id() + " (" + t.frequency() + "): "
                        + t.label());
                assertTrue(t.label().split(" ").length <= 8, t.label());
                assertTrue(seen.add(t.label().toLowerCase(java.util.Locale.ROOT)), "two themes named " + t.label());
            }
            assertEquals("label", themes.provenance().steps().get(themes.provenance().steps().size() - 1).operation());
            assertEquals(KeyPhraseLabeller.ID, themes.provenance().steps().get(themes.provenance().steps().size() - 1)
                    .parameters().get("labeller"));
        }
    }
}
