package org.ltc.theming.internal;

import java.util.Arrays;

/**
 * Words interned by their characters, ids in order of first sight: a word read from an analysis chain's buffer is
 * looked up in place, so a word costs a String only once, not at every occurrence. Open addressing on a mixed
 * hash, so words that differ only in their last letters (as many do) do not crowd together.
 *
 * <p>Not thread-safe: one table per thread.
 */
public final class Words {
    private int[] slots = new int[1 << 10];
    private int[] hashes = new int[1 << 10];
    private char[][] chars = new char[1 << 9][];
    private int size;

    /** How many words. */
    public int size() {
        return size;
    }

    /** The word with this id, as a new String. */
    public String get(int id) {
        return new String(chars[id]);
    }

    /** The id of the first {@code length} characters of {@code word}, a new one when first seen. */
    public int id(char[] word, int length) {
        int h = hash(word, length);
        int i = slot(word, length, h);
        if (slots[i] != 0) {
            return slots[i] - 1;
        }
        int id = size++;
        if (id == chars.length) {
            chars = Arrays.copyOf(chars, id * 2);
        }
        chars[id] = Arrays.copyOf(word, length);
        slots[i] = id + 1;
        hashes[i] = h;
        if (size * 2 > slots.length) {
            grow();
        }
        return id;
    }

    /** The word's id, or -1 when it has none (nothing is added). */
    public int find(char[] word, int length) {
        return slots[slot(word, length, hash(word, length))] - 1;
    }

    private int slot(char[] word, int length, int h) {
        int mask = slots.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            int s = slots[i];
            if (s == 0 || (hashes[i] == h && Arrays.equals(chars[s - 1], 0, chars[s - 1].length, word, 0, length))) {
                return i;
            }
        }
    }

    private static int hash(char[] word, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + word[i];
        }
        // the finaliser of MurmurHash3: String's hash alone leaves the low bits of similar words alike
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }

    private void grow() {
        int[] oldSlots = slots;
        int[] oldHashes = hashes;
        slots = new int[oldSlots.length * 2];
        hashes = new int[oldSlots.length * 2];
        int mask = slots.length - 1;
        for (int j = 0; j < oldSlots.length; j++) {
            if (oldSlots[j] != 0) {
                int i = oldHashes[j] & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = oldSlots[j];
                hashes[i] = oldHashes[j];
            }
        }
    }
}
