package com.storedesk.pos.clover;

/**
 * The steps of one pass over a Clover merchant, reference data first, so every order that follows
 * names an employee, item and customer already delivered.
 */
enum Phase {
    MERCHANT("GetMerchant", ""),
    EMPLOYEES("GetEmployees", "/employees"),
    ITEMS("GetItems", "/items"),
    CUSTOMERS("GetCustomers", "/customers"),
    STOCK("GetItemStocks", "/item_stocks"),
    ORDERS("GetOrders", "/orders");

    /** Clover's name for the call, as messages quote it. */
    final String endpoint;
    /** The path under {@code /v3/merchants/{mId}}. */
    final String path;

    Phase(String endpoint, String path) {
        this.endpoint = endpoint;
        this.path = path;
    }

    /** Phases listed by {@code modifiedTime}: paged by moving that lower bound, not by a growing offset. */
    boolean byModifiedTime() {
        return this == ITEMS || this == CUSTOMERS || this == ORDERS;
    }

    Phase next() {
        return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
    }
}
