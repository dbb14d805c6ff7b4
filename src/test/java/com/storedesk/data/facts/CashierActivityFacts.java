package com.storedesk.data.facts;

import static com.storedesk.data.facts.FactsDatabase.at;
import static com.storedesk.data.facts.FactsDatabase.discountedSale;
import static com.storedesk.data.facts.FactsDatabase.employee;
import static com.storedesk.data.facts.FactsDatabase.product;
import static com.storedesk.data.facts.FactsDatabase.refund;
import static com.storedesk.data.facts.FactsDatabase.sale;
import static com.storedesk.data.facts.FactsDatabase.store;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.storedesk.core.DiscountType;
import com.storedesk.data.Database;
import com.storedesk.data.entity.Employee;
import com.storedesk.data.entity.Product;
import com.storedesk.data.entity.Sale;
import com.storedesk.data.entity.Store;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Per-cashier facts read back from rows written as a POS has them; the H2 and PostgreSQL tests share it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CashierActivityFacts {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 16);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);

    private Database db;
    private long storeId;
    private long alex;
    private long sam;
    private long boss;

    /** A fresh, empty database of the kind under test. */
    abstract Database openDatabase();

    @BeforeAll
    void seed() {
        db = openDatabase();
        db.writeVoid(session -> {
            Store store = store(session, "S1");
            Store other = store(session, "S2");
            Employee cashierA = employee(session, store, "Alex", "CASHIER");
            Employee cashierS = employee(session, store, "Sam", "CASHIER");
            Employee supervisor = employee(session, store, "Boss", "SUPERVISOR");
            Product tea = product(session, "TEA-1", "Tea");
            // Monday: Alex sells three (one voided) and discounts one himself; a promotion and Boss's override
            // on Sam's sale are not his.
            sale(session, store, cashierA, tea, MONDAY, 1000);
            Sale voided = sale(session, store, cashierA, tea, MONDAY, 700);
            voided.voidSale(at(MONDAY, 12, 5), supervisor, "Wrong item");
            Sale own = discountedSale(session, store, cashierA, tea, MONDAY, 2000, 300, cashierA);
            own.addDiscount(null, "Second", DiscountType.AMOUNT, null, 100, cashierA);
            discountedSale(session, store, cashierA, tea, MONDAY, 1500, 150, null);
            discountedSale(session, store, cashierS, tea, MONDAY, 1200, 120, supervisor);
            Sale voidedDiscount = discountedSale(session, store, cashierS, tea, MONDAY, 800, 80, cashierS);
            voidedDiscount.voidSale(at(MONDAY, 12, 10), supervisor, "Customer left");
            // Tuesday: Boss refunds two of Monday's sales, one refund names nobody; Sam sells one.
            refund(session, own, supervisor, TUESDAY, 1600);
            refund(session, voided, supervisor, TUESDAY, 200);
            refund(session, own, null, TUESDAY, 50);
            sale(session, store, cashierS, tea, TUESDAY, 400);
            // Another store and another week stay out.
            Employee elsewhere = employee(session, other, "Other", "CASHIER");
            sale(session, other, elsewhere, tea, MONDAY, 999);
            sale(session, store, cashierA, tea, MONDAY.minusDays(7), 999);
            session.flush();
            storeId = store.getId();
            alex = cashierA.getId();
            sam = cashierS.getId();
            boss = supervisor.getId();
        });
    }

    @AfterAll
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void activityIsPerEmployeeAndDayWithOnlyTheirOwnDiscounts() {
        List<CashierActivity> activity = new CashierActivityRepository(db).activity(storeId, MONDAY, TUESDAY);

        assertThat(activity).containsExactly(
                new CashierActivity(alex, "Alex", MONDAY, 3, 4500, 1, 1, 400, 0, 0),
                new CashierActivity(sam, "Sam", MONDAY, 1, 1200, 1, 0, 0, 0, 0),
                new CashierActivity(boss, "Boss", MONDAY, 0, 0, 0, 1, 120, 0, 0),
                new CashierActivity(sam, "Sam", TUESDAY, 1, 400, 0, 0, 0, 0, 0),
                new CashierActivity(boss, "Boss", TUESDAY, 0, 0, 0, 0, 0, 2, 1800));
        assertThat(activity.get(0).rungUp()).isEqualTo(4);
    }

    @Test
    void storeRefundsPerDayCountEveryRefundWhoeverProcessedIt() {
        assertThat(new CashierActivityRepository(db).refundsByDay(storeId, MONDAY, TUESDAY))
                .containsExactly(new StoreRefundDay(TUESDAY, 3, 1850));
    }

    @Test
    void refundsByStaffNameWhoProcessedThem() {
        assertThat(new CashierActivityRepository(db).refundsByStaff(storeId, MONDAY.minusDays(28), TUESDAY))
                .containsExactly(new StaffRefundDay(boss, "Boss", TUESDAY, 2, 1800));
    }

    @Test
    void theWindowIsInclusiveAndMustNotBeReversed() {
        CashierActivityRepository repository = new CashierActivityRepository(db);
        assertThat(repository.activity(storeId, TUESDAY, TUESDAY)).extracting(CashierActivity::date)
                .containsOnly(TUESDAY);
        assertThatThrownBy(() -> repository.activity(storeId, TUESDAY, MONDAY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
