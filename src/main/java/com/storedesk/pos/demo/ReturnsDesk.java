package com.storedesk.pos.demo;

import com.storedesk.core.event.RefundRecorded;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Returns: whether a sale will come back and when, and the refund when it does. A refund gives
 * back the line's net (pre-tax) for the quantity returned; damaged, defective and perishable
 * goods are not restocked, the rest waits in the back room.
 */
final class ReturnsDesk {

    static final int MAX_RETURN_LAG = 9;
    /** Chances that a sale comes back 1..9 days later: mostly soon. */
    private static final double[] RETURN_LAG_CUMULATIVE =
            Draws.cumulative(new double[] {0.18, 0.16, 0.14, 0.12, 0.10, 0.09, 0.08, 0.07, 0.06});
    /** Share of sales that come back in a typical store, measured on the default chain. */
    private static final double TYPICAL_RETURN_RATE = 0.026;
    /** A sale's chance of an extra return on the spike day, so that day sees about ten times the usual. */
    private static final double SPIKE_EXTRA =
            (DemoAnomalies.REFUND_SPIKE_FACTOR - 1) * TYPICAL_RETURN_RATE / MAX_RETURN_LAG;
    private static final double WHOLE_SALE = 0.25;
    private static final List<String> REASONS = List.of("Changed mind", "Gift return", "Wrong item", "Damaged", "Defective");
    private static final String SPIKE_REASON = "No receipt";

    /** A return arriving at the till today. */
    record Refund(Instant at, PendingReturn pending, SplittableRandom random) {
    }

    private final DayContext day;
    private int refunds;

    ReturnsDesk(DayContext day) {
        this.day = day;
    }

    /** Whether and when the sale comes back; the draws happen either way, so later draws do not shift. */
    void schedule(MadeSale sale, SplittableRandom random) {
        double rate = 0;
        for (SoldLine line : sale.lines()) {
            rate = Math.max(rate, line.product().category().returnRate());
        }
        boolean returned = random.nextDouble() < rate;
        int lag = Draws.pick(random, RETURN_LAG_CUMULATIVE) + 1;
        boolean extra = random.nextDouble() < SPIKE_EXTRA;
        long seed = random.nextLong();
        LocalDate date = day.date();
        if (date.isBefore(day.chain().options().firstHistoryDay())) {
            return; // its refund would point at a sale the history never delivered
        }
        long today = date.toEpochDay();
        if (returned) {
            long due = today + lag;
            if (day.chain().calendar().closed(LocalDate.ofEpochDay(due))) {
                due++;
            }
            day.state().addReturn(due, new PendingReturn(sale.saleId(), seed, sale.lines(), false));
            return;
        }
        LocalDate spike = DemoAnomalies.refundSpikeDay(day.chain().options(), day.store());
        if (extra && spike != null && spike.isAfter(date) && spike.toEpochDay() - today <= MAX_RETURN_LAG) {
            day.state().addReturn(spike.toEpochDay(), new PendingReturn(sale.saleId(), seed, sale.lines(), true));
        }
    }

    /** Today's returns in the order they reach the till, at random times while the store is open. */
    List<Refund> due(ZonedDateTime opening, ZonedDateTime closing) {
        List<Refund> due = new ArrayList<>();
        long window = Duration.between(opening, closing).toSeconds() - 30 * 60;
        for (PendingReturn pending : day.state().takeReturns(day.date().toEpochDay())) {
            SplittableRandom random = new SplittableRandom(pending.seed());
            Instant at = opening.toInstant().plusSeconds(15 * 60 + random.nextLong(window));
            due.add(new Refund(at, pending, random));
        }
        due.sort(Comparator.comparing(Refund::at).thenComparing(f -> f.pending().saleId()));
        return due;
    }

    /** Part or all of the sale comes back. */
    void process(Refund refund, ShiftPlan shifts) {
        SplittableRandom random = refund.random();
        List<SoldLine> sold = refund.pending().lines();
        boolean wholeSale = sold.size() > 1 && random.nextDouble() < WHOLE_SALE;
        int single = random.nextInt(sold.size());
        String reason = refund.pending().spike() ? SPIKE_REASON : Draws.oneOf(random, REASONS);
        boolean broken = reason.equals("Damaged") || reason.equals("Defective");
        List<RefundRecorded.Line> lines = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < sold.size(); i++) {
            boolean partial = random.nextBoolean();
            if (!wholeSale && i != single) {
                continue;
            }
            SoldLine line = sold.get(i);
            DemoProduct product = line.product();
            long quantity = !product.weighed() && line.quantityMilli() > DemoProduct.UNIT && partial
                    ? DemoProduct.UNIT : line.quantityMilli();
            long amount = line.netMinor() * quantity / line.quantityMilli();
            boolean restocked = !broken && !product.category().perishable()
                    && !day.chain().backOrdered(day.store(), product, day.date());
            if (restocked) {
                day.state().restock(product.index(), quantity);
            }
            total += amount;
            lines.add(new RefundRecorded.Line(lines.size() + 1, line.lineNo(), product.externalId(),
                    DemoProduct.quantity(quantity), amount, restocked));
        }
        refunds++;
        if (day.emitting()) {
            DemoStore store = day.store();
            DemoEmployee clerk = refund.pending().spike()
                    ? day.chain().refundSpikeClerk(store)
                    : shifts.refundClerkAt(refund.at(), day.chain().staff(), store);
            String id = "refund-" + store.code() + "-" + day.dayCode() + "-" + String.format("%03d", refunds);
            day.emit(refund.at(), new RefundRecorded(DemoChain.SOURCE, id, refund.pending().saleId(),
                    store.externalId(), clerk.externalId(), refund.at(), DemoChain.USD, total, reason, lines));
        }
    }
}
