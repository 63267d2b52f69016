package org.ltc.theming.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;
import org.ltc.model.io.PolisImport;
import org.ltc.model.privacy.Redactor;
import org.ltc.theming.LabellingRequest;

/**
 * Notes read together share arrays (a pack per chunk, so a large collection's phrases are a few large arrays, not
 * six small ones a note): on the real Bowling Green statements, each note read into one pack with the others holds
 * exactly what it holds when read alone.
 */
class KeyPhrasePackTest {
    @Test
    void aNoteReadWithOthersHoldsWhatItHoldsAlone() {
        ConversationSet set = Redactor.defaults().redact(PolisImport.importDirectory(
                KeyPhraseLabellerBowlingGreenTest.sharedData().resolve("polis-bowling-green")).conversationSet()).value();
        List<String> ids = set.notes().stream().map(Note::id).limit(300).toList();
        LabellingRequest request = LabellingRequest.of(set, List.of());
        KeyPhraseLabeller labeller = new KeyPhraseLabeller();

        List<List<List<String>>> together = labeller.packed(request, ids, true);
        List<List<List<String>>> alone = labeller.packed(request, ids, false);

        assertEquals(ids.size(), together.size());
        int phrases = 0;
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(alone.get(i), together.get(i), ids.get(i));
            List<List<String>> note = together.get(i);
            // its phrases, then its stems, then whether each phrase's key ends a phrase in it (see packed)
            List<Long> stems = new ArrayList<>();
            note.get(note.size() - 2).forEach(s -> stems.add(Long.parseLong(s)));
            for (int s = 1; s < stems.size(); s++) {
                assertTrue(stems.get(s - 1) < stems.get(s), "stems distinct and ascending: " + ids.get(i));
            }
            List<List<String>> held = note.subList(0, note.size() - 2);
            for (List<String> p : held) {
                if (!p.get(0).contains(" ")) {
                    assertTrue(stems.contains(Long.parseLong(p.get(2))), p + " is one of the stems of " + ids.get(i));
                }
            }
            if (i < 20) {
                assertEquals(labeller.phrases(request, ids.get(i)), held, ids.get(i));
            }
            phrases += held.size();
        }
        assertTrue(phrases > 1000, "the notes hold phrases: " + phrases);
    }
}
