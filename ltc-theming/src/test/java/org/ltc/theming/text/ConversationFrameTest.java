package org.ltc.theming.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NotBlank;
import org.junit.jupiter.api.Test;

/** What a conversation puts into every note is taken out before notes are compared by meaning, and only that. */
class ConversationFrameTest {
    private static final List<String> NOTES = List.of(
            "Bowling Green needs an ice rink for recreation and sport.",
            "Bowling Green needs more competitive internet rates.",
            "BG needs more summer festivals.",
            "Traffic in Bowling Green is terrible at rush hour.",
            "We love living in Bowling Green and Warren County.",
            "More green spaces downtown, please.",
            "Parks in Warren County need better upkeep.",
            "I think Bowling Green's schools are great.");

    private static final ConversationFrame BG =
            ConversationFrame.of(List.of("Improving Bowling Green / Warren County"), NOTES);

    @Test
    void thePlaceIsWhatTheNotesWriteAsANameNotEveryWordOfTheTitle() {
        assertTrue(BG.placeNames().contains("Bowling Green"), BG.placeNames().toString());
        assertTrue(BG.placeNames().contains("BG"), BG.placeNames().toString());
        assertTrue(BG.placeNames().contains("Warren County"), BG.placeNames().toString());
        assertFalse(BG.placeNames().stream().anyMatch(p -> p.equalsIgnoreCase("improving")), BG.placeNames().toString());
    }

    @Test
    void theOpeningFrameAndThePlaceGoWhatIsAskedForStays() {
        assertEquals("ice rink for recreation and sport.", BG.withoutPlaceOrOpening(NOTES.get(0)));
        assertEquals("competitive internet rates.", BG.withoutPlaceOrOpening(NOTES.get(1)));
        assertEquals("summer festivals.", BG.withoutPlaceOrOpening(NOTES.get(2)));
        assertEquals("Traffic in is terrible at rush hour.", BG.withoutPlace(NOTES.get(3)));
        assertEquals("schools are great.", BG.withoutPlaceOrOpening(NOTES.get(7)));
        assertEquals("needs more competitive internet rates.", BG.withoutPlace(NOTES.get(1)));
        assertEquals("We love living in and .", BG.withoutPlace(NOTES.get(4)));
    }

    @Test
    void aWordOfThePlaceInAnotherSenseStays() {
        // "green" written in lower case is not the place
        assertEquals("green spaces downtown, please.", BG.withoutPlaceOrOpening(NOTES.get(5)));
    }

    @Test
    void aTitleWithoutNamesTakesNothingFromTheNotes() {
        List<String> notes = List.of("We need more parks and recreation for kids.", "The parks are dirty.",
                "recreation programs cost too much");
        ConversationFrame f = ConversationFrame.of(List.of("Parks and recreation"), notes);
        assertEquals(List.of(), f.placeNames());
        assertEquals("parks and recreation for kids.", f.withoutPlaceOrOpening(notes.get(0)));
        assertEquals("parks are dirty.", f.withoutPlaceOrOpening(notes.get(1)));
    }

    @Test
    void aNoteThatIsAllFrameIsComparedAsWritten() {
        assertEquals("We need more.", BG.withoutPlaceOrOpening("We need more."));
        assertEquals("Bowling Green", BG.withoutPlaceOrOpening("Bowling Green"));
    }

    @Test
    void spanishFramesGoToo() {
        assertEquals("transporte para personas mayores.",
                ConversationFrame.none().withoutPlaceOrOpening("Necesitamos más transporte para personas mayores."));
    }

    @Property(tries = 300)
    void whatIsComparedIsNeverBlankAndHoldsOnlyWordsOfTheNote(@ForAll @NotBlank String text) {
        for (String c : List.of(BG.withoutPlace(text), BG.withoutPlaceOrOpening(text))) {
            assertFalse(c.isBlank(), "blank content for " + text);
            assertTrue(words(text).containsAll(words(c)), () -> "'" + c + "' from '" + text + "'");
        }
    }

    private static Set<String> words(String s) {
        return java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+").matcher(s).results()
                .map(r -> r.group().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
