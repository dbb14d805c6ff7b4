package com.storedesk.insight.basket;

/**
 * How often items (products or categories, numbered 0..n-1) are in baskets, alone and in pairs,
 * counted as baskets arrive: adding a basket of k items costs k (k - 1) / 2 increments. Up to
 * {@value #DENSE_LIMIT} items the pairs are a dense triangle of counters (at most 32 MB); a larger
 * catalog counts only the pairs that occur ({@link PairCounts}). Not thread-safe: one builder
 * fills it, readers use it once filled.
 */
public final class CoOccurrence {

    static final int DENSE_LIMIT = 4_096;

    private final int items;
    private final int[] single;
    private final int[] pairs;
    private final PairCounts sparse;
    private int baskets;

    public CoOccurrence(int items) {
        if (items < 0) {
            throw new IllegalArgumentException("items must not be negative: " + items);
        }
        this.items = items;
        this.single = new int[items];
        boolean dense = items <= DENSE_LIMIT;
        this.pairs = dense ? new int[items * Math.max(0, items - 1) / 2] : null;
        this.sparse = dense ? null : new PairCounts();
    }

    /** Counts one basket; {@code distinct} holds each of its items once. */
    public void add(int[] distinct) {
        baskets++;
        for (int i = 0; i < distinct.length; i++) {
            single[distinct[i]]++;
            for (int j = i + 1; j < distinct.length; j++) {
                int low = Math.min(distinct[i], distinct[j]);
                int high = Math.max(distinct[i], distinct[j]);
                if (pairs != null) {
                    pairs[slot(low, high)]++;
                } else {
                    sparse.increment(low, high);
                }
            }
        }
    }

    public int items() {
        return items;
    }

    public int baskets() {
        return baskets;
    }

    /** Baskets holding {@code item}. */
    public int count(int item) {
        return single[item];
    }

    /** Baskets holding both; zero for an item with itself. */
    public int count(int a, int b) {
        if (a == b) {
            return 0;
        }
        int low = Math.min(a, b);
        int high = Math.max(a, b);
        return pairs != null ? pairs[slot(low, high)] : sparse.get(low, high);
    }

    /** Share of all baskets holding {@code item}. */
    public double support(int item) {
        return baskets == 0 ? 0 : (double) single[item] / baskets;
    }

    /** Share of all baskets holding both. */
    public double support(int a, int b) {
        return baskets == 0 ? 0 : (double) count(a, b) / baskets;
    }

    /** Of the baskets holding {@code from}, the share also holding {@code to}: P(to | from). */
    public double confidence(int from, int to) {
        return single[from] == 0 ? 0 : (double) count(from, to) / single[from];
    }

    /** How much likelier {@code to} is with {@code from} than in any basket: confidence / support(to). */
    public double lift(int from, int to) {
        double base = support(to);
        return base == 0 ? 0 : confidence(from, to) / base;
    }

    private static int slot(int low, int high) {
        // Row "high" of the lower triangle starts after 0 + 1 + ... + (high - 1) cells.
        return high * (high - 1) / 2 + low;
    }
}
