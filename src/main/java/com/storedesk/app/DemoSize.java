package com.storedesk.app;

/**
 * How big a demo chain a first start generates: the full chain for people, a small one where a
 * first start must be quick (tests, a trial on a slow machine).
 */
public record DemoSize(int stores, int days) {

    /** Four stores, 90 days. */
    public static final DemoSize FULL = new DemoSize(4, 90);

    public DemoSize {
        if (stores < 1 || days < 1) {
            throw new IllegalArgumentException("A demo chain needs at least one store and one day: " + stores + ", " + days);
        }
    }
}
