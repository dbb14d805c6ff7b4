package com.storedesk.pos.demo;

import java.math.BigDecimal;
import java.time.Instant;

/** What a store can sell right now, and at what price; quantities in thousandths of a unit. */
interface Shelf {

    long available(int product);

    void take(int product, long quantityMilli);

    /** One unit's price for a sale at {@code at}: the catalog's, unless an action changed it. */
    default long priceMinor(DemoProduct product, Instant at) {
        return product.priceMinor();
    }

    /** A clearance discount in percent on each unit sold at {@code at}, or null. */
    default BigDecimal clearancePercent(DemoProduct product, Instant at) {
        return null;
    }
}
