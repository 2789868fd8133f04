package dev.p2caudit.generate;

import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Randomness as a pure function of (seed, stream, index): every record draws from its own
 * generator, so records can be produced in any order, any number of times, with the same result.
 */
final class Rng {

    private Rng() {
    }

    /** A generator for one record; {@code stream} separates tables and purposes. */
    static SplittableRandom of(long seed, int stream, long index) {
        return new SplittableRandom(mix(seed, stream, index));
    }

    /** A version-4-shaped GUID, lower case as Dataverse exports write them. */
    static String guid(long seed, int stream, long index) {
        long high = mix(seed, stream, index);
        long low = mix(high, stream + 7919, index ^ 0x5DEECE66DL);
        high = (high & 0xFFFFFFFFFFFF0FFFL) | 0x0000000000004000L;
        low = (low & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    static long mix(long seed, int stream, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + stream * 0xBF58476D1CE4E5B9L + index * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
