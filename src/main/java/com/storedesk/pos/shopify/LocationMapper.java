package com.storedesk.pos.shopify;

import static com.storedesk.pos.PayloadFields.optionalText;
import static com.storedesk.pos.PayloadFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.core.event.StoreUpserted;
import com.storedesk.pos.MalformedPayload;
import com.storedesk.pos.PayloadFields;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

/**
 * A Shopify Location as a store. A location has no time zone or currency of its own: both are the
 * shop's (the zone its reports use, the currency every shopMoney amount is in). Its code is the
 * location's number, the id merchants see in the admin's URLs.
 */
final class LocationMapper {

    private LocationMapper() {
    }

    /** The store in a StoreLocation answer ({@code shop} and {@code location}). */
    static StoreUpserted store(String source, JsonNode data) {
        JsonNode shop = PayloadFields.object(data, "shop", "StoreLocation");
        JsonNode location = PayloadFields.object(data, "location", "StoreLocation");
        String id = text(location, "id", "location");
        String where = "location " + id;
        JsonNode address = location.path("address");
        return new StoreUpserted(source, id, id.substring(id.lastIndexOf('/') + 1), text(location, "name", where),
                zone(shop), ShopifyJson.currency(shop, "currencyCode", "shop"), optionalText(address, "city"),
                optionalText(address, "provinceCode"), optionalText(address, "countryCode"), null, List.of());
    }

    private static ZoneId zone(JsonNode shop) {
        try {
            return ZoneId.of(text(shop, "ianaTimezone", "shop"));
        } catch (DateTimeException e) {
            throw new MalformedPayload("shop has an unknown ianaTimezone");
        }
    }
}
