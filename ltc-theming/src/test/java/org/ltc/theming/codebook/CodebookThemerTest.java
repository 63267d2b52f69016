package org.ltc.theming.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.conversation.Conversation;
import org.ltc.model.conversation.ConversationFormat;
import org.ltc.model.conversation.ConversationGuide;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Moderation;
import org.ltc.model.conversation.Note;
import org.ltc.model.conversation.Question;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeCategory;
import org.ltc.model.knowledge.ThemeSet;
import org.ltc.theming.Themers;
import org.ltc.theming.ThemingRequest;

class CodebookThemerTest {
    private static Note note(String id, String question, String text, String lang) {
        return new Note(id, "c1", question, null, text, 0, 0, 0, List.of(), Moderation.ACCEPTED, null, lang);
    }

    private static ConversationSet set(Note... notes) {
        ConversationGuide guide = new ConversationGuide("g", "Guide", null, List.of(
                new Question("q1", "What kind of community do you want?", ThemeCategory.ASPIRATIONS),
                new Question("q5", "What worries you?", ThemeCategory.CONCERNS),
                new Question("q9", "Anything else?", null)));
        return new ConversationSet("s", null, guide, List.of(Conversation.of("c1", ConversationFormat.KITCHEN_TABLE)),
                List.of(), List.of(notes), List.of(), null, null);
    }

    private static Set<String> themesOf(ThemeSet ts, String noteId) {
        return ts.themes().stream().filter(t -> t.evidence().stream().anyMatch(r -> r.noteId().equals(noteId)))
                .map(Theme::id).collect(Collectors.toSet());
    }

    @Test
    void aNoteMayCarrySeveralThemesAndUnmatchedNotesAreReported() {
        ConversationSet s = set(
                note("n1", null, "The buses stop running at six and the sidewalks are broken.", "en"),
                note("n2", null, "Rents went up again and my landlord won't fix anything.", "en"),
                note("n3", null, "I like the colour blue.", "en"));
        ThemeSet ts = new CodebookThemer(CodebookOptions.builder().splitByCategory(false).build())
                .theme(ThemingRequest.of(s, 1));
        assertEquals(Set.of("transit-walking"), themesOf(ts, "n1"));
        assertEquals(Set.of("housing"), themesOf(ts, "n2"));
        assertEquals(List.of("n3"), ts.unassigned());
        ConversationSet two = set(note("n1", null, "Police should patrol the park at night.", "en"));
        ThemeSet ts2 = new CodebookThemer(CodebookOptions.builder().splitByCategory(false).build())
                .theme(ThemingRequest.of(two, 1));
        assertEquals(Set.of("safety", "parks-outdoors"), themesOf(ts2, "n1"));
    }

    @Test
    void lightStemmingKeepsParkingApartFromParks() {
        ThemeSet ts = new CodebookThemer(CodebookOptions.builder().splitByCategory(false).build())
                .theme(ThemingRequest.of(set(note("n1", null, "There is never any parking downtown.", "en")), 1));
        assertEquals(Set.of("parking", "downtown"), themesOf(ts, "n1"));
    }

    @Test
    void notesAreSplitByTheCategoryOfTheirQuestion() {
        ConversationSet s = set(
                note("n1", "q1", "Affordable housing for young families.", "en"),
                note("n2", "q5", "Rents are too high.", "en"),
                note("n3", "q9", "Housing, housing, housing.", "en"));
        ThemeSet ts = new CodebookThemer().theme(ThemingRequest.of(s, 1));
        assertTrue(themesOf(ts, "n1").contains("aspirations.housing"), ts.themes().toString());
        assertEquals(Set.of("concerns.housing"), themesOf(ts, "n2"));
        // an uncategorised question: the code's own category
        assertEquals(Set.of("concerns.housing"), themesOf(ts, "n3"));
        Theme concerns = ts.theme("concerns.housing").orElseThrow();
        assertEquals(ThemeCategory.CONCERNS, concerns.category());
        assertEquals("Affordable housing and rents", concerns.label());
    }

    @Test
    void spanishNotesMeetSpanishSeedTerms() {
        ThemeSet ts = new CodebookThemer(CodebookOptions.builder().splitByCategory(false).build())
                .theme(ThemingRequest.of(set(note("n1", null, "Necesitamos más vivienda para las familias.", "es")), 1));
        assertTrue(themesOf(ts, "n1").contains("housing"), ts.themes().toString());
        assertTrue(themesOf(ts, "n1").contains("youth-families"), ts.themes().toString());
    }

    @Test
    void theBestCodeHoldsANoteWithWeightOneAndKeyTermsNameWhatMatched() {
        ThemeSet ts = new CodebookThemer(CodebookOptions.builder().splitByCategory(false).build())
                .theme(ThemingRequest.of(set(note("n1", null,
                        "Traffic on the bypass is gridlock; the turn lane backs up. Also more parks.", "en")), 1));
        Theme roads = ts.theme("roads-traffic").orElseThrow();
        assertEquals(1.0, roads.evidence().get(0).weight());
        assertTrue(ts.theme("parks-outdoors").orElseThrow().evidence().get(0).weight() < 1.0);
        assertEquals(List.of("turn lane", "traffic", "bypass", "gridlock"), roads.keyTerms());
    }

    @Test
    void minScoreDemandsMoreEvidence() {
        ConversationSet s = set(note("n1", null, "More parks.", "en"), note("n2", null, "Parks, trails and a pool.", "en"));
        ThemeSet ts = new CodebookThemer().theme(ThemingRequest.of(s, 1)
                .withOptions(Map.of("ltc.theming.codebook.minScore", "2")));
        assertEquals(List.of("n1"), ts.unassigned());
        assertEquals("2", ts.provenance().options().get("ltc.theming.codebook.minScore"));
    }

    @Test
    void badOptionValuesNameTheOption() {
        ConversationSet s = set(note("n1", null, "More parks.", "en"));
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class, () -> new CodebookThemer()
                .theme(ThemingRequest.of(s, 1).withOptions(Map.of("ltc.theming.codebook.min-score", "zero"))));
        assertEquals("ltc.theming.codebook.min-score", e.option());
        InvalidOptionsException f = assertThrows(InvalidOptionsException.class, () -> new CodebookThemer()
                .theme(ThemingRequest.of(s, 1).withOptions(Map.of("ltc.theming.codebook.file", "/no/such.qdc"))));
        assertEquals("ltc.theming.codebook.file", f.option());
    }

    @Test
    void serviceLoaderFindsTheCodebookThemer() {
        assertEquals(CodebookThemer.class, Themers.discover(getClass().getClassLoader()).get("codebook").getClass());
    }

    @Test
    void theDefaultCodebookCoversTheVerifiedCategoriesAndNamesItsSource() {
        Codebook book = Codebook.defaults();
        assertTrue(book.source().contains("Harwood"));
        Set<ThemeCategory> cats = book.codes().stream().map(Code::category).collect(Collectors.toSet());
        assertTrue(cats.containsAll(List.of(ThemeCategory.ASPIRATIONS, ThemeCategory.CONCERNS, ThemeCategory.CHANGES,
                ThemeCategory.ACTIONS)), cats.toString());
    }
}
