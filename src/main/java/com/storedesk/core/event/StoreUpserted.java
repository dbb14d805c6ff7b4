package com.storedesk.core.event;

import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * A store (a platform's location) as it is now, with its registers.
 *
 * @param retailProfile what kind of store this is, e.g. DOWNTOWN, MALL, SUBURBAN, OUTLET; may be null
 */
public record StoreUpserted(
        String source,
        String externalId,
        String code,
        String name,
        ZoneId timeZone,
        Currency currency,
        String city,
        String region,
        String countryCode,
        String retailProfile,
        List<Register> registers) implements RetailEvent {

    public StoreUpserted {
        Events.requireIds(source, externalId);
        Events.requireText(code, "code");
        Events.requireText(name, "name");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(currency, "currency");
        registers = Events.copy(registers, "registers");
    }

    /** A till or device that rings sales up. */
    public record Register(String externalId, String name) {
        public Register {
            Events.requireText(externalId, "externalId");
            Events.requireText(name, "name");
        }
    }
}
