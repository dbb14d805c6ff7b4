package com.storedesk.insight.basket;

import java.util.Arrays;

/**
 * Counters keyed by a pair of item numbers, for catalogs too large for a dense triangle: open
 * addressing over two parallel arrays (no boxing), so memory follows the pairs that occur, not
 * the square of the catalog.
 */
final class PairCounts {

    private static final long EMPTY = -1;
    private static final double MAX_LOAD = 0.6;

    private long[] keys;
    private int[] counts;
    private int size;

    PairCounts() {
        keys = new long[1 << 12];
        Arrays.fill(keys, EMPTY);
        counts = new int[keys.length];
    }

    void increment(int low, int high) {
        if (size + 1 > keys.length * MAX_LOAD) {
            grow();
        }
        long key = key(low, high);
        int slot = find(keys, key);
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            size++;
        }
        counts[slot]++;
    }

    int get(int low, int high) {
        int slot = find(keys, key(low, high));
        return keys[slot] == EMPTY ? 0 : counts[slot];
    }

    private static long key(int low, int high) {
        return ((long) high << 32) | low;
    }

    private static int find(long[] table, long key) {
        int mask = table.length - 1;
        int slot = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        while (table[slot] != EMPTY && table[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        counts = new int[keys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = find(keys, oldKeys[i]);
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
            }
        }
    }
}
