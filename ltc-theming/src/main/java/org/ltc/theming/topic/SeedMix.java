package org.ltc.theming.topic;

/**
 * The trainer's seed mixing: one generator stream per (seed, a, b), e.g. per (seed, sweep, document), so a draw
 * depends on the seed and on where it is made, never on the thread that makes it. {@link #mix} is the SplitMix64
 * finaliser (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014) over a
 * weighted sum of its arguments; {@link #next} is Marsaglia's 64-bit xorshift (13, 7, 17) ("Xorshift RNGs",
 * Journal of Statistical Software 2003). Neither may change: a model depends on these bits.
 *
 * <p>Stateless and thread-safe.
 */
final class SeedMix {
    private SeedMix() {
    }

    /** A nonzero xorshift state for the stream (seed, a, b). */
    static long mix(long seed, long a, long b) {
        long x = seed * 0x9E3779B97F4A7C15L + a * 0xBF58476D1CE4E5B9L + b * 0x94D049BB133111EBL + 0x632BE59BD9B4E019L;
        x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
        x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
        x = x ^ (x >>> 31);
        return x == 0 ? 0x2545F4914F6CDD1DL : x;
    }

    /** The state after {@code r} (nonzero in, nonzero out). */
    static long next(long r) {
        r ^= r << 13;
        r ^= r >>> 7;
        r ^= r << 17;
        return r;
    }
}
