package org.ltc.examples.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ltc.model.conversation.Conversation;
import org.ltc.model.conversation.ConversationFormat;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;

/**
 * Generated notes for the k-means benchmark: {@code topics} topics of 30 made-up words each, plus 40
 * shared filler words; each note has 4 to 12 words, three in four from its topic. Deterministic per seed.
 */
final class KMeansBenchData {
    private KMeansBenchData() {
    }

    static ConversationSet notes(int count, int topics, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        String[][] vocab = new String[topics][30];
        for (int t = 0; t < topics; t++) {
            for (int w = 0; w < 30; w++) {
                vocab[t][w] = word(r);
            }
        }
        String[] filler = new String[40];
        for (int w = 0; w < filler.length; w++) {
            filler[w] = word(r);
        }
        List<Conversation> conversations = new ArrayList<>();
        for (int c = 0; c < 100; c++) {
            conversations.add(Conversation.of("c" + c, ConversationFormat.ONLINE));
        }
        List<Note> notes = new ArrayList<>(count);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int topic = r.nextInt(topics);
            int words = 4 + r.nextInt(9);
            b.setLength(0);
            for (int w = 0; w < words; w++) {
                String[] pool = r.nextInt(4) == 0 ? filler : vocab[topic];
                // Zipf-like: early words of a pool are more common
                int idx = (int) Math.min(pool.length - 1, Math.floor(-Math.log(1 - r.nextDouble()) * pool.length / 4));
                b.append(w == 0 ? "" : " ").append(pool[idx]);
            }
            notes.add(Note.of("n" + i, "c" + (i % 100), b.toString()));
        }
        return ConversationSet.of("bench", conversations, notes);
    }

    private static String word(SplittableRandom r) {
        String consonants = "bcdfghklmnprstvz";
        String vowels = "aeiou";
        StringBuilder w = new StringBuilder();
        int syllables = 2 + r.nextInt(2);
        for (int s = 0; s < syllables; s++) {
            w.append(consonants.charAt(r.nextInt(consonants.length()))).append(vowels.charAt(r.nextInt(vowels.length())));
        }
        return w.toString();
    }
}
