package com.storedesk.pos.demo;

/** A line as sold, kept for a later refund: the product, how much, and what the shopper paid before tax. */
record SoldLine(int lineNo, DemoProduct product, long quantityMilli, long netMinor) {
}
