package com.storedesk.ingest;

import com.storedesk.core.event.CustomerUpserted;
import com.storedesk.core.event.EmployeeUpserted;
import com.storedesk.core.event.ProductUpserted;
import com.storedesk.core.event.RefundRecorded;
import com.storedesk.core.event.RetailEvent;
import com.storedesk.core.event.SaleRecorded;
import com.storedesk.core.event.ShiftClocked;
import com.storedesk.core.event.StockCounted;
import com.storedesk.core.event.StockMoved;
import com.storedesk.core.event.StoreUpserted;
import com.storedesk.core.event.TrafficCounted;
import com.storedesk.data.ingest.SourceKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;

/**
 * A batch sorted for writing: events that fail their own checks set aside, the rest grouped by
 * kind in the order references need (stores, staff, catalog and customers before the sales that
 * name them, sales before their refunds, then the rest), and each record kept once. When a record
 * comes twice, the later version wins (for sales the greater {@code updatedAt}, for stock the later
 * count, for refunds, which never change, the first); the others count as unchanged.
 */
final class BatchPlan {

    final List<StoreUpserted> stores;
    final List<EmployeeUpserted> employees;
    final List<ProductUpserted> products;
    final List<CustomerUpserted> customers;
    final List<SaleRecorded> sales;
    final List<RefundRecorded> refunds;
    final List<StockCounted> stockCounts;
    final List<StockMoved> movements;
    final List<TrafficCounted> traffic;
    final List<ShiftClocked> shifts;
    /** Failed their own checks, or superseded within the batch. */
    final Tally setAside;

    private BatchPlan(Kinds kinds, Tally setAside) {
        this.stores = kinds.stores.list();
        this.employees = kinds.employees.list();
        this.products = kinds.products.list();
        this.customers = kinds.customers.list();
        this.sales = kinds.sales.list();
        this.refunds = kinds.refunds.list();
        this.stockCounts = kinds.stockCounts.list();
        this.movements = kinds.movements.list();
        this.traffic = kinds.traffic.list();
        this.shifts = kinds.shifts.list();
        this.setAside = setAside;
    }

    static BatchPlan of(List<? extends RetailEvent> batch) {
        Tally setAside = new Tally();
        Kinds kinds = new Kinds(setAside);
        for (RetailEvent event : batch) {
            Problem problem = EventChecks.check(event);
            if (problem != null) {
                setAside.reject(event, problem);
            } else {
                kinds.add(event);
            }
        }
        return new BatchPlan(kinds, setAside);
    }

    /** The events to write, in writing order: one at a time, they make the same database as the batch. */
    List<RetailEvent> events() {
        List<RetailEvent> events = new ArrayList<>();
        events.addAll(stores);
        events.addAll(employees);
        events.addAll(products);
        events.addAll(customers);
        events.addAll(sales);
        events.addAll(refunds);
        events.addAll(stockCounts);
        events.addAll(movements);
        events.addAll(traffic);
        events.addAll(shifts);
        return events;
    }

    /** The distinct events of each kind, in batch order. */
    private static final class Kinds {

        final Distinct<StoreUpserted> stores;
        final Distinct<EmployeeUpserted> employees;
        final Distinct<ProductUpserted> products;
        final Distinct<CustomerUpserted> customers;
        final Distinct<SaleRecorded> sales;
        final Distinct<RefundRecorded> refunds;
        final Distinct<StockCounted> stockCounts;
        final Distinct<StockMoved> movements;
        final Distinct<TrafficCounted> traffic;
        final Distinct<ShiftClocked> shifts;

        Kinds(Tally setAside) {
            stores = new Distinct<>(BatchPlan::later, setAside);
            employees = new Distinct<>(BatchPlan::later, setAside);
            products = new Distinct<>(BatchPlan::later, setAside);
            customers = new Distinct<>(BatchPlan::later, setAside);
            sales = new Distinct<>((kept, next) -> next.updatedAt().isAfter(kept.updatedAt()) ? next : kept, setAside);
            refunds = new Distinct<>((kept, next) -> kept, setAside);
            stockCounts = new Distinct<>((kept, next) -> next.countedAt().isAfter(kept.countedAt()) ? next : kept,
                    setAside);
            movements = new Distinct<>(BatchPlan::later, setAside);
            traffic = new Distinct<>(BatchPlan::later, setAside);
            shifts = new Distinct<>(BatchPlan::later, setAside);
        }

        void add(RetailEvent event) {
            SourceKey key = new SourceKey(event.source(), event.externalId());
            if (event instanceof StoreUpserted store) {
                stores.add(key, store);
            } else if (event instanceof EmployeeUpserted employee) {
                employees.add(key, employee);
            } else if (event instanceof ProductUpserted product) {
                products.add(key, product);
            } else if (event instanceof CustomerUpserted customer) {
                customers.add(key, customer);
            } else if (event instanceof SaleRecorded sale) {
                sales.add(key, sale);
            } else if (event instanceof RefundRecorded refund) {
                refunds.add(key, refund);
            } else if (event instanceof StockCounted count) {
                // One level per store and product, whatever the platform's id of the count.
                stockCounts.add(List.of(count.source(), count.storeExternalId(), count.productExternalId()), count);
            } else if (event instanceof StockMoved movement) {
                movements.add(key, movement);
            } else if (event instanceof TrafficCounted count) {
                traffic.add(key, count);
            } else if (event instanceof ShiftClocked shift) {
                shifts.add(key, shift);
            } else {
                throw new IllegalArgumentException("Unknown event type " + event.getClass().getName());
            }
        }
    }

    private static <E> E later(E kept, E next) {
        return next;
    }

    /** Events of one kind, once each: a repeat replaces (or not) the one kept, and counts as unchanged. */
    private static final class Distinct<E extends RetailEvent> {

        private final Map<Object, E> byKey = new LinkedHashMap<>();
        private final BinaryOperator<E> keep;
        private final Tally setAside;

        Distinct(BinaryOperator<E> keep, Tally setAside) {
            this.keep = keep;
            this.setAside = setAside;
        }

        void add(Object key, E event) {
            E kept = byKey.get(key);
            if (kept == null) {
                byKey.put(key, event);
            } else {
                byKey.put(key, keep.apply(kept, event));
                setAside.unchanged(1);
            }
        }

        List<E> list() {
            return List.copyOf(byKey.values());
        }
    }
}
