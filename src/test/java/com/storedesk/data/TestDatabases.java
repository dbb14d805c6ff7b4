package com.storedesk.data;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/** Fresh databases for tests, under target/ so a build's clean removes them. */
final class TestDatabases {

    static final Instant NOW = Instant.parse("2025-03-15T12:00:00.123456Z");

    private TestDatabases() {
    }

    static DatabaseLocation.H2File freshH2File() {
        return new DatabaseLocation.H2File(Path.of("target", "test-dbs", UUID.randomUUID().toString(), "storedesk"));
    }

    static Database openFresh() {
        return Database.open(freshH2File(), Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
