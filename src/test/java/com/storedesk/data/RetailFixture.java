package com.storedesk.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.core.DiscountType;
import com.storedesk.core.Money;
import com.storedesk.core.MovementType;
import com.storedesk.core.SaleStatus;
import com.storedesk.core.TenderType;
import com.storedesk.data.entity.Customer;
import com.storedesk.data.entity.Employee;
import com.storedesk.data.entity.Product;
import com.storedesk.data.entity.Refund;
import com.storedesk.data.entity.RefundLine;
import com.storedesk.data.entity.Register;
import com.storedesk.data.entity.Sale;
import com.storedesk.data.entity.SaleDiscount;
import com.storedesk.data.entity.SaleLine;
import com.storedesk.data.entity.SalesBySkuDay;
import com.storedesk.data.entity.SalesByStoreHour;
import com.storedesk.data.entity.Shift;
import com.storedesk.data.entity.StockLevel;
import com.storedesk.data.entity.StockMovement;
import com.storedesk.data.entity.Store;
import com.storedesk.data.entity.SyncState;
import com.storedesk.data.entity.TrafficCount;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

/**
 * One of everything in the retail model, written and read back. Shared by the H2 and the
 * PostgreSQL tests so both databases prove the same mapping.
 */
final class RetailFixture {

    static final String SOURCE = "demo";
    static final Currency USD = Currency.getInstance("USD");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** 22:30 on March 14 in New York, already March 15 in UTC: business_date must be the 14th. */
    static final Instant SALE_AT = Instant.parse("2025-03-15T02:30:15.123456Z");
    static final LocalDate SALE_DAY = LocalDate.of(2025, 3, 14);
    static final Instant REFUND_AT = Instant.parse("2025-03-16T15:00:00Z");
    static final Instant HOUR_START = Instant.parse("2025-03-15T02:00:00Z");

    /** The rules of the default approval policy, which V7 writes into every new database. */
    static final long DEFAULT_POLICY_RULES = 9;

    /** Row counts per table after {@link #persistAll}, as {@link DatabaseInspector} reports them. */
    static final List<TableRowCount> ROWS_AFTER_PERSIST_ALL = List.of(
            new TableRowCount("app_user", 0), new TableRowCount("app_user_store", 0),
            new TableRowCount("approval_policy_rule", DEFAULT_POLICY_RULES), new TableRowCount("audit_log", 0), new TableRowCount("connector_ledger", 0), new TableRowCount("count_line", 0), new TableRowCount("count_session", 0), new TableRowCount("count_tolerance", 0), new TableRowCount("customer", 1), new TableRowCount("employee", 2), new TableRowCount("ingest_error", 0),
            new TableRowCount("planogram_check", 0), new TableRowCount("planogram_check_exception", 0),
            new TableRowCount("planogram_check_position", 0), new TableRowCount("planogram_check_shelf", 0),
            new TableRowCount("planogram_fixture", 0), new TableRowCount("planogram_position", 0),
            new TableRowCount("planogram_version", 0),
            new TableRowCount("pos_connection", 0), new TableRowCount("product", 2),
            new TableRowCount("prompt_template", 0), new TableRowCount("proposed_action", 0),
            new TableRowCount("refund", 1), new TableRowCount("refund_line", 1), new TableRowCount("register", 1),
            new TableRowCount("sale", 1), new TableRowCount("sale_discount", 1), new TableRowCount("sale_line", 2),
            new TableRowCount("sale_tender", 1), new TableRowCount("sales_by_sku_day", 1),
            new TableRowCount("sales_by_store_hour", 1), new TableRowCount("shift", 1),
            new TableRowCount("stock_level", 1), new TableRowCount("stock_movement", 1), new TableRowCount("store", 1),
            new TableRowCount("sync_state", 1), new TableRowCount("traffic_count", 1),
            new TableRowCount("webhook_event", 0));

    record Ids(long store, long register, long cashier, long supervisor, long milk, long apples, long customer,
            long sale, long refund, long stockLevel, long movement, long traffic, long shift, long syncState) {
    }

    private RetailFixture() {
    }

