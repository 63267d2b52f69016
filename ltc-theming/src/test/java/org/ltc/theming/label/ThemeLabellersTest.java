package org.ltc.theming.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.knowledge.NoteRef;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeCategory;
import org.ltc.theming.LabellingRequest;
import org.ltc.theming.ThemeLabeller;
import org.ltc.theming.ThemeLabellers;
import org.ltc.theming.ThemingRequest;
import org.ltc.theming.cluster.SphericalKMeansThemer;
import org.ltc.theming.contract.ContractFixtures;

class ThemeLabellersTest {
    private static final ConversationSet TOWN = ContractFixtures.town();

    /** A labeller that returns what it is given, to see the checks reject it. */
    private record Fixed(String id, String name) implements ThemeLabeller {
        @Override
        public List<String> label(LabellingRequest request) {
            return Collections.nCopies(request.themes().size(), name);
        }
    }

    private static LabellingRequest oneTheme() {
        return LabellingRequest.of(TOWN, List.of(Theme.of("t", "draft", ThemeCategory.UNCATEGORISED, List.of(),
                List.of(NoteRef.of(TOWN.notes().get(0).id()), NoteRef.of(TOWN.notes().get(1).id())))));
    }

    @Test
    void anEmptyNameIsRejectedNamingThePlugIn() {
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class,
                () -> ThemeLabellers.names(new Fixed("blank-names", "  "), oneTheme()));
        assertTrue(e.getMessage().contains("blank-names") && e.getMessage().contains(Fixed.class.getName()),
                e.getMessage());
    }

    @Test
    void anOverLongNameIsRejectedNamingThePlugIn() {
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class, () -> ThemeLabellers.names(
                new Fixed("chatty", "one two three four five six seven eight nine"), oneTheme()));
        assertTrue(e.getMessage().contains("chatty") && e.getMessage().contains("9 words"), e.getMessage());
    }

    @Test
    void theDefaultLabellerIsFoundAndAnUnknownOneIsAnError() {
        assertEquals(KeyPhraseLabeller.ID, ThemeLabellers.chosen(Map.of()).id());
        assertThrows(InvalidOptionsException.class, () -> ThemeLabellers.chosen(Map.of(ThemeLabellers.PROPERTY, "nope")));
        assertThrows(InvalidOptionsException.class, () -> new KeyPhraseLabeller().label(new LabellingRequest(TOWN,
                List.of(), Map.of(), Map.of(KeyPhraseOptions.PREFIX + "colour", "red"), null, null)));
    }

    @Test
    void optionsRoundTripThroughProperties() {
        KeyPhraseOptions o = new KeyPhraseOptions(4, 0.2, 3, 0.5, false);
        assertEquals(o, KeyPhraseOptions.defaults().with(o.toProperties()));
    }

    @Test
    void everyThemerNamesThroughTheLabellerAndRecordsIt() {
        var set = new SphericalKMeansThemer().theme(ThemingRequest.of(TOWN, 3));
        var steps = set.provenance().steps();
        assertEquals("label", steps.get(steps.size() - 1).operation());
        assertEquals(KeyPhraseLabeller.ID, steps.get(steps.size() - 1).parameters().get("labeller"));
    }

    @Test
    void aPhraseOnlyOneNoteUsesNeverNamesATheme() {
        List<org.ltc.model.conversation.Note> notes = List.of(
                note("a", "BIKE LANES NOW!!! bikee lanez"), note("b", "More bike lanes on Main Street"),
                note("c", "Protected bike lanes near the school"), note("d", "Bike lanes and safer crossings"));
        ConversationSet set = new ConversationSet("s", null, null, List.of(org.ltc.model.conversation.Conversation.of(
                "c1", org.ltc.model.conversation.ConversationFormat.KITCHEN_TABLE)), List.of(), notes, List.of(),
                null, null);
        Theme t = Theme.of("t", "draft", ThemeCategory.UNCATEGORISED, List.of(),
                notes.stream().map(n -> NoteRef.of(n.id())).toList());
        String name = new KeyPhraseLabeller(new KeyPhraseOptions(6, 0.1, 2, 0.7, false))
                .label(LabellingRequest.of(set, List.of(t))).get(0);
        assertEquals("Bike lanes", name, "shared by every note; the typo and the shouting are one note's");
    }

    private static org.ltc.model.conversation.Note note(String id, String text) {
        return new org.ltc.model.conversation.Note(id, "c1", null, null, text, 0, 0, 0, List.of(),
                org.ltc.model.conversation.Moderation.ACCEPTED, null, "en");
    }
}
