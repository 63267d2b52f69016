package org.ltc.theming.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.model.plugin.PluginRegistry;
import org.ltc.theming.LabellingRequest;
import org.ltc.theming.ThemeLabeller;
import org.ltc.theming.ThemeLabellers;
import org.ltc.theming.ThemingRequest;
import org.ltc.theming.codebook.CodebookThemer;

/**
 * The contract every {@link ThemeLabeller} must keep, as a JUnit 5 test to extend (from {@code ltc-theming}'s
 * test jar):
 *
 * <pre>{@code
 * class MyLabellerContractTest implements ThemeLabellerContract {
 *     public ThemeLabeller labeller() { return new MyLabeller(); }
 * }
 * }</pre>
 *
 * <p>It checks: a well-formed id; one name per theme that {@link ThemeLabellers#names} accepts (not blank, at
 * most 8 words and 80 characters); the same names for the same request; no name that holds 80% or more of the
 * words of a note; a sub-theme named differently from its parent; and no themes, no names.
 */
public interface ThemeLabellerContract {
    /** The labeller under test. */
    ThemeLabeller labeller();

    /** The notes whose themes are named; the default is {@link ContractFixtures#town()}. */
    default ConversationSet input() {
        return ContractFixtures.town();
    }

    private List<Theme> themes() {
        Clock clock = Clock.fixed(Instant.parse("2026-05-01T12:00:00Z"), ZoneOffset.UTC);
        ThemeSet set = new CodebookThemer().theme(ThemingRequest.of(input(), 1).withClock(clock));
        return set.themes();
    }

    @Test
    default void hasAWellFormedId() {
        PluginRegistry<ThemeLabeller> r = ThemeLabellers.builder().register(labeller()).build();
        assertEquals(List.of(labeller().id()), r.ids());
    }

    @Test
    default void namesEveryThemeWithinTheLimitsAndTheSameEachTime() {
        List<Theme> themes = themes();
        LabellingRequest request = LabellingRequest.of(input(), themes);
        List<String> names = ThemeLabellers.names(labeller(), request);
        assertEquals(themes.size(), names.size());
        assertEquals(names, ThemeLabellers.names(labeller(), request), "deterministic");
    }

    @Test
    default void noNameHoldsMostOfANotesWords() {
        List<String> names = ThemeLabellers.names(labeller(), LabellingRequest.of(input(), themes()));
        for (String name : names) {
            Set<String> words = words(name);
            for (Note n : input().notes()) {
                Set<String> note = words(n.text());
                long held = note.stream().filter(words::contains).count();
                assertTrue(note.isEmpty() || held < 0.8 * note.size(), "\"" + name + "\" holds " + held + " of the "
                        + note.size() + " words of \"" + n.text() + "\"");
            }
        }
    }

    @Test
    default void aSubThemeIsNamedApartFromItsParent() {
        List<Theme> themes = themes();
        Theme parent = themes.get(0);
        int half = Math.max(1, parent.evidence().size() / 2);
        Theme child = Theme.of(parent.id() + "-part", parent.label(), parent.category(), parent.keyTerms(),
                parent.evidence().subList(0, half));
        LabellingRequest request = new LabellingRequest(input(), List.of(parent, child),
                Map.of(child.id(), parent.id()), Map.of(), null, null);
        List<String> names = ThemeLabellers.names(labeller(), request);
        assertNotEquals(names.get(0).toLowerCase(java.util.Locale.ROOT), names.get(1).toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    default void noThemesNoNames() {
        assertEquals(List.of(), ThemeLabellers.names(labeller(), LabellingRequest.of(input(), List.of())));
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
