package com.storedesk.pos.demo;

import com.storedesk.core.MovementType;
import com.storedesk.core.event.RefundRecorded;
import com.storedesk.core.event.RetailEvent;
import com.storedesk.core.event.SaleRecorded;
import com.storedesk.core.event.StockCounted;
import com.storedesk.core.event.StockMoved;
import com.storedesk.core.event.TrafficCounted;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One store's business day, played in time order: the morning delivery, shifts, door counts,
 * sales and refunds, the evening write-off and purchase orders, and a count of every product
 * whose level changed. Sale times come from the day's own random stream and each sale from a stream of
 * its own, so the day comes out the same however it is reached, and stopping it early at
 * {@code until} gives exactly the beginning of the whole day.
 */
final class StoreDay {

    static final int MAX_RETURN_LAG = 9;
    /** Chances that a sale comes back 1..9 days later: mostly soon. */
    private static final double[] RETURN_LAG_CUMULATIVE =
            Draws.cumulative(new double[] {0.18, 0.16, 0.14, 0.12, 0.10, 0.09, 0.08, 0.07, 0.06});
    /** A sale's chance of an extra return on the spike day, so that the spike day sees about ten times the usual. */
    private static final double SPIKE_EXTRA = (DemoAnomalies.REFUND_SPIKE_FACTOR - 1) * 0.026 / MAX_RETURN_LAG;
    private static final List<String> RETURN_REASONS =
            List.of("Changed mind", "Gift return", "Wrong item", "Damaged", "Defective");
    private static final String SPIKE_REASON = "No receipt";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyyMMddHHmm");

    private final DemoChain chain;
    private final DemoStore store;
    private final StoreState state;
    private final LocalDate date;
    private final Instant until;
    private final DayEvents out;
    private final String dayCode;
    private int movements;
    private int refundCount;

    /**
     * @param until stop the day here (live catch-up), or null for the whole day
     * @param out where the events go, or null when only the state matters (warm-up)
     */
    StoreDay(DemoChain chain, DemoStore store, StoreState state, LocalDate date, Instant until, DayEvents out) {
        this.chain = chain;
        this.store = store;
        this.state = state;
        this.date = date;
        this.until = until;
        this.out = out;
        this.dayCode = DAY.format(date);
    }

    void run() {
        state.startDay(date);
        if (chain.calendar().closed(date)) {
            runClosed();
        } else {
            runOpen();
        }
        state.finishDay();
    }

    /** Holiday: no sales, shifts or traffic, but the delivery truck still comes; returns wait a day. */
    private void runClosed() {
        for (PendingReturn pending : state.takeReturns(date.toEpochDay())) {
            state.addReturn(date.toEpochDay() + 1, pending);
        }
        Instant morning = date.atTime(9, 0).atZone(store.zone()).toInstant();
        if (reached(morning)) {
            deliveries(morning, chain.staff().manager(store.index()), false);
        }
        countChanged(morning.plus(Duration.ofHours(1)));
    }

    private void runOpen() {
        long epochDay = date.toEpochDay();
        ZonedDateTime opening = store.opening(date);
        ZonedDateTime closing = store.closing(date);
        ShiftPlan shifts = chain.shifts(store, date);
        emitShifts(shifts);
        Instant morning = opening.minusHours(1).toInstant();
        if (reached(morning)) {
            deliveries(morning, shifts.receiver(chain.staff(), store), true);
        }
        SplittableRandom random = Seeds.random(chain.options().seed(), Seeds.STORE_DAY, store.index(), epochDay);
        int intervals = (int) (Duration.between(opening, closing).toMinutes() / Traffic.INTERVAL_MINUTES);
        boolean outage = DemoAnomalies.lowSales(chain.options(), store, date);
        double conversion = store.profile().conversion();
        double expected = store.profile().dailySales() * chain.calendar().demand(store, date)
                * (0.93 + 0.14 * random.nextDouble());
        Traffic traffic = Traffic.simulate(random, store.profile(), opening, intervals, expected, conversion,
                outage ? conversion * DemoAnomalies.LOW_SALES_FACTOR : conversion);
        emitTraffic(traffic, opening);
        int[] saleSeconds = traffic.saleSeconds(random);
        List<Refund> refunds = refunds(opening, closing);
        List<Promotion> promotions = chain.calendar().promotionsOn(date);
        int r = 0;
        for (int s = 0; s < saleSeconds.length; s++) {
            Instant at = opening.toInstant().plusSeconds(saleSeconds[s]);
            while (r < refunds.size() && !refunds.get(r).at.isAfter(at)) {
                if (!reached(refunds.get(r).at)) {
                    break;
                }
                processRefund(refunds.get(r++), shifts);
            }
            if (!reached(at)) {
                break;
            }
            sale(s + 1, at, shifts, promotions, outage);
        }
        while (r < refunds.size() && reached(refunds.get(r).at)) {
            processRefund(refunds.get(r++), shifts);
        }
        Instant close = closing.plusMinutes(15).toInstant();
        if (reached(close)) {
            closeOfDay(close);
        }
        Instant counted = closing.plusMinutes(30).toInstant();
        countChanged(until != null && until.isBefore(counted) ? until : counted);
    }

