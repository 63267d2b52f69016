package org.ltc.theming.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ltc.model.community.Community;
import org.ltc.model.conversation.Conversation;
import org.ltc.model.conversation.ConversationFormat;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;
import org.ltc.model.knowledge.NoteRef;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeCategory;
import org.ltc.theming.LabellingRequest;
import org.ltc.theming.ThemeLabellers;

/** The naming rules of {@link KeyPhraseLabeller}, each on synthetic notes written to break it. */
class KeyPhraseNamingRulesTest {
    private static final KeyPhraseLabeller LABELLER = new KeyPhraseLabeller();

    /** A set of one conversation whose notes are the given texts, ids n0, n1, ... */
    private static ConversationSet set(Community community, String title, List<String> texts) {
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            notes.add(Note.of("n" + i, "c", texts.get(i)));
        }
        Conversation c = new Conversation("c", title, null, null, ConversationFormat.OTHER, null, null, 0, null, null);
        return ConversationSet.builder().id("s").community(community).conversations(List.of(c)).notes(notes).build();
    }

    private static Theme theme(String id, int from, int to) {
        List<NoteRef> refs = new ArrayList<>();
        for (int i = from; i < to; i++) {
            refs.add(NoteRef.of("n" + i));
        }
        return Theme.of(id, "draft", ThemeCategory.UNCATEGORISED, List.of(), refs);
    }

    private static List<String> names(ConversationSet set, Theme... themes) {
        // without the default codebook, so the key phrases themselves are what is tested
        return ThemeLabellers.names(LABELLER, new LabellingRequest(set, List.of(themes), java.util.Map.of(),
                java.util.Map.of(KeyPhraseOptions.PREFIX + "codebook", "false"), null, null));
    }

    @Test
    void theCommunitysNameInEveryNoteNeverNamesATheme() {
        List<String> texts = List.of(
                "Maple Falls needs the bus routes to run on weekends",
                "In Maple Falls the bus routes stop too early",
                "Maple Falls could extend the bus routes to the clinic",
                "I love Maple Falls but the bus routes are slow",
                "Maple Falls has the worst potholes on Main Street",
                "The potholes in Maple Falls wreck our cars",
                "Maple Falls should fix the potholes before winter",
                "Potholes everywhere in Maple Falls");
        ConversationSet set = set(new Community("mf", "Maple Falls", null, null), "Maple Falls listening session",
                texts);
        List<String> names = names(set, theme("a", 0, 4), theme("b", 4, 8));
        for (String name : names) {
            String lower = name.toLowerCase(Locale.ROOT);
            assertFalse(lower.contains("maple") || lower.contains("falls"), name);
        }
        assertTrue(names.get(0).toLowerCase(Locale.ROOT).contains("bus"), names.toString());
        assertTrue(names.get(1).toLowerCase(Locale.ROOT).contains("pothole"), names.toString());
    }

    @Test
    void aConversationTitleIsNotATheme() {
        // every note shares the title's words, and nothing else: the name falls back to a descriptive name
        List<String> texts = List.of("Improving downtown matters", "Improving downtown is overdue",
                "Improving downtown takes patience", "Improving downtown helps shops");
        ConversationSet set = set(null, "Improving downtown", texts);
        String name = names(set, theme("a", 0, 4)).get(0);
        assertFalse(name.toLowerCase(Locale.ROOT).contains("downtown"), name);
    }

    @Test
    void twoThemesNeverGetNumberedNames() {
        // two themes about the same thing, and a third with nothing shared: no name carries a number
        List<String> texts = List.of(
                "More parking near the library please", "Parking near the library is hard",
                "We need parking near the library", "Parking near the library for seniors",
                "Parking near the library fills up", "Free parking near the library",
                "Dogs", "Weather", "Bridges");
        ConversationSet set = set(null, null, texts);
        List<String> names = names(set, theme("a", 0, 3), theme("b", 3, 6), theme("c", 6, 7), theme("d", 7, 8),
                theme("e", 8, 9));
        assertEquals(names.size(), new HashSet<>(names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList()).size(),
                names.toString());
        for (String name : names) {
            assertFalse(name.matches(".*\\d.*"), name);
        }
    }

    @Test
    void aVerbFinalFragmentIsRejected() {
        // "rent went" is in every note, but "went" is only ever used as a verb ("went up"); "rent" is a noun
        List<String> texts = List.of(
                "My rent went up again this year", "Rent went up and wages did not",
                "Our rent went up by a third", "Rent went up so we moved",
                "The rent is too high for families", "The rent is more than half my pay");
        ConversationSet set = set(null, null, texts);
        String name = names(set, theme("a", 0, 6)).get(0);
        assertFalse(name.toLowerCase(Locale.ROOT).endsWith("went"), name);
        assertTrue(name.toLowerCase(Locale.ROOT).contains("rent"), name);
    }

    @Test
    void anAcronymKeepsItsWrittenCase() {
        List<String> texts = List.of(
                "The BGPD should patrol downtown at night", "More BGPD patrols near schools",
                "I trust the BGPD patrols", "BGPD patrols respond slowly in the east end",
                "Grateful for BGPD patrols on weekends");
        ConversationSet set = set(null, null, texts);
        String name = names(set, theme("a", 0, 5)).get(0);
        assertTrue(name.contains("BGPD"), name);
        assertNotEquals("Bgpd", name);
    }

    @Test
    void aPhraseIsPreferredToALoneGenericWord() {
        List<String> texts = List.of(
                "People want the community garden open longer", "The community garden brings people together",
                "People grow food at the community garden", "Young people should help at the community garden",
                "People meet their neighbours in the community garden");
        ConversationSet set = set(null, null, texts);
        String name = names(set, theme("a", 0, 5)).get(0);
        assertTrue(name.toLowerCase(Locale.ROOT).contains("community garden"), name);
    }

    private static List<String> names(ConversationSet set, java.util.Map<String, String> parents, Theme... themes) {
        return ThemeLabellers.names(LABELLER, new LabellingRequest(set, List.of(themes), parents,
                java.util.Map.of(KeyPhraseOptions.PREFIX + "codebook", "false"), null, null));
    }

    @Test
    void aPlaceAFewNotesMentionNeverLeadsAndThePlacesInitialsAndGenericWordsNameNothing() {
        // the conversation is about Maple Falls ("MF"); a few notes mention people leaving for Carver City; the
        // city is in many notes: none of these is what the theme is about, the bus routes are
        List<String> texts = List.of(
                "MF needs the bus routes to run on weekends", "The city should extend the bus routes",
                "The bus routes in MF stop too early", "The city bus routes are slow",
                "My sister moved to Carver City for work", "Friends drive to Carver City for the bus routes",
                "The city could add bus routes to the clinic", "The bus routes skip the east end of the city",
                "The city is growing fast", "The city hall is far from the bus routes");
        ConversationSet set = set(new Community("mf", "Maple Falls", null, null), "Maple Falls listening session",
                texts);
        String name = names(set, theme("a", 0, 10)).get(0);
        String lower = name.toLowerCase(Locale.ROOT);
        assertTrue(lower.contains("bus route"), name);
        for (String w : List.of("carver", "city", "mf", "maple")) {
            assertFalse(List.of(lower.split("[^a-z]+")).contains(w), name);
        }
    }

    @Test
    void aPlaceMostOfTheNotesAreAboutMayNameThem() {
        List<String> texts = List.of("My sister moved to Carver City for work", "Friends drive to Carver City to shop",
                "Jobs pull young people to Carver City", "We lost our nurse to Carver City",
                "Potholes on Elm Road", "Potholes again on Elm Road", "Fix the potholes near the school",
                "The potholes are dangerous");
        ConversationSet set = set(null, null, texts);
        List<String> names = names(set, theme("a", 0, 4), theme("b", 4, 8));
        assertTrue(names.get(0).contains("Carver City"), names.toString());
    }

    @Test
    void notesThatShareNothingGetAPlainNameNotAWordAFewHappenToHold() {
        // ten notes on ten topics; two mention the weather in passing: that is not what they are about
        List<String> texts = List.of("Dogs off leash in the park scare me", "The weather ruined the fair",
                "Libraries should open on Sundays", "Potholes on Elm Road", "The weather keeps people home",
                "Teachers need better pay", "Fireworks at night are too loud", "Recycling pickup is unreliable",
                "Broadband is too slow out here", "Church parking spills onto our street", "Vote out the mayor",
                "Bring back the farmers market");
        ConversationSet set = set(null, null, texts);
        String name = names(set, theme("a", 0, 12)).get(0);
        assertTrue(KeyPhraseLabeller.PLAIN_NAMES.contains(name), name);
    }

    @Test
    void aParentIsNamedByWhatItsSubThemesShareOrByTheirPairAndEachSubThemeSaysWhatSetsItApart() {
        List<String> texts = List.of(
                "Rent is too high for families", "Landlords raise the rent every year", "The rent takes half my pay",
                "Rent control would help", "Our landlord ignores repairs and the rent goes up",
                "The homeless need a shelter in winter", "More homeless families sleep in cars",
                "A homeless shelter downtown would help", "The homeless need day centres",
                "Help the homeless find housing");
        ConversationSet set = set(null, null, texts);
        Theme parent = theme("p", 0, 10);
        java.util.Map<String, String> parents = java.util.Map.of("r", "p", "h", "p");
        List<String> names = names(set, parents, parent, theme("r", 0, 5), theme("h", 5, 10));
        String p = names.get(0).toLowerCase(Locale.ROOT);
        assertTrue(p.contains("rent") && (p.contains("homeless") || p.contains("shelter")),
                "the parent names both: " + names);
        assertTrue(names.get(1).toLowerCase(Locale.ROOT).contains("rent"), names.toString());
        String h = names.get(2).toLowerCase(Locale.ROOT);
        assertTrue(h.contains("homeless") || h.contains("shelter"), names.toString());
        for (String child : names.subList(1, 3)) {
            assertNotEquals(names.get(0), child);
            assertFalse(KeyPhraseLabeller.words(child).containsAll(KeyPhraseLabeller.words(names.get(0))
                    .stream().filter(w -> !w.equals("and")).toList()), child + " restates " + names.get(0));
        }
    }
}
