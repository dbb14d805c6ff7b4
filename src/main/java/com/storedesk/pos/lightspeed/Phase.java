package com.storedesk.pos.lightspeed;

/**
 * The steps of one pass over a Lightspeed account, in the order they are pulled: reference data
 * first, so every fact that follows names a shop, employee, item and customer already delivered.
 */
enum Phase {
    SHOP("Shop"),
    EMPLOYEE("Employee"),
    ITEM("Item"),
    CUSTOMER("Customer"),
    ITEM_SHOP("ItemShop"),
    SALE("Sale");

    /** Lightspeed's name for the resource: the path segment, the list's key in the answer, and messages. */
    final String endpoint;

    Phase(String endpoint) {
        this.endpoint = endpoint;
    }

    /** The phase after this one; null after the last. */
    Phase next() {
        return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
    }
}
