package com.storedesk.pos.demo;

/** What a store can sell right now; quantities in thousandths of a unit. */
interface Shelf {

    long available(int product);

    void take(int product, long quantityMilli);
}
