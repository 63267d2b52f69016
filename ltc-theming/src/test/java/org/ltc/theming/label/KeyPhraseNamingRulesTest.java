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

    /** The facets of a name (split at "and" and commas), each by its last word, lower case and singular. */
    private static java.util.Set<String> facetHeads(String name) {
        java.util.Set<String> out = new HashSet<>();
        for (String facet : name.toLowerCase(Locale.ROOT).split(",| and ")) {
            String[] w = facet.strip().split(" ");
            String head = w[w.length - 1];
            out.add(head.endsWith("s") && head.length() > 3 ? head.substring(0, head.length() - 1) : head);
        }
        return out;
    }

    @Test
    void anAbbreviationIsTheWordItStandsForSoNoNamePairsThem() {
        // "Rd" is "road": "Roads and Rd" would name one facet twice
        List<String> texts = List.of(
                "Widen Nashville Rd to four lanes", "Nashville Rd needs a turn lane at the light",
                "Campbell Rd is full of potholes", "Repave Campbell Rd before winter",
                "The roads flood after every rain", "Our roads need repaving", "Repave the roads downtown",
                "The roads crumble every spring", "Smallhouse Rd backs up at rush hour", "The roads are too narrow");
        ConversationSet set = set(null, null, texts);
        String name = names(set, theme("a", 0, 10)).get(0);
        java.util.Set<String> words = KeyPhraseLabeller.words(name);
        assertFalse(words.contains("rd") && (words.contains("roads") || words.contains("road")), name);
    }

    @Test
    void aSmallThemeIsNeverNamedByAsidesOfTwoNotesEach() {
        // eighteen notes; three phrases of two notes each ("opioid deaths", "police stats", "institutional racism"),
        // nothing else shared: a name's further facets must each be carried by several notes, so none is named
        List<String> texts = List.of(
                "Opioid deaths are rising fast", "The opioid deaths and the police stats both matter",
                "Publish the police stats weekly", "Institutional racism is real here",
                "We need a plan against institutional racism", "The daily paper is slanted", "Judges are too harsh",
                "Mass media choices are poor", "I discuss politics with neighbours", "Investigate human trafficking",
                "Treat individuals equally", "Journalists strive to be factual", "Utility rates need checking",
                "Embezzlement should be punished", "Fountain square has panhandlers", "Sirens should be tested monthly",
                "Fluoride should go", "Fuel prices are high");
        ConversationSet set = set(null, null, texts);
        String name = names(set, theme("a", 0, 18)).get(0);
        if (!LABELLER.plain(name)) {
            for (String head : facetHeads(name)) {
                long held = texts.stream().filter(t -> t.toLowerCase(Locale.ROOT).contains(head)).count();
                assertTrue(held >= 3, "facet '" + head + "' of " + name + " is in " + held + " notes");
            }
        }
        assertFalse(name.contains(","), name);
    }

    @Test
    void aPairOfAdjectivesIsNoName() {
        // "racial ethnic" is shared by half the notes, but names a quality, not a thing: a name ends in a noun
        List<String> texts = List.of(
                "Boards must reflect the racial/ethnic makeup of the town",
                "Concerts should be racial/ethnic in their mix of performers",
                "Hiring should be racial/ethnic across departments", "The internet is slow in Alvaton",
                "Fire departments need upgrades", "Grants for neighbourhood improvements");
        ConversationSet set = set(null, null, texts);
        String name = names(set, theme("a", 0, 6)).get(0);
        assertFalse(name.toLowerCase(Locale.ROOT).endsWith("ethnic"), name);
    }

    @Test
    void siblingsNeverNameTheSameFacetAndTheLaterTakesItsNextBestFacet() {
        // kids run through both themes: the larger names them, the other takes its next facet, never a plain name
        List<String> texts = List.of(
                "The mill property is an eyesore", "Kids hang around the mill at night", "Fence off the mill buildings",
                "The empty mill is dangerous for kids", "Nobody trusts the council about the mill",
                "The council never listens", "The council decides without asking", "Kids have nowhere to go",
                "Kids need somewhere safe after school", "Police hassle kids for standing around",
                "The rent went up again", "Rent takes half my pay", "Landlords raise the rent every year",
                "Rent is too high for young families", "Rent control would help",
                "The kids play in the street because there is no park", "The kids should be able to walk to school",
                "The kids need a youth centre", "My kids want to stay here", "Our kids cannot afford to live here");
        ConversationSet set = set(null, null, texts);
        List<String> names = names(set, theme("mill", 0, 10), theme("rent", 10, 20));
        java.util.Set<String> shared = new HashSet<>(facetHeads(names.get(0)));
        shared.retainAll(facetHeads(names.get(1)));
        assertTrue(shared.isEmpty(), "siblings share " + shared + ": " + names);
        for (String name : names) {
            assertFalse(LABELLER.plain(name), names.toString());
        }
        assertTrue(names.get(1).toLowerCase(Locale.ROOT).contains("rent"), names.toString());
    }

    @Test
    void aWordForPeopleInGeneralNamesNothingAlone() {
        // every note of the second theme says "people", and nothing else: people in general are no topic
        List<String> texts = List.of("More buses would help", "The buses skip our stop", "The buses run late",
                "Buses should run on Sundays", "The buses are full", "Bus shelters are broken",
                "Young people are leaving", "The people here are kind", "The people in charge never listen",
                "Old people are lonely", "The people downtown want shops", "The people deserve better parks");
        ConversationSet set = set(null, null, texts);
        for (String name : names(set, theme("a", 0, 6), theme("b", 6, 12))) {
            assertFalse(facetHeads(name).contains("people"), name);
        }
    }

    @Test
    void aLoneCountNounTheNotesWriteWithItsArticleKeepsIt() {
        // "concerned about the mill", never "concerned about mill"
        List<String> texts = List.of("The mill closed ten years ago", "Fence off the mill before a kid gets hurt",
                "The mill buildings are empty", "Tear down the mill", "Who owns the mill now");
        ConversationSet set = set(null, null, texts);
        String name = names(set, theme("a", 0, 5)).get(0);
        assertTrue(name.startsWith("The mill"), name);
    }

    @Test
    void aWordUsedMostlyAsAModifierIsNoNameAlone() {
        // "indoor" opens every phrase it is in: it says what kind of pool, court or track, not what the notes are about
        List<String> texts = List.of("We need indoor pools for winter", "Indoor tennis courts would be used",
                "Build indoor soccer fields for youth", "The gym closes the indoor track early",
                "An indoor pool for therapy", "Swim lessons for every child", "Open the pools year round");
        ConversationSet set = set(null, null, texts);
        String name = names(set, theme("a", 0, 7)).get(0);
        assertNotEquals("indoor", name.toLowerCase(Locale.ROOT), name);
    }
}
