package com.storedesk.pos.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.MalformedPayload;
import com.storedesk.pos.PayloadFields;

/**
 * Fetches what an orders page left out of a long order: line items past the first page, and a
 * refund's lines past its first page, appended to the order as if Shopify had sent them at once.
 * A sale is only ever mapped whole: a line left out would change its totals.
 */
final class OrderRemainder {

    static final String LINE_ITEMS = "OrderLineItems";
    static final String REFUND_LINES = "RefundLineItems";
    static final int PAGE = 100;

    private static final String LINE_ITEMS_QUERY = """
            query OrderLineItems($id: ID!, $first: Int!, $after: String) {
              order(id: $id) {
                lineItems(first: $first, after: $after) {
                  pageInfo { hasNextPage endCursor }
                  nodes { %s }
                }
              }
            }""".formatted(PhaseQueries.LINE_ITEM_FIELDS);
    private static final String REFUND_LINES_QUERY = """
            query RefundLineItems($id: ID!, $first: Int!, $after: String) {
              refund(id: $id) {
                refundLineItems(first: $first, after: $after) {
                  pageInfo { hasNextPage endCursor }
                  nodes { %s }
                }
              }
            }""".formatted(PhaseQueries.REFUND_LINE_FIELDS);

    private final ShopifyApi api;

    OrderRemainder(ShopifyApi api) {
        this.api = api;
    }

    /** Completes every order of an Orders answer in place. */
    void complete(JsonNode data) throws ConnectorException {
        for (JsonNode order : ShopifyJson.nodes(data, "orders", "Orders")) {
            completeOrder(order);
        }
    }

    /** Completes one order (its {@link PhaseQueries#ORDER_FIELDS}) in place. */
    void completeOrder(JsonNode order) throws ConnectorException {
        String id = PayloadFields.text(order, "id", "order");
        fill(order, "lineItems", LINE_ITEMS, LINE_ITEMS_QUERY, id, "order");
        for (JsonNode refund : PayloadFields.array(order, "refunds")) {
            fill(refund, "refundLineItems", REFUND_LINES, REFUND_LINES_QUERY,
                    PayloadFields.text(refund, "id", "refund of " + id), "refund");
        }
    }

    private void fill(JsonNode owner, String field, String operation, String query, String id, String root)
            throws ConnectorException {
        JsonNode connection = PayloadFields.object(owner, field, root + " " + id);
        while (connection.path("pageInfo").path("hasNextPage").asBoolean(false)) {
            String after = PayloadFields.text(connection.path("pageInfo"), "endCursor", root + " " + id + " " + field);
            ObjectNode variables = ShopifyApi.object().put("id", id).put("first", PAGE).put("after", after);
            JsonNode more = PayloadFields.object(PayloadFields.object(api.query(operation, query, variables), root,
                    operation), field, operation);
            if (!(connection.get("nodes") instanceof ArrayNode nodes) || !more.path("nodes").isArray()) {
                throw new MalformedPayload(root + " " + id + " has " + field + " without nodes");
            }
            more.path("nodes").forEach(nodes::add);
            ((ObjectNode) connection).set("pageInfo", more.path("pageInfo").deepCopy());
        }
    }
}
