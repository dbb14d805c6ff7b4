package com.storedesk.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.storedesk.data.entity.Product;
import com.storedesk.data.entity.Sale;
import com.storedesk.data.entity.Store;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import org.assertj.core.api.ThrowingConsumer;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** (source, external_id) is what makes ingest idempotent; the database must enforce it. */
class IdempotencyConstraintTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final ZoneId ZONE = ZoneId.of("America/Chicago");

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
    void sameSourceAndExternalIdIsRejected() {
        db.writeVoid(session -> session.persist(new Store("square:ML1", "L1", "A", "Alpha", ZONE, USD)));

        assertThatThrownBy(() -> db.writeVoid(session ->
                session.persist(new Store("square:ML1", "L1", "B", "Beta", ZONE, USD))))
                .satisfies(violates("uq_store_source_external"));
        assertThat(storeCount()).isEqualTo(1);
    }

    @Test
    void sameExternalIdFromAnotherSourceIsAnotherRecord() {
        db.writeVoid(session -> session.persist(new Store("square:ML1", "L1", "A", "Alpha", ZONE, USD)));
        db.writeVoid(session -> session.persist(new Store("lightspeed:9", "L1", "A", "Alpha", ZONE, USD)));

        assertThat(storeCount()).isEqualTo(2);
    }

    @Test
    void skuIsUniquePerSource() {
        db.writeVoid(session -> session.persist(new Product("demo", "p1", "SKU-1", "Tea", 300, USD)));

        assertThatThrownBy(() -> db.writeVoid(session ->
                session.persist(new Product("demo", "p2", "SKU-1", "Green tea", 300, USD))))
                .satisfies(violates("uq_product_source_sku"));
        db.writeVoid(session -> session.persist(new Product("other", "p2", "SKU-1", "Tea", 300, USD)));
    }

    @Test
    void duplicateSaleRollsBackTheWholeTransaction() {
        long storeId = db.write(session -> {
            Store store = new Store("demo", "L1", "A", "Alpha", ZONE, USD);
            session.persist(store);
            session.persist(new Sale("demo", "order-1", store, Instant.parse("2025-01-01T12:00:00Z"),
                    LocalDate.of(2025, 1, 1), USD));
            return store.getId();
        });

        assertThatThrownBy(() -> db.writeVoid(session -> {
            Store store = session.get(Store.class, storeId);
            session.persist(new Sale("demo", "order-2", store, Instant.parse("2025-01-01T13:00:00Z"),
                    LocalDate.of(2025, 1, 1), USD));
            session.persist(new Sale("demo", "order-1", store, Instant.parse("2025-01-01T14:00:00Z"),
                    LocalDate.of(2025, 1, 1), USD));
        })).satisfies(violates("uq_sale_source_external"));

        long sales = db.read(session -> session.createSelectionQuery("select count(s) from Sale s", Long.class)
                .getSingleResult());
        assertThat(sales).as("order-2 was rolled back with the duplicate").isEqualTo(1);
    }

    /** The named unique constraint fired (H2 reports it upper-case, with an index suffix). */
    static ThrowingConsumer<Throwable> violates(String constraint) {
        return thrown -> {
            Throwable t = thrown;
            while (t != null && !(t instanceof ConstraintViolationException)) {
                t = t.getCause();
            }
            assertThat(t).as("a ConstraintViolationException in the cause chain of %s", thrown).isNotNull();
            assertThat(((ConstraintViolationException) t).getConstraintName()).containsIgnoringCase(constraint);
        };
    }

    private long storeCount() {
        return db.read(session -> session.createSelectionQuery("select count(s) from Store s", Long.class)
                .getSingleResult());
    }
}
