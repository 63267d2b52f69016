package org.ltc.theming.label;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** How a class's phrases are gathered by hash: exact holders and written forms, even for keys sharing a hash. */
class KeyPhraseGatherTest {
    /** One note's phrases: each a single word (key, written form) with the given hash. */
    private static KeyPhraseLabeller.NotePhrases note(String[] keys, String[] written, long[] hashes) {
        int[] spans = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            spans[i] = i << 2 | 1;
        }
        return new KeyPhraseLabeller.NotePhrases(keys, written, spans, hashes, new long[0], new boolean[keys.length]);
    }

    /** Each gathered phrase as "key -> [holders] {form=count}", ordered by key. */
    private static Map<String, String> read(List<KeyPhraseLabeller.Gathered> gathered) {
        Map<String, String> out = new TreeMap<>();
        for (KeyPhraseLabeller.Gathered g : gathered) {
            List<Integer> holders = new ArrayList<>();
            for (int i = 0; i < g.holders; i++) {
                holders.add(g.notes[i]);
            }
            Map<String, Integer> forms = new TreeMap<>();
            for (int f = 0; f < g.forms.size(); f++) {
                forms.put(g.forms.get(f), g.formCounts[f]);
            }
            out.put(g.key, holders + " " + forms);
        }
        return out;
    }

    @Test
    void keysSharingAHashAreGatheredApartWithExactHoldersAndForms() {
        // "park" and "rent" share hash 7 (a collision the 64-bit hash makes rare but possible); "bus" has its own
        List<KeyPhraseLabeller.NotePhrases> read = List.of(
                note(new String[] {"park", "bus"}, new String[] {"Park", "bus"}, new long[] {7, 9}),
                note(new String[] {"rent"}, new String[] {"rent"}, new long[] {7}),
                note(new String[] {"park", "rent"}, new String[] {"park", "rents"}, new long[] {7, 7}),
                note(new String[] {"bus"}, new String[] {"bus"}, new long[] {9}),
                note(new String[] {"rent"}, new String[] {"rent"}, new long[] {7}));
        assertEquals(Map.of(
                "park", "[0, 2] {Park=1, park=1}",
                "rent", "[1, 2, 4] {rent=2, rents=1}",
                "bus", "[0, 3] {bus=2}"), read(KeyPhraseLabeller.gather(read, 2)));
        // the hash's count (5) passes 3 but only "rent" holds three notes; "bus" (2) is not gathered
        assertEquals(Map.of("rent", "[1, 2, 4] {rent=2, rents=1}"), read(KeyPhraseLabeller.gather(read, 3)));
    }

    @Test
    void aPhraseBelowTheLeastNotesIsNotGathered() {
        List<KeyPhraseLabeller.NotePhrases> read = List.of(
                note(new String[] {"mill"}, new String[] {"mill"}, new long[] {1}),
                note(new String[] {"mill", "pool"}, new String[] {"Mill", "pool"}, new long[] {1, 2}));
        assertEquals(Map.of("mill", "[0, 1] {Mill=1, mill=1}"), read(KeyPhraseLabeller.gather(read, 2)));
    }
}
