package com.storedesk.pos.square;

import static com.storedesk.pos.square.SquareJson.currency;
import static com.storedesk.pos.PayloadFields.optionalText;
import static com.storedesk.pos.PayloadFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.core.event.StoreUpserted;
import com.storedesk.pos.MalformedPayload;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

/** A Square Location as a store. */
final class LocationMapper {

    private LocationMapper() {
    }

    static StoreUpserted store(String source, JsonNode location) {
        String id = text(location, "id", "location");
        String where = "location " + id;
        JsonNode address = location.path("address");
        return new StoreUpserted(source, id, id, text(location, "name", where), zone(location, where),
                currency(location, "currency", where), optionalText(address, "locality"),
                optionalText(address, "administrative_district_level_1"), optionalText(location, "country"), null,
                List.of());
    }

    private static ZoneId zone(JsonNode location, String where) {
        try {
            return ZoneId.of(text(location, "timezone", where));
        } catch (DateTimeException e) {
            throw new MalformedPayload(where + " has an unknown timezone");
        }
    }
}
