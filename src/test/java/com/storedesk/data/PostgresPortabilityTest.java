package com.storedesk.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.storedesk.data.entity.Store;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.Currency;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The same migrations, mapping and round trip as on H2, against a real PostgreSQL. Skipped when
 * STOREDESK_TEST_PG_URL is unset; fails when it is set and the server cannot be reached, so a CI
 * that provisions PostgreSQL cannot skip it silently. Each test works in a fresh schema it drops after.
 */
class PostgresPortabilityTest {

    private static final String URL = System.getenv("STOREDESK_TEST_PG_URL");
    private static final String USER = System.getenv("STOREDESK_TEST_PG_USER");
    private static final String PASSWORD = System.getenv("STOREDESK_TEST_PG_PASSWORD");

    private String schema;

    @BeforeEach
    void createSchema() throws SQLException {
        Assumptions.assumeTrue(URL != null && !URL.isBlank(), "STOREDESK_TEST_PG_URL is not set");
        schema = "storedesk_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE SCHEMA " + schema);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (schema != null) {
            execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    @Test
    void migratesValidatesAndRoundTripsEveryEntity() throws SQLException {
        RetailFixture.Ids ids;
        int historyRows;
        try (Database db = Database.open(location())) {
            assertThat(db.schemaVersion()).isEqualTo(LatestSchema.VERSION);
            historyRows = MigrationTest.historyRows(db);
            ids = RetailFixture.persistAll(db);
            RetailFixture.assertReadBack(db, ids);

            DatabaseInfo info = new DatabaseInspector(db).info();
            assertThat(info.schemaVersion()).isEqualTo(LatestSchema.VERSION);
            assertThat(info.tables()).containsExactlyElementsOf(RetailFixture.ROWS_AFTER_PERSIST_ALL);
            assertThat(new StoreRepository(db).listStores()).extracting(StoreSummary::code).containsExactly("NYC-01");
            assertThat(new FreshnessRepository(db).latestSaleAt()).contains(RetailFixture.SALE_AT);
        }
        try (Database db = Database.open(location())) {
            assertThat(MigrationTest.historyRows(db)).isEqualTo(historyRows);
            RetailFixture.assertReadBack(db, ids);
        }
    }

    @Test
    void sourceAndExternalIdAreUnique() {
        try (Database db = Database.open(location())) {
            Currency eur = Currency.getInstance("EUR");
            db.writeVoid(session -> session.persist(new Store("demo", "L1", "A", "A", ZoneId.of("UTC"), eur)));
            db.writeVoid(session -> session.persist(new Store("other", "L1", "A", "A", ZoneId.of("UTC"), eur)));
            assertThatThrownBy(() -> db.writeVoid(session ->
                    session.persist(new Store("demo", "L1", "B", "B", ZoneId.of("UTC"), eur))))
                    .satisfies(IdempotencyConstraintTest.violates("uq_store_source_external"));
        }
    }

    @Test
    void readTransactionsAreReadOnly() {
        try (Database db = Database.open(location())) {
            assertThatThrownBy(() -> db.read(session -> {
                session.persist(new Store("demo", "L1", "A", "A", ZoneId.of("UTC"), Currency.getInstance("EUR")));
                session.flush();
                return null;
            })).hasStackTraceContaining("read-only transaction");
        }
    }

    @Test
    void aPasswordInTheUrlIsUsedButNeverShown() {
        Assumptions.assumeTrue(PASSWORD != null && !PASSWORD.isEmpty(), "no password to hide");
        String url = withParameter(withParameter(URL, "currentSchema", schema), "password", PASSWORD);
        DatabaseLocation location = new DatabaseLocation.Jdbc(url, USER, null);
        try (Database db = Database.open(location)) {
            assertThat(db.location().describe()).isEqualTo(withParameter(URL, "currentSchema", schema));
            assertThat(db.schemaVersion()).isEqualTo(LatestSchema.VERSION);
        }
    }

    private DatabaseLocation.Jdbc location() {
        return new DatabaseLocation.Jdbc(withParameter(URL, "currentSchema", schema), USER, PASSWORD);
    }

    private static String withParameter(String url, String name, String value) {
        return url + (url.contains("?") ? "&" : "?") + name + "=" + value;
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
