package com.storedesk.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.data.entity.Sale;
import com.storedesk.data.entity.Store;
import com.storedesk.data.entity.SyncState;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RepositoriesTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency CAD = Currency.getInstance("CAD");

    private Database db;

    @BeforeEach
    void open() {
        db = TestDatabases.openFresh();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void storesAreListedByCode() {
        db.writeVoid(session -> {
            session.persist(new Store("demo", "3", "TOR-01", "Toronto", ZoneId.of("America/Toronto"), CAD));
            session.persist(new Store("demo", "1", "CHI-02", "Chicago Loop", ZoneId.of("America/Chicago"), USD));
            session.persist(new Store("demo", "2", "CHI-01", "Chicago North", ZoneId.of("America/Chicago"), USD));
        });

        assertThat(new StoreRepository(db).listStores())
                .extracting(StoreSummary::code).containsExactly("CHI-01", "CHI-02", "TOR-01");
        StoreSummary toronto = new StoreRepository(db).listStores().get(2);
        assertThat(toronto.source()).isEqualTo("demo");
        assertThat(toronto.externalId()).isEqualTo("3");
        assertThat(toronto.name()).isEqualTo("Toronto");
        assertThat(toronto.timeZone()).isEqualTo(ZoneId.of("America/Toronto"));
        assertThat(toronto.currency()).isEqualTo(CAD);
        assertThat(toronto.id()).isPositive();
    }

    @Test
    void salesSpanIsTheFirstAndLastStoreLocalBusinessDate() {
        db.writeVoid(session -> {
            Store busy = new Store("demo", "1", "A", "Busy", ZoneId.of("America/Chicago"), USD);
            Store quiet = new Store("demo", "2", "B", "Quiet", ZoneId.of("America/Chicago"), USD);
            session.persist(busy);
            session.persist(quiet);
            // 03:30 UTC on the 2nd is still the evening of the 1st in Chicago: the business date decides.
            session.persist(new Sale("demo", "a", busy, Instant.parse("2025-05-02T03:30:00Z"), LocalDate.of(2025, 5, 1), USD));
            session.persist(new Sale("demo", "b", busy, Instant.parse("2025-05-09T15:00:00Z"), LocalDate.of(2025, 5, 9), USD));
            session.persist(new Sale("demo", "c", busy, Instant.parse("2025-05-04T15:00:00Z"), LocalDate.of(2025, 5, 4), USD));
        });

        List<StoreSalesSpan> spans = new StoreRepository(db).listStoresWithSalesSpan();

        assertThat(spans).extracting(span -> span.store().code()).containsExactly("A", "B");
        assertThat(spans.get(0).firstSaleDate()).contains(LocalDate.of(2025, 5, 1));
        assertThat(spans.get(0).lastSaleDate()).contains(LocalDate.of(2025, 5, 9));
        assertThat(spans.get(1).firstSaleDate()).isEmpty();
        assertThat(spans.get(1).lastSaleDate()).isEmpty();
    }

    @Test
    void emptyDatabaseHasNoFreshness() {
        FreshnessRepository freshness = new FreshnessRepository(db);
        assertThat(freshness.latestSaleAt()).isEmpty();
        assertThat(freshness.lastSuccessfulSync()).isEmpty();
    }

    @Test
    void freshnessIsTheNewestSaleAndTheNewestSuccessfulSync() {
        Instant newestSale = Instant.parse("2025-05-02T18:45:10.5Z");
        Instant newestSync = Instant.parse("2025-05-02T19:00:00Z");
        db.writeVoid(session -> {
            Store store = new Store("demo", "1", "S1", "One", ZoneId.of("UTC"), USD);
            session.persist(store);
            session.persist(new Sale("demo", "a", store, newestSale.minusSeconds(3600), LocalDate.of(2025, 5, 2), USD));
            session.persist(new Sale("demo", "b", store, newestSale, LocalDate.of(2025, 5, 2), USD));
            SyncState orders = SyncState.chainWide("demo", "orders", newestSync.minusSeconds(60));
            orders.recordSuccess(newestSync, "c1");
            SyncState catalog = SyncState.chainWide("demo", "catalog", newestSync.plusSeconds(60));
            catalog.recordFailure(newestSync.plusSeconds(60), "HTTP 503");
            session.persist(orders);
            session.persist(catalog);
        });

        FreshnessRepository freshness = new FreshnessRepository(db);
        assertThat(freshness.latestSaleAt()).contains(newestSale);
        assertThat(freshness.lastSuccessfulSync()).contains(newestSync);
    }
}