    static Ids persistAll(Database db) {
        return db.write(session -> {
            Store store = new Store(SOURCE, "loc-1", "NYC-01", "Broadway", NEW_YORK, USD);
            store.setAddressLine1("1 Broadway");
            store.setCity("New York");
            store.setCountryCode("US");
            store.setStoreFormat("FLAGSHIP");
            store.setRetailProfile("GROCERY");
            session.persist(store);
            Register register = new Register(SOURCE, "reg-1", store, "Till 1");
            session.persist(register);
            Employee cashier = new Employee(SOURCE, "emp-1", store, "Alex P.", "CASHIER");
            Employee supervisor = new Employee(SOURCE, "emp-2", store, "Sam R.", "SUPERVISOR");
            session.persist(cashier);
            session.persist(supervisor);

            Product milk = new Product(SOURCE, "item-1", "MILK-1L", "Whole milk 1 l", 249, USD);
            milk.setGtin("04012345678901");
            milk.setCategory("Dairy");
            milk.setUnitCostMinor(120L);
            milk.setPerishable(true);
            milk.setShelfLifeDays(10);
            Product apples = new Product(SOURCE, "item-2", "APPLE-KG", "Apples", 399, USD);
            apples.setUnitOfMeasure("KG");
            session.persist(milk);
            session.persist(apples);

            Customer customer = new Customer(SOURCE, "cust-1");
            customer.setLoyaltyId("L-0001");
            customer.setFirstName("Jo");
            customer.setLastName("Doe");
            customer.setEmail("jo@example.com");
            customer.setPhone("+1 555 0100");
            customer.setMarketingConsent(true);
            session.persist(customer);

            Sale sale = new Sale(SOURCE, "order-1", store, SALE_AT, SALE_DAY, USD);
            sale.setRegister(register);
            sale.setCashier(cashier);
            sale.setCustomer(customer);
            SaleLine milkLine = sale.addLine(milk, new BigDecimal("2"), 249, 50, 448, 120L);
            sale.addLine(apples, new BigDecimal("1.255"), 399, 0, 501, null);
            sale.addDiscount(milkLine, "Staff 10%", DiscountType.PERCENT, new BigDecimal("10.000"), 50, supervisor);
            sale.addTender(TenderType.CARD, 1000, "VISA");
            sale.setTotals(999, 50, 51, 1000);
            session.persist(sale);

            Refund refund = new Refund(SOURCE, "refund-1", sale, store, REFUND_AT, LocalDate.of(2025, 3, 16), 224,
                    USD);
            refund.setEmployee(supervisor);
            refund.setReason("Spoiled");
            refund.addLine(milkLine, milk, BigDecimal.ONE, 224, false);
            session.persist(refund);

            StockLevel level = new StockLevel(SOURCE, "stock-1", store, milk, new BigDecimal("41.500"));
            session.persist(level);
            StockMovement movement = new StockMovement(SOURCE, "move-1", store, milk, SALE_AT, SALE_DAY,
                    MovementType.SALE, new BigDecimal("-2"));
            movement.setEmployee(cashier);
            movement.setReference("order-1");
            session.persist(movement);
            TrafficCount traffic = new TrafficCount(SOURCE, "traffic-1", store, "door-A", HOUR_START, SALE_DAY, 15,
                    42, 39);
            session.persist(traffic);
            Shift shift = Shift.scheduled(SOURCE, "shift-1", store, cashier, SALE_DAY,
                    Instant.parse("2025-03-14T21:00:00Z"), Instant.parse("2025-03-15T05:00:00Z"));
            shift.setClock(Instant.parse("2025-03-14T20:55:00Z"), null);
            shift.setShiftRole("CASHIER");
            session.persist(shift);

            SalesByStoreHour hour = new SalesByStoreHour(new SalesByStoreHour.Key(store.getId(), HOUR_START), SALE_DAY,
                    USD);
            hour.addSales(1, new BigDecimal("3.255"), 999, 50, 240);
            hour.addRefunds(224);
            session.persist(hour);
            SalesBySkuDay skuDay = new SalesBySkuDay(new SalesBySkuDay.Key(store.getId(), milk.getId(), SALE_DAY), USD);
            skuDay.add(1, new BigDecimal("2"), 448, 50, 240);
            session.persist(skuDay);

            SyncState sync = new SyncState("demo", "orders", "loc-1", store, Instant.parse("2025-03-15T11:59:00Z"));
            sync.recordSuccess(Instant.parse("2025-03-15T11:59:30Z"), "cursor-42");
            session.persist(sync);
            session.flush();
            return new Ids(store.getId(), register.getId(), cashier.getId(), supervisor.getId(), milk.getId(),
                    apples.getId(), customer.getId(), sale.getId(), refund.getId(), level.getId(), movement.getId(),
                    traffic.getId(), shift.getId(), sync.getId());
        });
    }

