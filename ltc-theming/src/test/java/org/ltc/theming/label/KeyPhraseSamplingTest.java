package org.ltc.theming.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ltc.model.conversation.Conversation;
import org.ltc.model.conversation.ConversationFormat;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;
import org.ltc.model.knowledge.NoteRef;
import org.ltc.model.knowledge.Theme;
import org.ltc.model.knowledge.ThemeCategory;
import org.ltc.theming.LabellingRequest;
import org.ltc.theming.ThemeLabellers;

/** Large themes are named from a bottom-k sample of their notes: the names of reading every note, in any order. */
class KeyPhraseSamplingTest {
    private static final List<String> FILLER = List.of("honestly", "downtown", "every", "week", "neighbors",
            "children", "after", "school", "morning", "evening", "families", "seniors", "winter", "summer");

    /** 1,500 notes on bus routes (n0..n1499), then 1,500 on potholes, each with filler words drawn by a seed. */
    private static List<Note> notes(long seed) {
        Random r = new Random(seed);
        List<Note> out = new ArrayList<>();
        String[] bus = {"the bus routes should run later", "more bus routes to the clinic",
            "bus routes stop too early", "extend the bus routes on weekends"};
        String[] holes = {"fix the potholes on our street", "potholes wreck our cars",
            "the potholes near the school are dangerous", "too many potholes after the winter"};
        for (int i = 0; i < 3000; i++) {
            String[] pool = i < 1500 ? bus : holes;
            String text = pool[r.nextInt(pool.length)] + " " + FILLER.get(r.nextInt(FILLER.size())) + " "
                    + FILLER.get(r.nextInt(FILLER.size()));
            out.add(Note.of("n" + i, "c", text));
        }
        return out;
    }

    private static List<String> names(List<Note> notes, int sampleNotes) {
        Conversation c = new Conversation("c", "Town listening session", null, null, ConversationFormat.OTHER, null,
                null, 0, null, null);
        ConversationSet set = ConversationSet.builder().id("s").conversations(List.of(c)).notes(notes).build();
        List<NoteRef> a = new ArrayList<>();
        List<NoteRef> b = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            (i < 1500 ? a : b).add(NoteRef.of("n" + i));
        }
        List<Theme> themes = List.of(Theme.of("a", "draft", ThemeCategory.UNCATEGORISED, List.of(), a),
                Theme.of("b", "draft", ThemeCategory.UNCATEGORISED, List.of(), b));
        return ThemeLabellers.names(new KeyPhraseLabeller(), new LabellingRequest(set, themes, Map.of(),
                Map.of(KeyPhraseOptions.PREFIX + "codebook", "false",
                        KeyPhraseOptions.PREFIX + "sampleNotes", Integer.toString(sampleNotes)), null, null));
    }

    @Test
    void aSampledThemeIsNamedAsWhenEveryNoteIsRead() {
        List<Note> notes = notes(7);
        List<String> sampled = names(notes, 200);
        assertEquals(names(notes, 100_000), sampled);
        assertTrue(sampled.get(0).toLowerCase(Locale.ROOT).contains("bus"), sampled.toString());
        assertTrue(sampled.get(1).toLowerCase(Locale.ROOT).contains("pothole"), sampled.toString());
    }

    @Test
    void theSampleDoesNotDependOnTheOrderNotesComeIn() {
        List<Note> notes = notes(11);
        List<String> inOrder = names(notes, 150);
        List<Note> shuffled = new ArrayList<>(notes);
        Collections.shuffle(shuffled, new Random(3));
        assertEquals(inOrder, names(shuffled, 150));
    }
}
