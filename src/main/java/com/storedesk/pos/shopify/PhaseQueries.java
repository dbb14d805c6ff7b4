package com.storedesk.pos.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storedesk.pos.ConnectorException;
import java.time.Instant;

/**
 * The GraphQL query each phase sends. A phase's query and variables depend only on the pass's
 * bounds and the location, never on the page, so the next page repeats the query with Shopify's
 * {@code endCursor} as {@code after}, as Relay paging requires. Page sizes keep each query's
 * requested cost well under Shopify's limit of 1,000 points a query.
 */
final class PhaseQueries {

    static final int STAFF_PAGE = 100;
    static final int VARIANT_PAGE = 100;
    static final int CUSTOMER_PAGE = 100;
    static final int INVENTORY_PAGE = 100;
    static final int ORDER_PAGE = 4;
    static final int ORDER_LINES = 20;
    static final int REFUND_LINES = 10;

    static final String LOCATION = locationQuery("");
    /** The same, with the shop's other active locations, for "Test connection" to name them. */
    static final String LOCATION_AND_SHOP_LOCATIONS = locationQuery("""
              locations(first: 50, sortKey: NAME) { nodes { id name } }
            """);

    static final String STAFF = """
            query StaffMembers($first: Int!, $after: String) {
              staffMembers(first: $first, after: $after) {
                pageInfo { hasNextPage endCursor }
                nodes { id name firstName lastName active isShopOwner }
              }
            }""";

    /** What a product needs of a ProductVariant; also asked by the webhook fetch. */
    static final String VARIANT_FIELDS = """
            id title sku barcode price
            product { id title productType status }
            inventoryItem { unitCost { amount currencyCode } }""";

    static final String VARIANTS = """
            query ProductVariants($first: Int!, $after: String, $query: String) {
              productVariants(first: $first, after: $after, query: $query, sortKey: ID) {
                pageInfo { hasNextPage endCursor }
                nodes { %s }
              }
            }""".formatted(VARIANT_FIELDS);

    /** What a customer needs of a Customer; also asked by the webhook fetch. */
    static final String CUSTOMER_FIELDS = """
            id firstName lastName
            defaultEmailAddress { emailAddress marketingState }
            defaultPhoneNumber { phoneNumber }""";

    static final String CUSTOMERS = """
            query Customers($first: Int!, $after: String, $query: String) {
              customers(first: $first, after: $after, query: $query, sortKey: ID) {
                pageInfo { hasNextPage endCursor }
                nodes { %s }
              }
            }""".formatted(CUSTOMER_FIELDS);

    /** What a stock level needs of an InventoryLevel; also asked by the webhook fetch. */
    static final String INVENTORY_LEVEL_FIELDS = """
            id updatedAt
            quantities(names: ["available", "on_hand"]) { name quantity }
            item { id variant { id } }""";

    static final String INVENTORY = """
            query InventoryLevels($locationId: ID!, $first: Int!, $after: String, $query: String) {
              location(id: $locationId) {
                inventoryLevels(first: $first, after: $after, query: $query) {
                  pageInfo { hasNextPage endCursor }
                  nodes { %s }
                }
              }
            }""".formatted(INVENTORY_LEVEL_FIELDS);

    /** What a sale line needs of a line item; also asked by {@link OrderRemainder} for long orders. */
    static final String LINE_ITEM_FIELDS = """
            id quantity isGiftCard
            variant { id }
            originalUnitPriceSet { shopMoney { amount currencyCode } }
            discountAllocations {
              allocatedAmountSet { shopMoney { amount currencyCode } }
              discountApplication { index }
            }""";

    /** What a refund line needs of a refund line item. */
    static final String REFUND_LINE_FIELDS = """
            quantity restocked
            lineItem { id }
            subtotalSet { shopMoney { amount currencyCode } }
            totalTaxSet { shopMoney { amount currencyCode } }""";

    /** What a sale and its refunds need of an Order; also asked by the webhook fetch. */
    static final String ORDER_FIELDS = """
            id name test createdAt processedAt updatedAt cancelledAt cancelReason
            sourceName currencyCode taxesIncluded
            retailLocation { id }
            staffMember { id }
            customer { id }
            totalTaxSet { shopMoney { amount currencyCode } }
            discountApplications(first: 10) {
              nodes {
                index targetSelection targetType
                value {
                  ... on MoneyV2 { amount currencyCode }
                  ... on PricingPercentageValue { percentage }
                }
                ... on DiscountCodeApplication { code }
                ... on ManualDiscountApplication { title }
                ... on AutomaticDiscountApplication { title }
                ... on ScriptDiscountApplication { title }
              }
            }
            lineItems(first: 20) {
              pageInfo { hasNextPage endCursor }
              nodes { %s }
            }
            transactions(first: 10) {
              id kind status gateway test
              amountSet { shopMoney { amount currencyCode } }
              paymentDetails { ... on CardPaymentDetails { company } }
            }
            refunds(first: 10) {
              id createdAt note
              refundLineItems(first: 10) {
                pageInfo { hasNextPage endCursor }
                nodes { %s }
              }
            }""".formatted(LINE_ITEM_FIELDS, REFUND_LINE_FIELDS);