    private boolean reached(Instant at) {
        return until == null || !at.isAfter(until);
    }

    private boolean emitting() {
        return out != null;
    }

    private void emit(Instant at, RetailEvent event) {
        out.add(at, store.index(), event);
    }

    private void emitShifts(ShiftPlan shifts) {
        if (!emitting()) {
            return;
        }
        for (PlannedShift shift : shifts.shifts()) {
            Instant known = shift.known();
            if (until == null) {
                emit(known, shift.asOf(shift.clockOut() == null ? known : shift.clockOut(), store.externalId()));
            } else if (shift.scheduledStart() != null || reached(known)) {
                emit(known.isAfter(until) ? until : known, shift.asOf(until, store.externalId()));
            }
        }
    }

    private void emitTraffic(Traffic traffic, ZonedDateTime opening) {
        if (!emitting()) {
            return;
        }
        String sensor = "door-" + store.code();
        for (int i = 0; i < traffic.reportedIntervals(); i++) {
            ZonedDateTime start = opening.plusMinutes((long) i * Traffic.INTERVAL_MINUTES);
            Instant reported = start.plusMinutes(Traffic.INTERVAL_MINUTES).toInstant();
            if (!reached(reported) || DemoAnomalies.sensorDark(chain.options(), store, date, start.toLocalTime())) {
                continue;
            }
            emit(reported, new TrafficCounted(DemoChain.SOURCE, trafficId(store, start), store.externalId(), sensor,
                    start.toInstant(), Traffic.INTERVAL_MINUTES, traffic.visitorsIn(i), traffic.visitorsOut(i)));
        }
    }

    static String trafficId(DemoStore store, ZonedDateTime intervalStart) {
        return "traffic-" + store.code() + "-" + MINUTE.format(intervalStart);
    }

    private void sale(int number, Instant at, ShiftPlan shifts, List<Promotion> promotions, boolean outage) {
        String saleId = "sale-" + store.code() + "-" + dayCode + "-" + String.format("%04d", number);
        SplittableRandom random = Seeds.random(chain.options().seed(), Seeds.SALE, store.index(), date.toEpochDay(),
                number);
        Checkout checkout = shifts.checkoutAt(at, random, chain.staff(), store);
        int hour = at.atZone(store.zone()).getHour();
        MadeSale sale = chain.saleMaker().make(new SaleMaker.Request(saleId, store, at, hour, promotions, checkout,
                outage, state, emitting(), random));
        if (sale == null) {
            return;
        }
        if (emitting()) {
            for (SaleRecorded version : sale.versions()) {
                emit(version.updatedAt(), version);
            }
        }
        if (!sale.voided()) {
            scheduleReturn(sale, random);
        }
    }

