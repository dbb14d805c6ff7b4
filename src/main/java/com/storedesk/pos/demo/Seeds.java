package com.storedesk.pos.demo;

import java.util.SplittableRandom;

/**
 * Derives independent random streams from the demo seed. Each store-day, sale, shift plan or
 * live minute draws from a stream of its own, so any of them can be generated alone and in any
 * order and still come out the same.
 */
final class Seeds {

    static final long STORE_DAY = 0x5D1L;
    static final long SALE = 0x5A1EL;
    static final long RETURN = 0x2E7L;
    static final long SHIFTS = 0x5F7L;
    static final long WEATHER = 0x3EAL;
    static final long CUSTOMERS = 0xC057L;
    static final long STAFF = 0x57AFL;
    static final long STOCK = 0x570CL;
    static final long LIVE_SALES = 0x11FEL;
    static final long LIVE_TRAFFIC = 0x11F7L;

    private Seeds() {
    }

    static long mix(long seed, long... parts) {
        long h = scramble(seed);
        for (long part : parts) {
            h = scramble(h ^ scramble(part + 0x9E3779B97F4A7C15L));
        }
        return h;
    }

    static SplittableRandom random(long seed, long... parts) {
        return new SplittableRandom(mix(seed, parts));
    }

    /** SplitMix64's finalizer: a bijection whose output bits each depend on every input bit. */
    private static long scramble(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
