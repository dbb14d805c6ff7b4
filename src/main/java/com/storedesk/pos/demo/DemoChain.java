package com.storedesk.pos.demo;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * The demo chain as the options describe it: stores, catalog, staff, loyalty members, calendar,
 * stock policy and seeded anomalies. Immutable once built, so history and live mode can share it.
 */
final class DemoChain {

    static final String SOURCE = "demo";
    static final Currency USD = Currency.getInstance("USD");

    private final DemoOptions options;
    private final List<DemoStore> stores;
    private final DemoCatalog catalog;
    private final Staff staff;
    private final Customers customers;
    private final DemoCalendar calendar;
    private final StockPolicy stockPolicy;
    private final SaleMaker saleMaker;
    private final ShiftPlanner shiftPlanner;
    private final List<DemoAnomaly> anomalies;
    private final DemoProduct stockOutProduct;

    DemoChain(DemoOptions options) {
        this.options = options;
        this.stores = StoreSites.first(options.stores());
        this.catalog = DemoCatalog.load();
        DemoNames names = DemoNames.load();
        this.staff = Staff.hire(options.seed(), stores, names, DemoAnomalies.happyCashierId(options));
        this.customers = Customers.enrol(options.seed(), stores, names);
        this.calendar = new DemoCalendar(options, catalog);
        this.stockPolicy = new StockPolicy(options.seed(), stores, catalog);
        this.saleMaker = new SaleMaker(customers, new BasketBuilder(catalog, new Affinities(catalog)));
        this.shiftPlanner = new ShiftPlanner(options.seed(), staff, calendar);
        this.anomalies = DemoAnomalies.of(options, staff, catalog);
        this.stockOutProduct = DemoAnomalies.stockOutProduct(catalog);
    }

    DemoOptions options() {
        return options;
    }

    List<DemoStore> stores() {
        return stores;
    }

    DemoCatalog catalog() {
        return catalog;
    }

    Staff staff() {
        return staff;
    }

    Customers customers() {
        return customers;
    }

    DemoCalendar calendar() {
        return calendar;
    }

    StockPolicy stockPolicy() {
        return stockPolicy;
    }

    SaleMaker saleMaker() {
        return saleMaker;
    }

    List<DemoAnomaly> anomalies() {
        return anomalies;
    }

    ShiftPlan shifts(DemoStore store, LocalDate date) {
        return shiftPlanner.plan(store, date);
    }

    boolean backOrdered(DemoStore store, DemoProduct product, LocalDate date) {
        return DemoAnomalies.backOrdered(options, store, product, stockOutProduct, date);
    }

    DemoEmployee refundSpikeClerk(DemoStore store) {
        return DemoAnomalies.refundSpikeClerk(staff, store);
    }
}
