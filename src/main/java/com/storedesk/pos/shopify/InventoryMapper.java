package com.storedesk.pos.shopify;

import static com.storedesk.pos.PayloadFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.core.event.StockCounted;
import com.storedesk.pos.MalformedPayload;
import com.storedesk.pos.PayloadFields;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A Shopify InventoryLevel at the location as a stock level. On hand is Shopify's {@code on_hand}
 * quantity (what is physically there: available plus committed, reserved and the like), else
 * {@code available}. An inventory item without a variant (a deleted product's) is left out.
 */
final class InventoryMapper {

    private InventoryMapper() {
    }

    static Optional<StockCounted> count(String source, String locationId, JsonNode level) {
        String id = text(level, "id", "inventory level");
        String where = "inventory level " + id;
        String variant = ShopifyJson.optionalId(PayloadFields.object(level, "item", where), "variant");
        if (variant == null) {
            return Optional.empty();
        }
        BigDecimal onHand = quantity(level, "on_hand");
        if (onHand == null) {
            onHand = quantity(level, "available");
        }
        if (onHand == null) {
            throw new MalformedPayload(where + " has neither an on_hand nor an available quantity");
        }
        return Optional.of(new StockCounted(source, id, locationId, variant, onHand,
                ShopifyJson.instant(level, "updatedAt", where)));
    }

    private static BigDecimal quantity(JsonNode level, String name) {
        for (JsonNode quantity : PayloadFields.array(level, "quantities")) {
            if (name.equals(PayloadFields.optionalText(quantity, "name")) && quantity.path("quantity").isIntegralNumber()) {
                return BigDecimal.valueOf(quantity.path("quantity").asLong());
            }
        }
        return null;
    }
}