    static void assertReadBack(Database db, Ids ids) {
        db.read(session -> {
            Store store = session.get(Store.class, ids.store());
            assertThat(store.getCode()).isEqualTo("NYC-01");
            assertThat(store.getTimeZone()).isEqualTo(NEW_YORK);
            assertThat(store.getCurrency()).isEqualTo(USD);
            assertThat(store.getCountryCode()).isEqualTo("US");
            assertThat(store.getRetailProfile()).isEqualTo("GROCERY");
            assertThat(store.getCreatedAt()).isNotNull();

            Product milk = session.get(Product.class, ids.milk());
            assertThat(milk.getGtin()).isEqualTo("04012345678901");
            assertThat(milk.getPrice()).isEqualTo(Money.ofMinor(249, "USD"));
            assertThat(milk.getUnitCostMinor()).isEqualTo(120L);
            assertThat(milk.isPerishable()).isTrue();
            assertThat(milk.getShelfLifeDays()).isEqualTo(10);
            Product apples = session.get(Product.class, ids.apples());
            assertThat(apples.getUnitCost()).isEmpty();
            assertThat(apples.getUnitOfMeasure()).isEqualTo("KG");

            Customer customer = session.get(Customer.class, ids.customer());
            assertThat(customer.getLoyaltyId()).isEqualTo("L-0001");
            assertThat(customer.getEmail()).isEqualTo("jo@example.com");
            assertThat(customer.hasMarketingConsent()).isTrue();
            assertThat(customer.toString()).doesNotContain("Jo", "Doe", "example.com", "555");

            Sale sale = session.get(Sale.class, ids.sale());
            assertThat(sale.getOccurredAt()).isEqualTo(SALE_AT);
            assertThat(sale.getBusinessDate()).isEqualTo(SALE_DAY);
            assertThat(sale.getStatus()).isEqualTo(SaleStatus.COMPLETED);
            assertThat(sale.getTotal()).isEqualTo(Money.ofMinor(1000, "USD"));
            assertThat(sale.getSubtotalMinor()).isEqualTo(999);
            assertThat(sale.getDiscountMinor()).isEqualTo(50);
            assertThat(sale.getTaxMinor()).isEqualTo(51);
            assertThat(sale.getStore().getId()).isEqualTo(ids.store());
            assertThat(sale.getRegister().getId()).isEqualTo(ids.register());
            assertThat(sale.getCashier().getId()).isEqualTo(ids.cashier());
            assertThat(sale.getCustomer().getId()).isEqualTo(ids.customer());
            assertThat(sale.getLines()).extracting(SaleLine::getLineNo).containsExactly(1, 2);
            SaleLine milkLine = sale.getLines().get(0);
            assertThat(milkLine.getProduct().getId()).isEqualTo(ids.milk());
            assertThat(milkLine.getQuantity()).isEqualByComparingTo("2");
            assertThat(milkLine.getNet()).isEqualTo(Money.ofMinor(448, "USD"));
            assertThat(milkLine.getUnitCostMinor()).isEqualTo(120L);
            assertThat(sale.getLines().get(1).getQuantity()).isEqualByComparingTo("1.255");
            assertThat(sale.getLines().get(1).getUnitCostMinor()).isNull();
            assertThat(sale.getTenders()).singleElement().satisfies(tender -> {
                assertThat(tender.getTenderType()).isEqualTo(TenderType.CARD);
                assertThat(tender.getAmountMinor()).isEqualTo(1000);
                assertThat(tender.getCardBrand()).isEqualTo("VISA");
            });
            SaleDiscount discount = sale.getDiscounts().get(0);
            assertThat(discount.getSaleLine().getId()).isEqualTo(milkLine.getId());
            assertThat(discount.getDiscountType()).isEqualTo(DiscountType.PERCENT);
            assertThat(discount.getPercent()).isEqualByComparingTo("10");
            assertThat(discount.getAmountMinor()).isEqualTo(50);
            assertThat(discount.getAppliedBy().getId()).isEqualTo(ids.supervisor());

            Refund refund = session.get(Refund.class, ids.refund());
            assertThat(refund.getOriginalSale().getId()).isEqualTo(ids.sale());
            assertThat(refund.getOccurredAt()).isEqualTo(REFUND_AT);
            assertThat(refund.getBusinessDate()).isEqualTo(LocalDate.of(2025, 3, 16));
            assertThat(refund.getAmount()).isEqualTo(Money.ofMinor(224, "USD"));
            assertThat(refund.getReason()).isEqualTo("Spoiled");
            assertThat(refund.getEmployee().getId()).isEqualTo(ids.supervisor());
            RefundLine refundLine = refund.getLines().get(0);
            assertThat(refundLine.getSaleLine().getId()).isEqualTo(milkLine.getId());
            assertThat(refundLine.getQuantity()).isEqualByComparingTo("1");
            assertThat(refundLine.isRestocked()).isFalse();

            StockLevel level = session.get(StockLevel.class, ids.stockLevel());
            assertThat(level.getOnHand()).isEqualByComparingTo("41.5");
            assertThat(level.getUpdatedAt()).isNotNull();
            StockMovement movement = session.get(StockMovement.class, ids.movement());
            assertThat(movement.getMovementType()).isEqualTo(MovementType.SALE);
            assertThat(movement.getQuantityDelta()).isEqualByComparingTo("-2");
            assertThat(movement.getReference()).isEqualTo("order-1");
            assertThat(movement.getEmployee().getId()).isEqualTo(ids.cashier());
            TrafficCount traffic = session.get(TrafficCount.class, ids.traffic());
            assertThat(traffic.getIntervalStart()).isEqualTo(HOUR_START);
            assertThat(traffic.getVisitorsIn()).isEqualTo(42);
            assertThat(traffic.getVisitorsOut()).isEqualTo(39);
            assertThat(traffic.getSensorId()).isEqualTo("door-A");
            Shift shift = session.get(Shift.class, ids.shift());
            assertThat(shift.getScheduledStart()).isEqualTo(Instant.parse("2025-03-14T21:00:00Z"));
            assertThat(shift.getClockIn()).isEqualTo(Instant.parse("2025-03-14T20:55:00Z"));
            assertThat(shift.getClockOut()).isNull();
            assertThat(shift.getEmployee().getId()).isEqualTo(ids.cashier());

            SalesByStoreHour hour = session.get(SalesByStoreHour.class,
                    new SalesByStoreHour.Key(ids.store(), HOUR_START));
            assertThat(hour.getBusinessDate()).isEqualTo(SALE_DAY);
            assertThat(hour.getTransactions()).isEqualTo(1);
            assertThat(hour.getUnits()).isEqualByComparingTo("3.255");
            assertThat(hour.getNetMinor()).isEqualTo(999 - 50 - 224);
            assertThat(hour.getCurrency()).isEqualTo(USD);
            SalesBySkuDay skuDay = session.get(SalesBySkuDay.class,
                    new SalesBySkuDay.Key(ids.store(), ids.milk(), SALE_DAY));
            assertThat(skuDay.getNet()).isEqualTo(Money.ofMinor(448, "USD"));
            assertThat(skuDay.getCostMinor()).isEqualTo(240);

            SyncState sync = session.get(SyncState.class, ids.syncState());
            assertThat(sync.getCursorValue()).isEqualTo("cursor-42");
            assertThat(sync.getLastSuccessAt()).isEqualTo(Instant.parse("2025-03-15T11:59:30Z"));
            assertThat(sync.getStore().getId()).isEqualTo(ids.store());
            return null;
        });
    }
}
