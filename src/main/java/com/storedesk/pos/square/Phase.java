package com.storedesk.pos.square;

/**
 * The steps of one pass over a Square location, in the order they are pulled: reference data
 * first, so every fact that follows names a store, product and customer already delivered.
 */
enum Phase {
    LOCATION("RetrieveLocation"),
    TEAM("SearchTeamMembers"),
    CATALOG("SearchCatalogObjects"),
    CUSTOMERS("SearchCustomers"),
    INVENTORY("BatchRetrieveInventoryCounts"),
    ORDERS("SearchOrders");

    /** Square's name for the endpoint, as messages quote it. */
    final String endpoint;

    Phase(String endpoint) {
        this.endpoint = endpoint;
    }

    /** The phase after this one; null after the last. */
    Phase next() {
        return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
    }
}
