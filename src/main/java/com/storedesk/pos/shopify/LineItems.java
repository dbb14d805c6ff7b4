package com.storedesk.pos.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.pos.PayloadFields;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An order's line items in Shopify's order, numbered from 1, with what sale and refund lines need of them. */
final class LineItems {

    private final List<JsonNode> items;
    private final Map<String, Integer> numbers = new HashMap<>();

    LineItems(JsonNode order, String where) {
        this.items = ShopifyJson.nodes(order, "lineItems", where);
        for (int i = 0; i < items.size(); i++) {
            numbers.put(PayloadFields.text(items.get(i), "id", where + " line " + (i + 1)), i + 1);
        }
    }

    List<JsonNode> all() {
        return items;
    }

    /** The sale line number of the line item with {@code id}; null when the order has no such line. */
    Integer number(String id) {
        return numbers.get(id);
    }

    JsonNode byNumber(int number) {
        return items.get(number - 1);
    }

    /** The variant the line sold, or the stand-in for a custom sale or a gift card. */
    static String product(JsonNode line) {
        String variant = ShopifyJson.optionalId(line, "variant");
        if (variant != null) {
            return variant;
        }
        return line.path("isGiftCard").asBoolean(false) ? VariantMapper.GIFT_CARD : VariantMapper.CUSTOM_SALE;
    }
}
