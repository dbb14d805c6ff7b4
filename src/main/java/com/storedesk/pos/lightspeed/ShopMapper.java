package com.storedesk.pos.lightspeed;

import static com.storedesk.pos.lightspeed.LightspeedJson.optionalText;
import static com.storedesk.pos.lightspeed.LightspeedJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.core.event.StoreUpserted;
import com.storedesk.pos.MalformedPayload;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

/**
 * A Lightspeed Shop as a store. Shops carry no currency: the account's default currency is every
 * shop's. The address is the first of the shop's Contact (Lightspeed stores one).
 */
final class ShopMapper {

    private ShopMapper() {
    }

    static StoreUpserted store(String source, Currency currency, JsonNode shop) {
        String id = text(shop, "shopID", "shop");
        String where = "shop " + id;
        List<JsonNode> addresses = LightspeedJson.nested(LightspeedJson.relation(shop, "Contact"), "Addresses",
                "ContactAddress");
        JsonNode address = addresses.isEmpty() ? shop.path("none") : addresses.get(0);
        String region = optionalText(address, "stateCode");
        return new StoreUpserted(source, id, id, text(shop, "name", where), zone(shop, where), currency,
                optionalText(address, "city"), region != null ? region : optionalText(address, "state"),
                optionalText(address, "countryCode"), null, List.of());
    }

    private static ZoneId zone(JsonNode shop, String where) {
        try {
            return ZoneId.of(text(shop, "timeZone", where));
        } catch (DateTimeException e) {
            throw new MalformedPayload(where + " has an unknown timeZone");
        }
    }
}
