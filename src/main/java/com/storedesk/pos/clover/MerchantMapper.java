package com.storedesk.pos.clover;

import static com.storedesk.pos.PayloadFields.optionalText;
import static com.storedesk.pos.PayloadFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.core.event.StoreUpserted;
import com.storedesk.pos.MalformedPayload;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

/** A Clover merchant as a store: name and address, time zone and currency from its properties. */
final class MerchantMapper {

    private MerchantMapper() {
    }

    static StoreUpserted store(String source, JsonNode merchant) {
        String id = text(merchant, "id", "merchant");
        String where = "merchant " + id;
        JsonNode properties = merchant.path("properties");
        JsonNode address = merchant.path("address");
        return new StoreUpserted(source, id, id, text(merchant, "name", where), zone(properties, where),
                currency(properties, where), optionalText(address, "city"), optionalText(address, "state"),
                optionalText(address, "country"), null, List.of());
    }

    private static ZoneId zone(JsonNode properties, String where) {
        try {
            return ZoneId.of(text(properties, "timezone", where + " properties"));
        } catch (DateTimeException e) {
            throw new MalformedPayload(where + " has an unknown timezone");
        }
    }

    private static Currency currency(JsonNode properties, String where) {
        try {
            return Currency.getInstance(text(properties, "defaultCurrency", where + " properties"));
        } catch (IllegalArgumentException e) {
            throw new MalformedPayload(where + " has an unknown defaultCurrency");
        }
    }
}
