package com.storedesk.data;

import java.time.ZoneId;
import java.util.Currency;

/** A store as lists and pickers show it. */
public record StoreSummary(long id, String source, String externalId, String code, String name, ZoneId timeZone,
        Currency currency) {
}
