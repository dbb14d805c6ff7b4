package com.storedesk.pos.shopify;

/**
 * The steps of one pass over a Shopify location, in the order they are pulled: reference data
 * first, so every sale that follows names a store, product, customer and cashier already delivered.
 */
enum Phase {
    LOCATION("StoreLocation"),
    STAFF("StaffMembers"),
    PRODUCTS("ProductVariants"),
    CUSTOMERS("Customers"),
    INVENTORY("InventoryLevels"),
    ORDERS("Orders");

    /** The GraphQL operation's name, as requests carry it and messages quote it. */
    final String operation;

    Phase(String operation) {
        this.operation = operation;
    }

    /** The phase after this one; null after the last. */
    Phase next() {
        return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
    }
}
