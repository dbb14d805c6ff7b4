package com.storedesk.pos.shopify;

import com.storedesk.pos.ConnectorException;
import java.util.List;

/**
 * Shopify answered a query with GraphQL errors (or a 4xx) instead of its data. The error codes
 * choose the translated text: a permission the app was not granted is {@code shopify.error.accessScope}
 * (the IT person adds the access scope), an error on Shopify's side is {@code pos.error.unreachable}
 * (the next sync tries again), anything else is {@code pos.error.rejected}. The message names the
 * query and the codes, never a value of the request.
 */
final class ShopifyRefusal extends ConnectorException {

    private final int status;
    private final List<String> codes;

    ShopifyRefusal(String operation, int status, List<String> codes) {
        super(key(codes), "Shopify " + operation + " refused the query: HTTP " + status + " " + codes, null);
        this.status = status;
        this.codes = List.copyOf(codes);
    }

    /** The HTTP status of the answer: 200 for GraphQL errors, 404 for a shop Shopify does not know. */
    int status() {
        return status;
    }

    boolean has(String code) {
        return codes.contains(code);
    }

    private static String key(List<String> codes) {
        if (codes.contains("ACCESS_DENIED")) {
            return "shopify.error.accessScope";
        }
        if (codes.contains("INTERNAL_SERVER_ERROR")) {
            return "pos.error.unreachable";
        }
        if (codes.contains("THROTTLED")) {
            return "pos.error.rateLimited";
        }
        return "pos.error.rejected";
    }
}
