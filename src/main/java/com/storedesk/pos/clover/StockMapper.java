package com.storedesk.pos.clover;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.core.event.StockCounted;
import com.storedesk.pos.MalformedPayload;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A Clover item stock as the merchant's stock level. Clover's item stock carries no time, so the level
 * counts as of the pass's end: it was read after that.
 */
final class StockMapper {

    private StockMapper() {
    }

    static StockCounted count(String source, String merchantId, Instant asOf, JsonNode stock) {
        String item = CloverJson.reference(stock, "item");
        if (item == null) {
            throw new MalformedPayload("an item stock names no item");
        }
        JsonNode quantity = stock.path("quantity");
        BigDecimal onHand;
        if (quantity.isNumber()) {
            onHand = quantity.decimalValue();
        } else if (stock.path("stockCount").isIntegralNumber()) {
            onHand = BigDecimal.valueOf(stock.path("stockCount").asLong());
        } else {
            throw new MalformedPayload("item stock of " + item + " has no quantity");
        }
        return new StockCounted(source, merchantId + ":" + item, merchantId, item, onHand, asOf);
    }
}
