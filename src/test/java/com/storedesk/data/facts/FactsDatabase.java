package com.storedesk.data.facts;

import com.storedesk.core.DiscountType;
import com.storedesk.core.MovementType;
import com.storedesk.data.Database;
import com.storedesk.data.DatabaseLocation;
import com.storedesk.data.entity.Employee;
import com.storedesk.data.entity.Product;
import com.storedesk.data.entity.Refund;
import com.storedesk.data.entity.Sale;
import com.storedesk.data.entity.SaleLine;
import com.storedesk.data.entity.StockMovement;
import com.storedesk.data.entity.Store;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.Session;

/** A fresh H2 database for the facts tests, with helpers that write rows as a POS would have them. */
final class FactsDatabase {

    static final Currency USD = Currency.getInstance("USD");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final String SOURCE = "test";

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-20T12:00:00Z"), ZoneOffset.UTC);
    private static final AtomicInteger IDS = new AtomicInteger();

    private FactsDatabase() {
    }

    static Database openH2() {
        Path file = Path.of("target", "test-dbs", UUID.randomUUID().toString(), "storedesk");
        return Database.open(new DatabaseLocation.H2File(file), CLOCK);
    }

    static String id() {
        return "id-" + IDS.incrementAndGet();
    }

    static Instant at(LocalDate date, int hour, int minute) {
        return date.atTime(LocalTime.of(hour, minute)).atZone(NEW_YORK).toInstant();
    }

    static Store store(Session session, String code) {
        Store store = new Store(SOURCE, id(), code, "Store " + code, NEW_YORK, USD);
        session.persist(store);
        return store;
    }

    static Employee employee(Session session, Store store, String name, String role) {
        Employee employee = new Employee(SOURCE, id(), store, name, role);
        session.persist(employee);
        return employee;
    }

    static Product product(Session session, String sku, String name) {
        Product product = new Product(SOURCE, id(), sku, name, 500, USD);
        session.persist(product);
        return product;
    }

    /** A completed one-line sale of {@code grossMinor}, rung up by {@code cashier} at 12:00. */
    static Sale sale(Session session, Store store, Employee cashier, Product product, LocalDate date, long grossMinor) {
        Sale sale = new Sale(SOURCE, id(), store, at(date, 12, 0), date, USD);
        sale.setCashier(cashier);
        sale.addLine(product, BigDecimal.ONE, grossMinor, 0, grossMinor, null);
        sale.setTotals(grossMinor, 0, 0, grossMinor);
        session.persist(sale);
        return sale;
    }

    /** A sale with one discount on its line, applied by {@code appliedBy} (null: a promotion). */
    static Sale discountedSale(Session session, Store store, Employee cashier, Product product, LocalDate date,
            long grossMinor, long discountMinor, Employee appliedBy) {
        Sale sale = new Sale(SOURCE, id(), store, at(date, 12, 0), date, USD);
        sale.setCashier(cashier);
        SaleLine line = sale.addLine(product, BigDecimal.ONE, grossMinor, discountMinor, grossMinor - discountMinor,
                null);
        sale.addDiscount(line, "Goodwill", DiscountType.AMOUNT, null, discountMinor, appliedBy);
        sale.setTotals(grossMinor, discountMinor, 0, grossMinor - discountMinor);
        session.persist(sale);
        return sale;
    }

    static Refund refund(Session session, Sale sale, Employee by, LocalDate date, long amountMinor) {
        Refund refund = new Refund(SOURCE, id(), sale, sale.getStore(), at(date, 15, 0), date, amountMinor, USD);
        refund.setEmployee(by);
        refund.addLine(null, sale.getLines().get(0).getProduct(), BigDecimal.ONE, amountMinor, true);
        session.persist(refund);
        return refund;
    }

    static void movement(Session session, Store store, Product product, Instant at, MovementType type,
            String delta) {
        LocalDate date = at.atZone(NEW_YORK).toLocalDate();
        session.persist(new StockMovement(SOURCE, id(), store, product, at, date, type,
                new BigDecimal(delta)));
    }
}
