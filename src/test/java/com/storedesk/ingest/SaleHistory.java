package com.storedesk.ingest;

import static com.storedesk.ingest.TestEvents.CAD;
import static com.storedesk.ingest.TestEvents.INR;
import static com.storedesk.ingest.TestEvents.KOLKATA;
import static com.storedesk.ingest.TestEvents.ST_JOHNS;
import static com.storedesk.ingest.TestEvents.product;
import static com.storedesk.ingest.TestEvents.refund;
import static com.storedesk.ingest.TestEvents.refundLine;
import static com.storedesk.ingest.TestEvents.sale;
import static com.storedesk.ingest.TestEvents.store;
import static com.storedesk.ingest.TestEvents.voided;

import com.storedesk.core.SaleStatus;
import com.storedesk.core.event.RefundRecorded;
import com.storedesk.core.event.RetailEvent;
import com.storedesk.core.event.SaleRecorded;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A reproducible history for rollup tests: two stores on half-hour offsets (Kolkata, UTC+05:30, and
 * St. John's, UTC-03:30 / -02:30 across its spring-forward), a dozen products (some weighed, some
 * without a known cost), sales at any hour, then voids, corrections that move sales to other hours,
 * refunds and stale versions delivered late.
 */
final class SaleHistory {

    private static final Instant FIRST_DAY = Instant.parse("2026-03-07T00:00:00Z");
    private static final String[] STORES = {"KOL", "SJN"};

    private final Random random;
    final List<RetailEvent> reference = new ArrayList<>();
    final List<SaleRecorded> sales = new ArrayList<>();
    /** Each sale's latest version once {@link #changes} were applied. */
    final List<SaleRecorded> latest;
    final List<RetailEvent> changes = new ArrayList<>();

    SaleHistory(long seed, int saleCount) {
        random = new Random(seed);
        reference.add(store("KOL", KOLKATA, INR));
        reference.add(store("SJN", ST_JOHNS, CAD));
        for (int p = 1; p <= 12; p++) {
            reference.add(product("P" + p, 100 + 37L * p, INR));
        }
        for (int s = 0; s < saleCount; s++) {
            sales.add(generatedSale(s));
        }
        latest = new ArrayList<>(sales);
        for (int s = 0; s < saleCount; s += 7) {
            change(s, voided(latest.get(s), latest.get(s).updatedAt().plusSeconds(60)));
        }
        for (int s = 3; s < saleCount; s += 11) {
            change(s, corrected(latest.get(s)));
        }
        for (int s = 5; s < saleCount; s += 9) {
            if (latest.get(s).status() == SaleStatus.COMPLETED) {
                changes.add(refundOf(latest.get(s), "R" + s));
            }
        }
        changes.addAll(sales.subList(0, saleCount / 5));
        Collections.shuffle(changes, random);
    }

    private void change(int index, SaleRecorded version) {
        latest.set(index, version);
        changes.add(version);
    }

    private SaleRecorded generatedSale(int n) {
        String store = STORES[n % 2];
        Instant at = FIRST_DAY.plusSeconds(random.nextInt(4 * 24 * 3600)).plusNanos(random.nextInt(1000) * 1000L);
        List<SaleRecorded.Line> lines = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int l = 1; l <= count; l++) {
            lines.add(generatedLine(l));
        }
        return sale("S" + n, store, store.equals("KOL") ? INR : CAD, at, at.plusSeconds(5), SaleStatus.COMPLETED,
                lines);
    }

    private SaleRecorded.Line generatedLine(int lineNo) {
        int p = 1 + random.nextInt(12);
        boolean weighed = p % 3 == 0;
        BigDecimal quantity = weighed ? BigDecimal.valueOf(1 + random.nextInt(2500), 3)
                : BigDecimal.valueOf(1 + random.nextInt(3));
        long price = 100 + 37L * p;
        long gross = quantity.multiply(BigDecimal.valueOf(price)).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
        long discount = random.nextInt(4) == 0 ? gross / 10 : 0;
        Long cost = p % 4 == 0 ? null : (long) (price * 6 / 10 + random.nextInt(3));
        return new SaleRecorded.Line(lineNo, "P" + p, quantity, price, discount, cost);
    }

    /** Drops the first line, adds one, and moves the sale up to three hours later. */
    private SaleRecorded corrected(SaleRecorded sale) {
        List<SaleRecorded.Line> lines = new ArrayList<>(sale.lines().subList(1, sale.lines().size()));
        lines.add(generatedLine(sale.lines().size() + 1));
        Instant movedAt = sale.occurredAt().plus(Duration.ofMinutes(random.nextInt(180)));
        return sale(sale.externalId(), sale.storeExternalId(), sale.currency(), movedAt,
                sale.updatedAt().plusSeconds(120), sale.status(), lines);
    }

    private RefundRecorded refundOf(SaleRecorded sale, String id) {
        SaleRecorded.Line line = sale.lines().get(0);
        long amount = Math.max(1, line.netMinor() / 2);
        return refund(id, sale.externalId(), sale.storeExternalId(), sale.currency(),
                sale.occurredAt().plus(Duration.ofHours(1 + random.nextInt(30))), amount,
                refundLine(1, line.lineNo(), line.productExternalId(), "1", amount));
    }
}
