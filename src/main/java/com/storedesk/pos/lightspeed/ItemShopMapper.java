package com.storedesk.pos.lightspeed;

import static com.storedesk.pos.lightspeed.LightspeedJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.core.event.StockCounted;
import java.util.Optional;

/**
 * A Lightspeed ItemShop as a stock level: the quantity on hand of one item in one shop. The record
 * with shop 0 is Lightspeed's sum over all shops, not a shop, and is left out.
 */
final class ItemShopMapper {

    private ItemShopMapper() {
    }

    static Optional<StockCounted> count(String source, JsonNode itemShop) {
        String id = text(itemShop, "itemShopID", "item shop");
        String where = "item shop " + id;
        String shop = LightspeedJson.reference(itemShop, "shopID");
        if (shop == null) {
            return Optional.empty();
        }
        return Optional.of(new StockCounted(source, id, shop, text(itemShop, "itemID", where),
                LightspeedJson.decimal(itemShop, "qoh", where), LightspeedJson.instant(itemShop, "timeStamp", where)));
    }
}
