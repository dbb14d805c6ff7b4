package com.storedesk.pos.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.core.SaleStatus;
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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Everything the demo emits is something ingest can take as it is. */
class DemoEventValidityTest {

    private final DemoHistory history = DemoHistory.standard();

    @Test
    void everyReferenceWasEmittedBeforeItIsUsed() {
        Set<String> stores = new HashSet<>();
        Set<String> registers = new HashSet<>();
        Set<String> employees = new HashSet<>();
        Set<String> products = new HashSet<>();
        Set<String> customers = new HashSet<>();
        Map<String, SaleRecorded> sales = new HashMap<>();
        List<String> problems = new ArrayList<>();
        history.events().forEach(event -> {
            check(event, stores, registers, employees, products, customers, sales, problems);
            if (event instanceof StoreUpserted store) {
                stores.add(store.externalId());
                store.registers().forEach(r -> registers.add(r.externalId()));
            } else if (event instanceof EmployeeUpserted employee) {
                employees.add(employee.externalId());
            } else if (event instanceof ProductUpserted product) {
                products.add(product.externalId());
            } else if (event instanceof CustomerUpserted customer) {
                customers.add(customer.externalId());
            } else if (event instanceof SaleRecorded sale) {
                sales.put(sale.externalId(), sale);
            }
        });
        assertThat(problems).isEmpty();
        assertThat(sales).isNotEmpty();
    }

    private static void check(RetailEvent event, Set<String> stores, Set<String> registers, Set<String> employees,
            Set<String> products, Set<String> customers, Map<String, SaleRecorded> sales, List<String> problems) {
        assertThat(event.source()).isEqualTo("demo");
        if (event instanceof EmployeeUpserted e) {
            require(e.homeStoreExternalId() == null || stores.contains(e.homeStoreExternalId()), e, problems);
        } else if (event instanceof SaleRecorded s) {
            require(stores.contains(s.storeExternalId()) && registers.contains(s.registerExternalId())
                    && employees.contains(s.cashierExternalId())
                    && (s.customerExternalId() == null || customers.contains(s.customerExternalId()))
                    && (s.voidedByExternalId() == null || employees.contains(s.voidedByExternalId()))
                    && s.lines().stream().allMatch(l -> products.contains(l.productExternalId()))
                    && s.discounts().stream().allMatch(d -> d.appliedByExternalId() == null
                            || employees.contains(d.appliedByExternalId())), s, problems);
        } else if (event instanceof RefundRecorded r) {
            require(sales.containsKey(r.originalSaleExternalId()) && stores.contains(r.storeExternalId())
                    && employees.contains(r.employeeExternalId())
                    && r.lines().stream().allMatch(l -> products.contains(l.productExternalId())), r, problems);
        } else if (event instanceof StockCounted c) {
            require(stores.contains(c.storeExternalId()) && products.contains(c.productExternalId()), c, problems);
        } else if (event instanceof StockMoved m) {
            require(stores.contains(m.storeExternalId()) && products.contains(m.productExternalId())
                    && (m.employeeExternalId() == null || employees.contains(m.employeeExternalId())), m, problems);
        } else if (event instanceof TrafficCounted t) {
            require(stores.contains(t.storeExternalId()), t, problems);
        } else if (event instanceof ShiftClocked s) {
            require(stores.contains(s.storeExternalId()) && employees.contains(s.employeeExternalId()), s, problems);
        }
    }

    private static void require(boolean ok, RetailEvent event, List<String> problems) {
        if (!ok && problems.size() < 20) {
            problems.add(event.getClass().getSimpleName() + " " + event.externalId());
        }
    }

