package org.ltc.theming.internal;

import java.util.Arrays;

/** An open-addressing map from long keys to int counts, for counting word pairs without boxing. */
public final class LongIntMap {
    private static final long FREE = Long.MIN_VALUE;
    private long[] keys;
    private int[] values;
    private int size;

    public LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
        Arrays.fill(keys, FREE);
    }

    public int size() {
        return size;
    }

    /** Adds {@code delta} to the key's count. */
    public void add(long key, int delta) {
        int i = slot(key);
        if (keys[i] == FREE) {
            keys[i] = key;
            size++;
            values[i] = delta;
            if (size * 2 > keys.length) {
                grow();
            }
        } else {
            values[i] += delta;
        }
    }

    public int get(long key) {
        int i = slot(key);
        return keys[i] == FREE ? 0 : values[i];
    }

    /** The keys present, sorted ascending (a deterministic order). */
    public long[] sortedKeys() {
        long[] out = new long[size];
        int n = 0;
        for (long k : keys) {
            if (k != FREE) {
                out[n++] = k;
            }
        }
        Arrays.sort(out);
        return out;
    }

    /** What {@link #forEach} hands over: a key and its count. */
    @FunctionalInterface
    public interface Entry {
        void accept(long key, int value);
    }

    /** Every key and its count, in no particular order. */
    public void forEach(Entry action) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != FREE) {
                action.accept(keys[i], values[i]);
            }
        }
    }

    /** The keys whose count is at least {@code min}, sorted ascending (a deterministic order). */
    public long[] sortedKeys(int min) {
        long[] out = new long[size];
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != FREE && values[i] >= min) {
                out[n++] = keys[i];
            }
        }
        out = Arrays.copyOf(out, n);
        Arrays.sort(out);
        return out;
    }

    /** A well-mixed hash of a key (the finaliser of MurmurHash3), for a caller's own tables. */
    public static long hash(long key) {
        return mix(key);
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int i = (int) (mix(key) & mask);
        while (keys[i] != FREE && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, FREE);
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != FREE) {
                int i = slot(oldKeys[j]);
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
