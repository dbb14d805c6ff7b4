package com.storedesk.data.ingest;

import java.time.ZoneId;
import java.util.Currency;

/** What ingest needs to know about a store to place its rows: its id, time zone and currency. */
public record StoreRef(long id, ZoneId zone, Currency currency) {
}