    /** Whether and when the sale comes back; the draws happen either way, so later draws do not shift. */
    private void scheduleReturn(MadeSale sale, SplittableRandom random) {
        double rate = 0;
        for (SoldLine line : sale.lines()) {
            rate = Math.max(rate, line.product().category().returnRate());
        }
        boolean returned = random.nextDouble() < rate;
        int lag = Draws.pick(random, RETURN_LAG_CUMULATIVE) + 1;
        boolean extra = random.nextDouble() < SPIKE_EXTRA;
        long seed = random.nextLong();
        long today = date.toEpochDay();
        if (date.isBefore(chain.options().firstHistoryDay())) {
            return; // its refund would point at a sale the history never delivered
        }
        if (returned) {
            long due = today + lag;
            if (chain.calendar().closed(LocalDate.ofEpochDay(due))) {
                due++;
            }
            state.addReturn(due, new PendingReturn(sale.saleId(), seed, sale.lines(), false));
            return;
        }
        LocalDate spike = DemoAnomalies.refundSpikeDay(chain.options(), store);
        if (extra && spike != null && spike.isAfter(date) && spike.toEpochDay() - today <= MAX_RETURN_LAG) {
            state.addReturn(spike.toEpochDay(), new PendingReturn(sale.saleId(), seed, sale.lines(), true));
        }
    }

    private record Refund(Instant at, PendingReturn pending, SplittableRandom random) {
    }

    private List<Refund> refunds(ZonedDateTime opening, ZonedDateTime closing) {
        List<Refund> refunds = new ArrayList<>();
        long window = Duration.between(opening, closing).toSeconds() - 30 * 60;
        for (PendingReturn pending : state.takeReturns(date.toEpochDay())) {
            SplittableRandom random = new SplittableRandom(pending.seed());
            Instant at = opening.toInstant().plusSeconds(15 * 60 + random.nextLong(window));
            refunds.add(new Refund(at, pending, random));
        }
        refunds.sort(Comparator.comparing(Refund::at).thenComparing(f -> f.pending().saleId()));
        return refunds;
    }

