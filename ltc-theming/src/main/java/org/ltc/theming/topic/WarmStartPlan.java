package org.ltc.theming.topic;

/**
 * Which documents the trainer's warm start begins with (see {@link LdaTrainer}): a seed-chosen share of them
 * ({@link LdaOptions#warmStart()}), grown until it holds at least
 * {@value #MIN_FIRST_STAGE_TOKENS_PER_TOPIC} tokens per topic, because fewer (or fewer first-stage sweeps) leave
 * junk topics holding a little of many true topics, which later sweeps do not clear. When that is more than a
 * quarter of the documents, or the options turn the warm start off, there is none. The stages that follow
 * double the documents (the incremental initialisation of Canini, Shi and Griffiths, "Online inference of topics
 * with latent Dirichlet allocation", AISTATS 2009), so the documents are laid out in the order they join and
 * every stage is a prefix of {@link #order}.
 *
 * <p>Immutable after construction; thread-safe to read.
 */
final class WarmStartPlan {
    /** The warm start's first stage holds at least this many tokens per topic. */
    static final int MIN_FIRST_STAGE_TOKENS_PER_TOPIC = 6_000;

    /** Inner document x is the caller's {@code order[x]}: a seeded shuffle with a warm start, else the identity. */
    final int[] order;
    /** How many documents (a prefix of {@link #order}) the first stage holds: all of them without a warm start. */
    final int firstStage;
    /** Whether there is a warm start. */
    final boolean warm;

    WarmStartPlan(int[][] docs, LdaOptions options, int topics, long seed) {
        int numDocs = docs.length;
        int[] perm = new int[numDocs];
        for (int d = 0; d < numDocs; d++) {
            perm[d] = d;
        }
        // Fisher-Yates on the stream (seed, -2, -2)
        long rp = SeedMix.mix(seed, -2, -2);
        for (int i = numDocs - 1; i > 0; i--) {
            rp = SeedMix.next(rp);
            int j = (int) ((rp >>> 1) % (i + 1));
            int tmp = perm[i];
            perm[i] = perm[j];
            perm[j] = tmp;
        }
        int first = (int) Math.ceil(options.warmStart() * numDocs);
        long held = 0;
        for (int x = 0; x < first; x++) {
            held += docs[perm[x]].length;
        }
        while (first < numDocs && held < (long) MIN_FIRST_STAGE_TOKENS_PER_TOPIC * topics) {
            held += docs[perm[first]].length;
            first++;
        }
        warm = options.warmStart() > 0 && options.warmStartSweeps() > 0 && first <= numDocs / 4;
        if (!warm) {
            for (int d = 0; d < numDocs; d++) {
                perm[d] = d;
            }
        }
        order = perm;
        firstStage = warm ? first : numDocs;
    }
}
