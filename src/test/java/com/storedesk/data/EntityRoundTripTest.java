package com.storedesk.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.storedesk.core.DiscountType;
import com.storedesk.core.SaleStatus;
import com.storedesk.data.entity.Sale;
import com.storedesk.data.entity.SaleLine;
import com.storedesk.data.entity.Store;
import com.storedesk.testing.MovableClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EntityRoundTripTest {

    @Test
    void everyEntityReadsBackAsWritten() {
        try (Database db = TestDatabases.openFresh()) {
            RetailFixture.Ids ids = RetailFixture.persistAll(db);
            RetailFixture.assertReadBack(db, ids);
        }
    }

    @Test
    void rowTimestampsComeFromTheInjectedClock() {
        Instant created = Instant.parse("2025-01-01T08:00:00Z");
        Instant edited = Instant.parse("2025-01-02T09:30:00.000001Z");
        MovableClock clock = new MovableClock(created);
        try (Database db = Database.open(TestDatabases.freshH2File(), clock)) {
            RetailFixture.Ids ids = RetailFixture.persistAll(db);

            clock.set(edited);
            db.writeVoid(session -> session.get(Store.class, ids.store()).setName("Broadway & 42nd"));
            db.writeVoid(session -> session.get(Sale.class, ids.sale())
                    .voidSale(Instant.parse("2025-03-15T02:35:00Z"), null, "Wrong customer"));

            db.read(session -> {
                Store store = session.get(Store.class, ids.store());
                assertThat(store.getCreatedAt()).isEqualTo(created);
                assertThat(store.getUpdatedAt()).isEqualTo(edited);
                Sale sale = session.get(Sale.class, ids.sale());
                assertThat(sale.getStatus()).isEqualTo(SaleStatus.VOIDED);
                assertThat(sale.getVoidReason()).isEqualTo("Wrong customer");
                assertThat(sale.getCreatedAt()).isEqualTo(created);
                assertThat(sale.getUpdatedAt()).isEqualTo(edited);
                return null;
            });
        }
    }

    @Test
    void untouchedRowsKeepTheirUpdatedAt() {
        Instant created = Instant.parse("2025-01-01T08:00:00Z");
        MovableClock clock = new MovableClock(created);
        try (Database db = Database.open(TestDatabases.freshH2File(), clock)) {
            RetailFixture.Ids ids = RetailFixture.persistAll(db);
            clock.set(created.plusSeconds(3600));
            db.writeVoid(session -> session.get(Store.class, ids.store()).getName());
            Instant updatedAt = db.read(session -> session.get(Store.class, ids.store()).getUpdatedAt());
            assertThat(updatedAt).isEqualTo(created);
        }
    }

    @Test
    void instantsAreStoredToTheMicrosecond() {
        try (Database db = TestDatabases.openFresh()) {
            RetailFixture.Ids ids = RetailFixture.persistAll(db);
            Instant withNanos = Instant.parse("2025-03-15T02:30:15.123456789Z");
            db.writeVoid(session -> session.get(Sale.class, ids.sale()).setOccurredAt(withNanos,
                    LocalDate.of(2025, 3, 14)));
            Instant stored = db.read(session -> session.get(Sale.class, ids.sale()).getOccurredAt());
            assertThat(stored).isEqualTo(Instant.parse("2025-03-15T02:30:15.123456Z"));
        }
    }

    @Test
    void removingALineDeletesItAndItsDiscountsAndNumbersAreNotReused() {
        try (Database db = TestDatabases.openFresh()) {
            RetailFixture.Ids ids = RetailFixture.persistAll(db);
            db.writeVoid(session -> {
                Sale sale = session.get(Sale.class, ids.sale());
                session.createMutationQuery("delete from RefundLine").executeUpdate();
                sale.removeLine(sale.getLines().get(0));
                session.flush();
                sale.addLine(sale.getLines().get(0).getProduct(), BigDecimal.ONE, 399, 0, 399, null);
            });

            db.read(session -> {
                Sale sale = session.get(Sale.class, ids.sale());
                assertThat(sale.getLines()).extracting(SaleLine::getLineNo).containsExactly(2, 3);
                assertThat(sale.getDiscounts()).isEmpty();
                assertThat(sale.getTenders()).hasSize(1);
                return null;
            });
        }
    }

    @Test
    void aDiscountCannotPointAtAnotherSalesLine() {
        try (Database db = TestDatabases.openFresh()) {
            RetailFixture.Ids ids = RetailFixture.persistAll(db);
            assertThatThrownBy(() -> db.writeVoid(session -> {
                Sale sale = session.get(Sale.class, ids.sale());
                Sale other = new Sale("demo", "order-2", sale.getStore(), RetailFixture.SALE_AT, RetailFixture.SALE_DAY,
                        sale.getCurrency());
                other.addDiscount(sale.getLines().get(0), "Mistake", DiscountType.AMOUNT, null, 10, null);
            })).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
