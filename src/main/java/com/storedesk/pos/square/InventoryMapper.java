package com.storedesk.pos.square;

import static com.storedesk.pos.square.SquareJson.decimal;
import static com.storedesk.pos.square.SquareJson.instant;
import static com.storedesk.pos.PayloadFields.optionalText;
import static com.storedesk.pos.PayloadFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.core.event.StockCounted;
import java.util.Optional;

/**
 * A Square InventoryCount as a stock level. Only what is IN_STOCK at this location counts as on
 * hand; Square's other states (SOLD, WASTE, RETURNED_BY_CUSTOMER...) are history, not shelf stock.
 */
final class InventoryMapper {

    private InventoryMapper() {
    }

    static Optional<StockCounted> count(String source, String locationId, JsonNode count) {
        String variation = text(count, "catalog_object_id", "inventory count");
        String where = "inventory count of " + variation;
        if (!"IN_STOCK".equals(optionalText(count, "state"))
                || !locationId.equals(text(count, "location_id", where))
                || !"ITEM_VARIATION".equals(typeOr(optionalText(count, "catalog_object_type")))) {
            return Optional.empty();
        }
        return Optional.of(new StockCounted(source, locationId + ":" + variation, locationId, variation,
                decimal(count, "quantity", where), instant(count, "calculated_at", where)));
    }

    /** Square documents the type as optional; inventory is tracked on variations. */
    private static String typeOr(String type) {
        return type == null ? "ITEM_VARIATION" : type;
    }
}