    /** Part or all of the sale comes back; damaged, defective and perishable goods are not restocked. */
    private void processRefund(Refund refund, ShiftPlan shifts) {
        SplittableRandom random = refund.random();
        List<SoldLine> sold = refund.pending().lines();
        boolean wholeSale = sold.size() > 1 && random.nextDouble() < 0.25;
        int single = random.nextInt(sold.size());
        String reason = refund.pending().spike() ? SPIKE_REASON : Draws.oneOf(random, RETURN_REASONS);
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
                    && !chain.backOrdered(store, product, date);
            if (restocked) {
                state.restock(product.index(), quantity);
            }
            total += amount;
            lines.add(new RefundRecorded.Line(lines.size() + 1, line.lineNo(), product.externalId(),
                    DemoProduct.quantity(quantity), amount, restocked));
        }
        refundCount++;
        if (emitting()) {
            DemoEmployee clerk = refund.pending().spike()
                    ? chain.refundSpikeClerk(store)
                    : shifts.refundClerkAt(refund.at(), chain.staff(), store);
            String id = "refund-" + store.code() + "-" + dayCode + "-" + String.format("%03d", refundCount);
            emit(refund.at(), new RefundRecorded(DemoChain.SOURCE, id, refund.pending().saleId(), store.externalId(),
                    clerk.externalId(), refund.at(), DemoChain.USD, total, reason, lines));
        }
    }

    /**
     * Before opening: bakery goods for the day; on Mondays the weekly delivery to par (surplus
     * returns go back to the distribution centre, open orders are absorbed); otherwise purchase
     * orders that are due. The back-ordered item is counted to zero on its first day and filled
     * the morning after its last.
     */
    private void deliveries(Instant at, DemoEmployee receiver, boolean open) {
        boolean monday = date.getDayOfWeek() == DayOfWeek.MONDAY;
        long epochDay = date.toEpochDay();
        String manager = chain.staff().manager(store.index()).externalId();
        for (DemoProduct product : chain.catalog().products()) {
            int p = product.index();
            long par = chain.stockPolicy().par(store.index(), p);
            long onHand = state.onHand(p);
            if (product.category().bakedDaily()) {
                if (open) {
                    move(at, product, receiver.externalId(), MovementType.RECEIPT, par - onHand,
                            "BAKE-" + store.code() + "-" + dayCode);
                    state.setOnHand(p, par);
                }
            } else if (chain.backOrdered(store, product, date)) {
                state.clearOrder(p);
                if (onHand > 0 && !chain.backOrdered(store, product, date.minusDays(1))) {
                    move(at, product, manager, MovementType.COUNT, -onHand, "CC-" + store.code() + "-" + dayCode);
                    state.setOnHand(p, 0);
                }
            } else if (monday) {
                String reference = onHand < par ? "PO-" + store.code() + "-" + dayCode + "-WEEKLY"
                        : "RTV-" + store.code() + "-" + dayCode;
                move(at, product, receiver.externalId(), onHand < par ? MovementType.RECEIPT : MovementType.TRANSFER,
                        par - onHand, reference);
                state.setOnHand(p, par);
                state.clearOrder(p);
            } else if (chain.backOrdered(store, product, date.minusDays(1))) {
                move(at, product, receiver.externalId(), MovementType.RECEIPT, par - onHand,
                        "PO-" + store.code() + "-" + dayCode + "-BACKORDER");
                state.receive(p, par - onHand);
            } else if (state.orderDue(p, epochDay)) {
                move(at, product, receiver.externalId(), MovementType.RECEIPT, state.orderQuantity(p),
                        state.orderReference(p));
                state.receive(p, state.orderQuantity(p));
                state.clearOrder(p);
            }
        }
    }

    /** After closing: unsold bakery goods are written off; items at or below their reorder point get an order. */
    private void closeOfDay(Instant at) {
        SplittableRandom random = Seeds.random(chain.options().seed(), Seeds.STOCK, store.index(), date.toEpochDay());
        long nextMonday = date.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).toEpochDay();
        String manager = chain.staff().manager(store.index()).externalId();
        int orders = 0;
        for (DemoProduct product : chain.catalog().products()) {
            int p = product.index();
            long onShelf = state.onShelf(p);
            if (product.category().bakedDaily()) {
                if (onShelf > 0) {
                    move(at, product, manager, MovementType.ADJUSTMENT, -onShelf,
                            "WASTE-" + store.code() + "-" + dayCode);
                    state.setOnHand(p, 0);
                }
                continue;
            }
            double draw = random.nextDouble();
            if (state.hasOrder(p) || onShelf > chain.stockPolicy().reorderPoint(store.index(), p)
                    || chain.backOrdered(store, product, date) || chain.backOrdered(store, product, date.plusDays(1))) {
                continue;
            }
            int lead = draw < 0.15 ? 1 : draw < 0.65 ? 2 : draw < 0.90 ? 3 : 5 + (int) ((draw - 0.90) * 30);
            long due = date.toEpochDay() + lead;
            if (due < nextMonday) {
                long quantity = chain.stockPolicy().orderQuantity(p, chain.stockPolicy().par(store.index(), p) - onShelf);
                state.placeOrder(p, due, quantity,
                        "PO-" + store.code() + "-" + dayCode + "-" + String.format("%02d", ++orders));
            }
        }
    }

    private void move(Instant at, DemoProduct product, String employee, MovementType type, long deltaMilli,
            String reference) {
        if (deltaMilli == 0 || !emitting()) {
            return;
        }
        movements++;
        String id = "move-" + store.code() + "-" + dayCode + "-" + String.format("%04d", movements);
        emit(at, new StockMoved(DemoChain.SOURCE, id, store.externalId(), product.externalId(), employee, at, type,
                DemoProduct.quantity(deltaMilli), reference));
    }

    /** The level of every product whose level is not what it was when the day began. */
    private void countChanged(Instant at) {
        if (!emitting()) {
            return;
        }
        for (DemoProduct product : chain.catalog().products()) {
            if (state.changedToday(product.index())) {
                emit(at, stockCount(store, product, state.onHand(product.index()), at));
            }
        }
    }

    static StockCounted stockCount(DemoStore store, DemoProduct product, long onHandMilli, Instant at) {
        return new StockCounted(DemoChain.SOURCE, "stock-" + store.code() + "-" + product.sku(), store.externalId(),
                product.externalId(), DemoProduct.quantity(onHandMilli), at);
    }
}
