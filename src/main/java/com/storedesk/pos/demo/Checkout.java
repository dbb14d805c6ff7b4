package com.storedesk.pos.demo;

/**
 * Who rings a sale up and where.
 *
 * @param supervisor who voids or refunds if needed; the cashier when nobody senior is on duty
 */
record Checkout(DemoEmployee cashier, int register, DemoEmployee supervisor) {
}
