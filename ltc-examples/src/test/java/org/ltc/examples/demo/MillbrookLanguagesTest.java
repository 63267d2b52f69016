package org.ltc.examples.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;
import org.ltc.model.knowledge.NoteRef;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.theming.ThemingRequest;
import org.ltc.theming.cluster.SemanticThemer;

/**
 * The Millbrook sample's Spanish conversation: with the bundled English model its 21 notes are themed among
 * themselves, so what those residents said comes out as themes of their own instead of vanishing into an
 * English theme.
 */
class MillbrookLanguagesTest {
    @Test
    void theSpanishConversationsConcernsAreThemesOfTheirOwn() {
        Clock clock = Clock.fixed(Instant.parse("2026-05-01T00:00:00Z"), ZoneOffset.UTC);
        ConversationSet set = MillbrookSample.conversations(clock);
        Set<String> spanish = set.notes().stream().filter(n -> "es".equals(n.language())).map(Note::id)
                .collect(Collectors.toSet());
        ThemeSet themes = new SemanticThemer().theme(ThemingRequest.of(set, 1).withClock(clock));
        List<Theme> spanishThemes = new ArrayList<>();
        Map<String, String> finestOf = new TreeMap<>();
        for (Theme t : themes.finest()) {
            long es = t.evidence().stream().filter(r -> spanish.contains(r.noteId())).count();
            assertTrue(es == 0 || es == t.evidence().size(), t.label() + " mixes Spanish and English notes");
            if (es > 0) {
                spanishThemes.add(t);
            }
            for (NoteRef r : t.evidence()) {
                finestOf.put(r.noteId(), t.id());
            }
        }
        assertTrue(spanishThemes.size() >= 2, "Spanish themes: " + spanishThemes.stream().map(Theme::label).toList());
        long themed = spanish.stream().filter(finestOf::containsKey).count();
        assertTrue(themed >= spanish.size() * 0.8, themed + " of " + spanish.size() + " Spanish notes themed");
        // information in Spanish: the two notes asking for it share a theme
        assertTrue(finestOf.get("m164") != null && finestOf.get("m164").equals(finestOf.get("m169")),
                "information in Spanish: " + finestOf.get("m164") + " / " + finestOf.get("m169"));
    }
}