    @Test
    void saleAmountsAddUp() {
        for (SaleRecorded sale : history.all(SaleRecorded.class)) {
            assertThat(sale.currency().getCurrencyCode()).isEqualTo("USD");
            assertThat(sale.lines()).isNotEmpty();
            for (SaleRecorded.Line line : sale.lines()) {
                assertThat(line.quantity()).isPositive();
                assertThat(line.discountMinor()).isNotNegative();
                assertThat(line.netMinor()).as(sale.externalId()).isNotNegative();
            }
            long discounts = sale.discounts().stream().mapToLong(SaleRecorded.Discount::amountMinor).sum();
            assertThat(discounts).as("discounts of %s", sale.externalId()).isEqualTo(sale.discountMinor());
            long tendered = sale.tenders().stream().mapToLong(SaleRecorded.Tender::amountMinor).sum();
            assertThat(tendered).as("tenders of %s", sale.externalId()).isEqualTo(sale.totalMinor());
            assertThat(sale.tenders()).allSatisfy(t -> assertThat(t.amountMinor()).isPositive());
            DemoStore store = history.storeOf(sale.storeExternalId());
            assertThat(sale.taxMinor()).isEqualTo(store.taxOn(sale.subtotalMinor() - sale.discountMinor()));
            assertThat(sale.status() == SaleStatus.VOIDED).isEqualTo(sale.voidedAt() != null);
        }
    }

    @Test
    void refundsNeverExceedWhatWasSold() {
        Map<String, SaleRecorded> sales = new HashMap<>();
        history.completedSales().forEach(s -> sales.put(s.externalId(), s));
        Map<String, Long> refundedPerLine = new HashMap<>();
        for (RefundRecorded refund : history.all(RefundRecorded.class)) {
            SaleRecorded sale = sales.get(refund.originalSaleExternalId());
            assertThat(sale).as("a standing sale for %s", refund.externalId()).isNotNull();
            assertThat(refund.occurredAt()).isAfter(sale.occurredAt());
            assertThat(refund.amountMinor()).isPositive()
                    .isEqualTo(refund.lines().stream().mapToLong(RefundRecorded.Line::amountMinor).sum());
            for (RefundRecorded.Line line : refund.lines()) {
                SaleRecorded.Line sold = sale.lines().get(line.saleLineNo() - 1);
                assertThat(line.productExternalId()).isEqualTo(sold.productExternalId());
                assertThat(line.quantity()).isPositive().isLessThanOrEqualTo(sold.quantity());
                long refunded = refundedPerLine.merge(sale.externalId() + "#" + line.saleLineNo(), line.amountMinor(),
                        Long::sum);
                assertThat(refunded).isLessThanOrEqualTo(sold.netMinor());
            }
        }
    }

    @Test
    void stockIsNeverNegativeAndTrafficCountsArePlausible() {
        assertThat(history.all(StockCounted.class)).allSatisfy(c -> assertThat(c.onHand()).isNotNegative());
        assertThat(history.all(StockMoved.class)).allSatisfy(m -> assertThat(m.quantityDelta().signum()).isNotZero());
        assertThat(history.all(TrafficCounted.class)).allSatisfy(t -> {
            assertThat(t.intervalMinutes()).isEqualTo(15);
            assertThat(t.visitorsIn()).isNotNegative();
            assertThat(t.visitorsOut()).isNotNegative();
        });
        assertThat(history.all(ShiftClocked.class)).allSatisfy(s -> {
            assertThat(s.scheduledStart() != null || s.clockIn() != null).isTrue();
            if (s.clockIn() != null && s.clockOut() != null) {
                assertThat(s.clockOut()).isAfter(s.clockIn());
            }
        });
    }

    @Test
    void idsAreUniquePerTypeExceptSaleVersionsAndStockRecords() {
        Map<Class<?>, Set<String>> seen = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        history.events()
                .filter(e -> !(e instanceof SaleRecorded) && !(e instanceof StockCounted))
                .forEach(e -> {
                    if (!seen.computeIfAbsent(e.getClass(), c -> new HashSet<>()).add(e.externalId())) {
                        duplicates.add(e.externalId());
                    }
                });
        assertThat(duplicates).isEmpty();
        Map<String, Long> versions = new HashMap<>();
        history.all(SaleRecorded.class).forEach(s -> versions.merge(s.externalId(), 1L, Long::sum));
        assertThat(versions.values()).allSatisfy(v -> assertThat(v).isBetween(1L, 2L));
    }

    @Test
    void weighedGoodsCarryThreeDecimals() {
        List<BigDecimal> weights = history.all(SaleRecorded.class).stream()
                .flatMap(s -> s.lines().stream())
                .map(SaleRecorded.Line::quantity)
                .filter(q -> q.scale() == 3)
                .toList();
        assertThat(weights).isNotEmpty();
        assertThat(weights).allSatisfy(q -> assertThat(q).isBetween(new BigDecimal("0.100"), new BigDecimal("1.200")));
    }
}
