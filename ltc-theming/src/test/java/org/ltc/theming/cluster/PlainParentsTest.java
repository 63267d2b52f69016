package org.ltc.theming.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.ltc.model.conversation.Conversation;
import org.ltc.model.conversation.ConversationFormat;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;
import org.ltc.model.knowledge.NoteRef;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeCategory;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.provenance.Provenance;
import org.ltc.theming.ThemingRequest;
import org.ltc.theming.label.KeyPhraseLabeller;
import org.ltc.theming.label.KeyPhraseOptions;

/**
 * A parent whose sub-themes share nothing is no theme: the labeller can name it only plainly, and it is dissolved,
 * its sub-themes standing at the top level; a parent named by what its sub-themes share keeps them.
 */
class PlainParentsTest {
    /** Six unrelated pairs of notes with an aside each (parent p), then rent and homelessness (parent q). */
    private static final List<String> TEXTS = List.of(
            "Dogs off leash scare me", "Dogs off leash in the park", "Fireworks all night",
            "The weather ruined the fair", "The weather keeps people home", "Vote out the mayor",
            "Broadband is too slow", "Broadband costs too much", "Church parking spills over",
            "Teachers need better pay", "Teachers leave for other states", "Recycling pickup is unreliable",
            "The farmers market closed", "Bring back the farmers market", "Sirens are too loud",
            "Potholes on Elm Road", "Fill the potholes downtown", "Fluoride should go",
            "Rent is too high for families", "Landlords raise the rent every year", "The rent takes half my pay",
            "Rent control would help", "Our landlord ignores repairs and the rent goes up",
            "The homeless need a shelter in winter", "More homeless families sleep in cars",
            "A homeless shelter downtown would help", "The homeless need day centres",
            "Help the homeless find housing");

    private static ConversationSet set() {
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < TEXTS.size(); i++) {
            notes.add(Note.of("n" + i, "c", TEXTS.get(i)));
        }
        Conversation c = new Conversation("c", null, null, null, ConversationFormat.OTHER, null, null, 0, null, null);
        return ConversationSet.builder().id("s").conversations(List.of(c)).notes(notes).build();
    }

    private static Theme theme(String id, String parent, int from, int to) {
        List<NoteRef> refs = new ArrayList<>();
        for (int i = from; i < to; i++) {
            refs.add(NoteRef.of("n" + i));
        }
        return Theme.of(id, "draft", ThemeCategory.UNCATEGORISED, List.of(), refs).withParent(parent);
    }

    private static ThemeSet themes() {
        List<Theme> themes = new ArrayList<>();
        themes.add(theme("p", null, 0, 18));
        for (int c = 0; c < 6; c++) {
            themes.add(theme("p-" + (c + 1), "p", 3 * c, 3 * c + 3));
        }
        themes.add(theme("q", null, 18, 28));
        themes.add(theme("q-1", "q", 18, 23));
        themes.add(theme("q-2", "q", 23, 28));
        Provenance provenance = Provenance.of(SemanticThemer.ID, "1", Map.of(), 1, "0".repeat(64),
                Instant.parse("2026-05-01T00:00:00Z"));
        return new ThemeSet("s", themes, List.of(), provenance);
    }

    private static Map<String, String> parents(ThemeSet themes) {
        Map<String, String> out = new TreeMap<>();
        themes.themes().forEach(t -> {
            if (t.parent() != null) {
                out.put(t.id(), t.parent());
            }
        });
        return out;
    }

    private static ThemeSet named() {
        ThemeSet themes = themes();
        ThemingRequest request = ThemingRequest.of(set(), 1)
                .withOptions(Map.of(KeyPhraseOptions.PREFIX + "codebook", "false"));
        return PlainParents.named(themes, request, parents(themes));
    }

    @Test
    void aParentItsLabellerCanOnlyNamePlainlyIsDissolvedAndItsSubThemesStandAtTheTop() {
        ThemeSet named = named();
        assertFalse(named.theme("p").isPresent(), "the plainly named parent is dissolved: " + labels(named));
        for (int c = 1; c <= 6; c++) {
            Theme sub = named.theme("p-" + c).orElseThrow();
            assertNull(sub.parent(), sub.id() + " stands at the top level");
        }
        Theme q = named.theme("q").orElseThrow();
        assertFalse(new KeyPhraseLabeller().plain(q.label()), q.label());
        assertEquals("q", named.theme("q-1").orElseThrow().parent());
        assertEquals("q", named.theme("q-2").orElseThrow().parent());
        assertEquals("p", named.provenance().options().get(PlainParents.DISSOLVED));
        // the hierarchy's invariants: a note in at most one finest theme, every parent the union of its sub-themes
        Set<String> finest = new HashSet<>();
        for (Theme t : named.themes()) {
            boolean parent = named.themes().stream().anyMatch(s -> t.id().equals(s.parent()));
            if (!parent) {
                t.evidence().forEach(r -> assertTrue(finest.add(r.noteId()), r.noteId() + " in two finest themes"));
            } else {
                Set<String> union = new HashSet<>();
                named.themes().stream().filter(s -> t.id().equals(s.parent()))
                        .forEach(s -> s.evidence().forEach(r -> union.add(r.noteId())));
                Set<String> own = new HashSet<>();
                t.evidence().forEach(r -> own.add(r.noteId()));
                assertEquals(own, union, t.id());
            }
        }
        assertEquals(TEXTS.size(), finest.size(), "no note lost");
        assertEquals(1, named.provenance().steps().stream().filter(s -> s.operation().equals("label")).count());
    }

    @Test
    void theSameRequestGivesTheSameThemes() {
        assertEquals(named(), named());
    }

    private static List<String> labels(ThemeSet themes) {
        return themes.themes().stream().map(t -> t.id() + "=" + t.label()).toList();
    }
}
