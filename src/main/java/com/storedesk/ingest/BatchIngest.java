package com.storedesk.ingest;

import com.storedesk.core.event.RefundRecorded;
import com.storedesk.core.event.RetailEvent;
import com.storedesk.core.event.SaleRecorded;
import com.storedesk.data.ingest.IngestTransaction;
import com.storedesk.data.ingest.References;
import com.storedesk.data.ingest.RefundTarget;
import com.storedesk.data.ingest.RowOutcome;
import com.storedesk.data.ingest.SourceKey;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes one {@link BatchPlan} in one transaction, stage by stage in the plan's order: load the
 * references the stage names (one query per kind), check each event against them, write the ones
 * that pass. Events refused here are counted in the returned tally, not written.
 */
final class BatchIngest {

    @FunctionalInterface
    private interface Check<E> {
        Problem apply(E event) throws SQLException;
    }

    @FunctionalInterface
    private interface Write<E> {
        List<RowOutcome> apply(List<E> events) throws SQLException;
    }

    private final BatchPlan plan;
    private final Tally tally = new Tally();

    BatchIngest(BatchPlan plan) {
        this.plan = plan;
    }

    Tally run(IngestTransaction transaction) throws SQLException {
        References references = transaction.references();
        ReferenceChecks checks = new ReferenceChecks(references);

        write(plan.stores, transaction.stores()::upsert);
        references.loadStores(keys(plan.employees, e -> key(e, e.homeStoreExternalId())));
        write(accepted(plan.employees, checks::employee), transaction.employees()::upsert);
        if (!plan.products.isEmpty()) {
            tally.countProducts(transaction.products().upsert(plan.products));
        }
        write(plan.customers, transaction.customers()::upsert);

        loadSaleReferences(references);
        write(accepted(plan.sales, checks::sale), transaction.sales()::upsert);
        refunds(transaction, checks);

        references.loadStores(keys(plan.stockCounts, e -> key(e, e.storeExternalId())));
        references.loadProducts(keys(plan.stockCounts, e -> key(e, e.productExternalId())));
        write(accepted(plan.stockCounts, checks::stockCount), transaction.stockLevels()::upsert);

        references.loadStores(keys(plan.movements, e -> key(e, e.storeExternalId())));
        references.loadProducts(keys(plan.movements, e -> key(e, e.productExternalId())));
        references.loadEmployees(keys(plan.movements, e -> key(e, e.employeeExternalId())));
        write(accepted(plan.movements, checks::movement), transaction.activity()::upsertMovements);

        references.loadStores(keys(plan.traffic, e -> key(e, e.storeExternalId())));
        write(accepted(plan.traffic, checks::traffic), transaction.activity()::upsertTraffic);

        references.loadStores(keys(plan.shifts, e -> key(e, e.storeExternalId())));
        references.loadEmployees(keys(plan.shifts, e -> key(e, e.employeeExternalId())));
        write(accepted(plan.shifts, checks::shift), transaction.activity()::upsertShifts);

        tally.changed(transaction.changedStoreIds());
        return tally;
    }

    private void loadSaleReferences(References references) throws SQLException {
        List<SaleRecorded> sales = plan.sales;
        references.loadStores(keys(sales, e -> key(e, e.storeExternalId())));
        references.loadRegisters(keys(sales, e -> key(e, e.registerExternalId())));
        references.loadCustomers(keys(sales, e -> key(e, e.customerExternalId())));
        Set<SourceKey> employees = new HashSet<>();
        Set<SourceKey> products = new HashSet<>();
        for (SaleRecorded sale : sales) {
            addKey(employees, sale, sale.cashierExternalId());
            addKey(employees, sale, sale.voidedByExternalId());
            sale.discounts().forEach(discount -> addKey(employees, sale, discount.appliedByExternalId()));
            sale.lines().forEach(line -> addKey(products, sale, line.productExternalId()));
        }
        references.loadEmployees(employees);
        references.loadProducts(products);
    }

    /** Refunds never change: a known one is unchanged; a new one is checked against its sale as stored. */
    private void refunds(IngestTransaction transaction, ReferenceChecks checks) throws SQLException {
        if (plan.refunds.isEmpty()) {
            return;
        }
        Set<SourceKey> stored = transaction.refunds().existing(keys(plan.refunds, e -> key(e, e.externalId())));
        List<RefundRecorded> fresh = new ArrayList<>();
        for (RefundRecorded refund : plan.refunds) {
            if (stored.contains(key(refund, refund.externalId()))) {
                tally.unchanged(1);
            } else {
                fresh.add(refund);
            }
        }
        References references = transaction.references();
        references.loadStores(keys(fresh, e -> key(e, e.storeExternalId())));
        references.loadEmployees(keys(fresh, e -> key(e, e.employeeExternalId())));
        Set<SourceKey> products = new HashSet<>();
        fresh.forEach(refund -> refund.lines().forEach(line -> addKey(products, refund, line.productExternalId())));
        references.loadProducts(products);
        Map<SourceKey, RefundTarget> targets = transaction.refunds()
                .targets(keys(fresh, e -> key(e, e.originalSaleExternalId())));

        Map<SourceKey, Long> refundedInBatch = new HashMap<>();
        List<RefundRecorded> accepted = new ArrayList<>();
        for (RefundRecorded refund : fresh) {
            SourceKey sale = key(refund, refund.originalSaleExternalId());
            Problem problem = checks.refund(refund, targets.get(sale), refundedInBatch.getOrDefault(sale, 0L));
            if (problem != null) {
                tally.reject(refund, problem);
            } else {
                accepted.add(refund);
                refundedInBatch.merge(sale, refund.amountMinor(), Long::sum);
            }
        }
        transaction.refunds().insert(accepted, targets);
        tally.inserted(accepted.size());
    }

    private <E extends RetailEvent> List<E> accepted(List<E> events, Check<E> check) throws SQLException {
        List<E> accepted = new ArrayList<>(events.size());
        for (E event : events) {
            Problem problem = check.apply(event);
            if (problem == null) {
                accepted.add(event);
            } else {
                tally.reject(event, problem);
            }
        }
        return accepted;
    }

    private <E> void write(List<E> events, Write<E> write) throws SQLException {
        if (!events.isEmpty()) {
            tally.count(write.apply(events));
        }
    }

    private static <E extends RetailEvent> Set<SourceKey> keys(Collection<E> events, Function<E, SourceKey> key) {
        Set<SourceKey> keys = new HashSet<>();
        for (E event : events) {
            SourceKey value = key.apply(event);
            if (value != null) {
                keys.add(value);
            }
        }
        return keys;
    }

    /** The key of something {@code event} names in its own source; null when it names nothing. */
    private static SourceKey key(RetailEvent event, String externalId) {
        return SourceKey.of(event.source(), externalId);
    }

    private static void addKey(Set<SourceKey> keys, RetailEvent event, String externalId) {
        if (externalId != null) {
            keys.add(new SourceKey(event.source(), externalId));
        }
    }
}
