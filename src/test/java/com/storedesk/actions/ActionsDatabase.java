package com.storedesk.actions;

import com.storedesk.data.Database;
import com.storedesk.data.DatabaseLocation;
import com.storedesk.data.entity.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.UUID;

/** A fresh database with stores for the action tests, and a clock they can move. */
public final class ActionsDatabase {

    public static final Currency USD = Currency.getInstance("USD");
    public static final Instant NOW = Instant.parse("2026-11-23T15:30:00Z");

    private ActionsDatabase() {
    }

    public static Database open() {
        Path file = Path.of("target", "test-dbs", UUID.randomUUID().toString(), "storedesk");
        return Database.open(new DatabaseLocation.H2File(file), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** Adds a store and returns its id. */
    public static long store(Database database, String code) {
        return database.write(session -> {
            Store store = new Store("test", "store-" + code, code, "Store " + code, ZoneId.of("America/New_York"), USD);
            session.persist(store);
            return store.getId();
        });
    }
}
