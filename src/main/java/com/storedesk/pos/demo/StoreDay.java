package com.storedesk.pos.demo;

import com.storedesk.core.event.SaleRecorded;
import com.storedesk.core.event.TrafficCounted;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One store's business day, played in time order: the morning delivery, shifts, door counts,
 * sales and refunds, the evening write-off and purchase orders, and a count of every product
 * whose level changed. Sale times come from the day's own random stream and each sale from a
 * stream of its own, so the day comes out the same however it is reached, and stopping it early
 * at {@code until} gives exactly the beginning of the whole day.
 */
final class StoreDay {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyyMMddHHmm");

    private final DayContext day;
    private final Instant until;
    private final StockRoom stockRoom;
    private final ReturnsDesk returns;

    /**
     * @param until stop the day here (live catch-up), or null for the whole day
     * @param out where the events go, or null when only the state matters (warm-up)
     */
    StoreDay(DemoChain chain, DemoStore store, StoreState state, LocalDate date, Instant until, DayEvents out) {
        this.day = new DayContext(chain, store, state, date, out);
        this.until = until;
        this.stockRoom = new StockRoom(day);
        this.returns = new ReturnsDesk(day);
    }

    void run() {
        day.state().startDay(day.date());
        if (day.chain().calendar().closed(day.date())) {
            runClosed();
        } else {
            runOpen();
        }
        day.state().finishDay();
    }

    /** Holiday: no sales, shifts or traffic, but the delivery truck still comes; returns wait a day. */
    private void runClosed() {
        long today = day.date().toEpochDay();
        for (PendingReturn pending : day.state().takeReturns(today)) {
            day.state().addReturn(today + 1, pending);
        }
        Instant morning = day.date().atTime(9, 0).atZone(day.store().zone()).toInstant();
        if (reached(morning)) {
            stockRoom.deliveries(morning, day.chain().staff().manager(day.store().index()), false);
        }
        stockRoom.countChanged(morning.plus(Duration.ofHours(1)));
    }

    private void runOpen() {
        DemoChain chain = day.chain();
        DemoStore store = day.store();
        ZonedDateTime opening = store.opening(day.date());
        ZonedDateTime closing = store.closing(day.date());
        ShiftPlan shifts = chain.shifts(store, day.date());
        emitShifts(shifts);
        Instant morning = opening.minusHours(1).toInstant();
        if (reached(morning)) {
            stockRoom.deliveries(morning, shifts.receiver(chain.staff(), store), true);
        }
        SplittableRandom random = Seeds.random(day.seed(), Seeds.STORE_DAY, store.index(), day.date().toEpochDay());
        int intervals = (int) (Duration.between(opening, closing).toMinutes() / Traffic.INTERVAL_MINUTES);
        boolean outage = DemoAnomalies.lowSales(chain.options(), store, day.date());
        double conversion = store.profile().conversion();
        double expected = store.profile().dailySales() * chain.calendar().demand(store, day.date())
                * (0.93 + 0.14 * random.nextDouble());
        Traffic traffic = Traffic.simulate(random, store.profile(), opening, intervals, expected, conversion,
                outage ? conversion * DemoAnomalies.LOW_SALES_FACTOR : conversion);
        emitTraffic(traffic, opening);
        int[] saleSeconds = traffic.saleSeconds(random);
        List<ReturnsDesk.Refund> refunds = returns.due(opening, closing);
        List<Promotion> promotions = chain.calendar().promotionsOn(day.date());
        int r = 0;
        for (int s = 0; s < saleSeconds.length; s++) {
            Instant at = opening.toInstant().plusSeconds(saleSeconds[s]);
            while (r < refunds.size() && !refunds.get(r).at().isAfter(at) && reached(refunds.get(r).at())) {
                returns.process(refunds.get(r++), shifts);
            }
            if (!reached(at)) {
                break;
            }
            sale(s + 1, at, shifts, promotions, outage);
        }
        while (r < refunds.size() && reached(refunds.get(r).at())) {
            returns.process(refunds.get(r++), shifts);
        }
        Instant close = closing.plusMinutes(15).toInstant();
        if (reached(close)) {
            stockRoom.closeOfDay(close);
        }
        Instant counted = closing.plusMinutes(30).toInstant();
        stockRoom.countChanged(until != null && until.isBefore(counted) ? until : counted);
    }

    private boolean reached(Instant at) {
        return until == null || !at.isAfter(until);
    }

    /** Whole days carry each shift's final version; a day cut short, each shift as known then. */
    private void emitShifts(ShiftPlan shifts) {
        if (!day.emitting()) {
            return;
        }
        String storeId = day.store().externalId();
        for (PlannedShift shift : shifts.shifts()) {
            Instant known = shift.known();
            if (until == null) {
                day.emit(known, shift.asOf(shift.clockOut() == null ? known : shift.clockOut(), storeId));
            } else if (shift.scheduledStart() != null || reached(known)) {
                day.emit(known.isAfter(until) ? until : known, shift.asOf(until, storeId));
            }
        }
    }

    /** Each quarter hour is reported when it ends; the dark sensor of the anomaly reports nothing. */
    private void emitTraffic(Traffic traffic, ZonedDateTime opening) {
        if (!day.emitting()) {
            return;
        }
        DemoStore store = day.store();
        String sensor = "door-" + store.code();
        for (int i = 0; i < traffic.reportedIntervals(); i++) {
            ZonedDateTime start = opening.plusMinutes((long) i * Traffic.INTERVAL_MINUTES);
            Instant reported = start.plusMinutes(Traffic.INTERVAL_MINUTES).toInstant();
            if (!reached(reported)
                    || DemoAnomalies.sensorDark(day.chain().options(), store, day.date(), start.toLocalTime())) {
                continue;
            }
            day.emit(reported, new TrafficCounted(DemoChain.SOURCE, trafficId(store, start), store.externalId(),
                    sensor, start.toInstant(), Traffic.INTERVAL_MINUTES, traffic.visitorsIn(i), traffic.visitorsOut(i)));
        }
    }

    static String trafficId(DemoStore store, ZonedDateTime intervalStart) {
        return "traffic-" + store.code() + "-" + MINUTE.format(intervalStart);
    }

    private void sale(int number, Instant at, ShiftPlan shifts, List<Promotion> promotions, boolean outage) {
        DemoStore store = day.store();
        String saleId = "sale-" + store.code() + "-" + day.dayCode() + "-" + String.format("%04d", number);
        SplittableRandom random = Seeds.random(day.seed(), Seeds.SALE, store.index(), day.date().toEpochDay(), number);
        Checkout checkout = shifts.checkoutAt(at, random, day.chain().staff(), store);
        int hour = at.atZone(store.zone()).getHour();
        MadeSale sale = day.chain().saleMaker().make(new SaleMaker.Request(saleId, store, at, hour, promotions,
                checkout, outage, day.state(), day.emitting(), random));
        if (sale == null) {
            return;
        }
        if (day.emitting()) {
            for (SaleRecorded version : sale.versions()) {
                day.emit(version.updatedAt(), version);
            }
        }
        if (!sale.voided()) {
            returns.schedule(sale, random);
        }
    }
}