    /**
     * Orders with their first {@value #ORDER_LINES} line items and the first
     * {@value #REFUND_LINES} lines of each refund; {@link OrderRemainder} fetches the rest of a
     * longer order. Shopify prices a nested connection at its page size times its nodes' cost, and
     * refuses a query whose requested cost exceeds 1,000 points: these sizes keep a page of
     * {@value #ORDER_PAGE} orders under it.
     */
    static final String ORDERS = """
            query Orders($first: Int!, $after: String, $query: String) {
              orders(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) {
                pageInfo { hasNextPage endCursor }
                nodes { %s }
              }
            }""".formatted(ORDER_FIELDS);

    private final ShopifyApi api;
    private final ShopifySettings settings;

    PhaseQueries(ShopifyApi api, ShopifySettings settings) {
        this.api = api;
        this.settings = settings;
    }

    /** The phase's page at {@code at}; Shopify's {@code data}. */
    JsonNode fetch(SyncCursor at) throws ConnectorException {
        Phase phase = at.phase();
        if (phase == Phase.LOCATION) {
            return location();
        }
        ObjectNode variables = variables(at);
        if (at.page() != null) {
            variables.put("after", at.page());
        }
        // The staff member behind a sale needs the read_users scope, which not every shop grants.
        ShopifyApi.ErrorFilter tolerated = phase == Phase.ORDERS
                ? ShopifyApi.ErrorFilter.onField("ACCESS_DENIED", "staffMember") : null;
        return api.query(phase.operation, document(phase), variables, tolerated);
    }

    JsonNode location() throws ConnectorException {
        return location(LOCATION);
    }

    /** {@link #location()} and the shop's locations ({@code locations.nodes}). */
    JsonNode locationAndShopLocations() throws ConnectorException {
        return location(LOCATION_AND_SHOP_LOCATIONS);
    }

    private JsonNode location(String query) throws ConnectorException {
        ObjectNode variables = ShopifyApi.object().put("locationId", settings.locationId());
        return api.query(Phase.LOCATION.operation, query, variables);
    }

    private static String locationQuery(String more) {
        return """
                query StoreLocation($locationId: ID!) {
                  shop { name myshopifyDomain currencyCode ianaTimezone }
                  location(id: $locationId) {
                    id name isActive
                    address { city provinceCode countryCode }
                  }
                %s}""".formatted(more);
    }

    private static String document(Phase phase) {
        return switch (phase) {
            case LOCATION -> LOCATION;
            case STAFF -> STAFF;
            case PRODUCTS -> VARIANTS;
            case CUSTOMERS -> CUSTOMERS;
            case INVENTORY -> INVENTORY;
            case ORDERS -> ORDERS;
        };
    }

    /** The phase's variables, without a cursor. */
    ObjectNode variables(SyncCursor at) {
        ObjectNode variables = ShopifyApi.object();
        switch (at.phase()) {
            case STAFF -> variables.put("first", STAFF_PAGE);
            case PRODUCTS -> changedSince(variables.put("first", VARIANT_PAGE), at.since());
            case CUSTOMERS -> changedSince(variables.put("first", CUSTOMER_PAGE), at.since());
            case INVENTORY -> changedSince(variables.put("locationId", settings.locationId())
                    .put("first", INVENTORY_PAGE), at.since());
            case ORDERS -> variables.put("first", ORDER_PAGE).put("query", orders(at));
            case LOCATION -> variables.put("locationId", settings.locationId());
        }
        return variables;
    }

    /**
     * This location's point-of-sale orders updated within the pass, oldest update first (the
     * {@code UPDATED_AT} sort key).
     */
    private String orders(SyncCursor at) {
        String bounds = (at.since() == null ? "" : "updated_at:>='" + at.since() + "' ")
                + "updated_at:<='" + at.until() + "'";
        return "source_name:pos location_id:" + settings.locationNumber() + " " + bounds;
    }

    /** Reference data changed since the pass's start; everything (no search) on the first pass. */
    private static void changedSince(ObjectNode variables, Instant since) {
        if (since != null) {
            variables.put("query", "updated_at:>='" + since + "'");
        }
    }
}
