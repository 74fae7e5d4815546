package org.saidgraph.generate;

/**
 * Derives independent random streams from the corpus seed: one for the world, one per article, one per article's
 * publisher. An article's stream depends only on the seed and its number, so no article shifts another's.
 */
final class Seeds {

    static final long WORLD = 0x5741_4944_5f57_4f52L;
    static final long ARTICLE = 0x4152_5449_434c_4531L;
    static final long OUTLET = 0x4f55_544c_4554_5331L;

    private Seeds() {
    }

    /** SplitMix64's finaliser over the combined values: nearby inputs give unrelated outputs. */
    static long mix(long... values) {
        long h = 0x9E37_79B9_7F4A_7C15L;
        for (long v : values) {
            h ^= v;
            h = (h ^ (h >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
            h = (h ^ (h >>> 27)) * 0x94D0_49BB_1331_11EBL;
            h ^= h >>> 31;
        }
        return h;
    }
}
